package vn.somohinh.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

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
            problems.add(file, 1, 1, Code.FILE_TOO_LARGE, size(bytes.length), size(MAX_LIST_BYTES));
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
            Pos pos = positionAfter(before);
            problems.add(file, pos.line(), pos.column(), Code.NOT_UTF8,
                    String.format(Locale.ROOT, "byte 0x%02X ở vị trí này", bytes[in.position()] & 0xFF));
            return null;
        }
        String text = out.flip().toString();
        return hasForbiddenCharacters(file, text, problems) ? null : text;
    }

    /** 1048576 → "1.048.576". */
    static String size(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes).replace(',', '.');
    }

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

    private static boolean hasForbiddenCharacters(String file, String text, Problems problems) {
        int line = 1;
        int column = 1;
        int reported = 0;
        for (int i = 0; i < text.length() && reported < MAX_REPORTS; i++) {
            char c = text.charAt(i);
            if (isForbidden(c)) {
                problems.add(file, line, column, Code.CONTROL_CHAR, String.format(Locale.ROOT, "U+%04X", (int) c));
                reported++;
            }
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return reported > 0;
    }

    /** C0 and C1 controls but tab and line breaks, DEL, a stray BOM, and the bidi overrides used to hide text. */
    static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Line and column of the character that would follow {@code before}. */
    private static Pos positionAfter(String before) {
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        String tail = before.substring(lastBreak + 1);
        return new Pos(line, tail.codePointCount(0, tail.length()) + 1);
    }
}
