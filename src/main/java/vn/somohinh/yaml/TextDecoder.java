package vn.somohinh.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Numbers;

/** Turns a file's bytes into text: strict UTF-8, a UTF-8 BOM allowed, no control or bidi characters. */
final class TextDecoder {
    /** The largest file of one model, campaign or the site settings. */
    static final int MAX_BYTES = 1024 * 1024;
    /** The largest roster or list of directives: a province's 10,000 units take about 1.7 MB. */
    static final int MAX_LIST_BYTES = 16 * 1024 * 1024;
    private static final int MAX_REPORTS = 10;

    private TextDecoder() {
    }

    /** The text, or null when the file cannot be read as data (the problems say why). */
    static String decode(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_LIST_BYTES) {
            problems.add(file, 1, 1, Code.FILE_TOO_LARGE, Numbers.grouped(bytes.length), Numbers.grouped(MAX_LIST_BYTES));
            return null;
        }
        String utf16 = utf16Name(bytes);
        if (utf16 != null) {
            problems.add(file, 1, 1, Code.NOT_UTF8, "tệp đang ở bảng mã " + utf16);
            return null;
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = out.flip().toString();
            Pos pos = Lines.of(before).at(before.length());
            problems.add(file, pos.line(), pos.column(), Code.NOT_UTF8,
                    String.format(Locale.ROOT, "byte 0x%02X ở vị trí này", bytes[in.position()] & 0xFF));
            return null;
        }
        out.flip();
        // Scanned in the decoder's array: String.charAt costs several times more per character under C1.
        if (indexOfForbidden(out.array(), 0, out.limit()) < 0) {
            return out.toString();
        }
        hasForbiddenCharacters(file, out.toString(), problems);
        return null;
    }

    /** 1048576 → "1.048.576". */
    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String utf16Name(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    /** Reports the first forbidden characters of {@code text}; true when it has any. */
    private static boolean hasForbiddenCharacters(String file, String text, Problems problems) {
        Lines lines = null;
        int reported = 0;
        for (int i = indexOfForbidden(text, 0); i >= 0 && reported < MAX_REPORTS; i = indexOfForbidden(text, i + 1)) {
            lines = lines == null ? Lines.of(text) : lines;
            Pos pos = lines.at(i);
            problems.add(file, pos.line(), pos.column(), Code.CONTROL_CHAR, codePoint(text.charAt(i)));
            reported++;
        }
        return reported > 0;
    }

    /** The index of the first forbidden character or lone surrogate of {@code text} from {@code from}, or -1. */
    static int indexOfForbidden(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isForbidden(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** As {@link #indexOfForbidden(String, int)}, in {@code chars[from, to)}. */
    static int indexOfForbidden(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII: most of any file
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (isForbidden(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** 0x202E → "U+202E". */
    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /**
     * C0 and C1 controls but tab and line breaks, DEL, a stray BOM, the bidi overrides used to hide text, the line
     * and paragraph separators (U+0085 is a C1 control) that the parser counts as line breaks but editors do not,
     * and U+FFFE/U+FFFF, which the parser refuses.
     */
    static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c >= '\uFFFE';
    }
}
