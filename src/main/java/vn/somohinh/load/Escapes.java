package vn.somohinh.load;

import java.util.Map;

/**
 * Finds, in the source of a double-quoted scalar, the escape that writes a character the data may not hold
 * ({@code "\x00"}, {@code "\u202E"}, {@code "\L"}, a lone surrogate {@code "\ud800"}), so that it is reported where it
 * is written. Runs only on scalars the parser accepted, so every escape is well formed.
 */
final class Escapes {
    /** An escape at char offset {@code offset} of the source, writing {@code codePoint}. */
    record Found(int offset, int codePoint) {
    }

    /** The escapes naming one character by a letter; the others ({@code \\ \" \t \n \_ …}) write harmless ones. */
    private static final Map<Character, Integer> NAMED = Map.of('0', 0, 'a', 7, 'b', 8, 'v', 0xB, 'f', 0xC, 'e', 0x1B,
            'N', 0x85, 'L', 0x2028, 'P', 0x2029);

    private Escapes() {
    }

    /** The first escape in {@code source[from, to)} writing a forbidden character or a lone surrogate, or null. */
    static Found firstForbidden(String source, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (source.charAt(i) != '\\') {
                continue;
            }
            char kind = source.charAt(i + 1);
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            int value = digits > 0 ? hex(source, i + 2, digits) : NAMED.getOrDefault(kind, -1);
            int next = i + 2 + digits;
            if (Character.isHighSurrogate((char) value) && value <= 0xFFFF && source.startsWith("\\u", next)
                    && Character.isLowSurrogate((char) hex(source, next + 2, 4))) {
                next += 6; // a pair written as two escapes is one character
            } else if (value >= 0 && value <= 0xFFFF
                    && (TextDecoder.isForbidden((char) value) || Character.isSurrogate((char) value))) {
                return new Found(i, value);
            }
            i = next - 1;
        }
        return null;
    }

    private static int hex(String source, int at, int digits) {
        if (at + digits > source.length()) {
            return -1;
        }
        try {
            return (int) Long.parseLong(source, at, at + digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
