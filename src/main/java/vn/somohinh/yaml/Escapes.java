package vn.somohinh.yaml;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds, in the source of a double-quoted scalar, the escape that writes a character the data may not hold
 * ({@code "\x00"}, {@code "\u202E"}, {@code "\L"}, a lone surrogate {@code "\ud800"}), so that it is reported where it
 * is written. Runs only on scalars the parser accepted, so every escape is well formed.
 */
final class Escapes {
    /** A character the data may not hold, and where it is written (null: somewhere in the value). */
    record Found(Pos pos, int codePoint) {
    }

    /** The escapes naming one character by a letter; the others ({@code \\ \" \t \n \_ …}) write harmless ones. */
    private static final Map<Character, Integer> NAMED = Map.of('0', 0, 'a', 7, 'b', 8, 'v', 0xB, 'f', 0xC, 'e', 0x1B,
            'N', 0x85, 'L', 0x2028, 'P', 0x2029);

    private Escapes() {
    }

    /**
     * The first forbidden character or lone surrogate of a scalar's {@code value}, placed at the escape that writes
     * it in the {@code source} of a double-quoted scalar; null when the value has none. Raw ones never get here: the
     * text was refused before parsing.
     */
    static Found forbidden(String value, Event event, String source, Lines lines) {
        if (!(event instanceof ScalarEvent s) || s.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
            return null; // only an escape can write one: the text itself was refused if it held one
        }
        int bad = value == null ? -1 : TextDecoder.indexOfForbidden(value, 0);
        if (bad < 0) {
            return null;
        }
        int at = firstForbidden(source, lines.offsetOf(s.getStartMark().getIndex()),
                lines.offsetOf(s.getEndMark().getIndex()));
        return at >= 0 ? new Found(lines.at(at), escaped(source, at)) : new Found(null, value.charAt(bad));
    }

    /** The offset of the first escape in {@code source[from, to)} writing a forbidden character or lone surrogate, or -1. */
    private static int firstForbidden(String source, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (source.charAt(i) != '\\') {
                continue;
            }
            int value = escaped(source, i);
            int next = i + 2 + digits(source.charAt(i + 1));
            if (value >= 0 && value <= 0xFFFF && Character.isHighSurrogate((char) value) && source.startsWith("\\u", next)
                    && Character.isLowSurrogate((char) hex(source, next + 2, 4))) {
                next += 6; // a pair written as two escapes is one character
            } else if (value >= 0 && value <= 0xFFFF
                    && (TextDecoder.isForbidden((char) value) || Character.isSurrogate((char) value))) {
                return i;
            }
            i = next - 1;
        }
        return -1;
    }

    /** The character the escape at {@code at} writes; -1 for the harmless ones. */
    private static int escaped(String source, int at) {
        char kind = source.charAt(at + 1);
        return digits(kind) > 0 ? hex(source, at + 2, digits(kind)) : NAMED.getOrDefault(kind, -1);
    }

    private static int digits(char kind) {
        return kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
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
