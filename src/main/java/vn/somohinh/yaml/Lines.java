package vn.somohinh.yaml;

import java.util.Arrays;

/**
 * Where each line of a text starts, to turn an offset into a line and column: the one way every place in the reading
 * layer is computed. A line ends at LF, CR or CRLF, as in editors, on GitHub and in the YAML parser (the other breaks
 * the parser knows, U+0085, U+2028 and U+2029, are refused before it runs). Columns count code points.
 */
final class Lines {
    /** Char offset of each line's first character. */
    private final int[] charStart;
    /** Code point index of each line's first character (the parser's marks count code points). */
    private final int[] pointStart;
    private final String text;

    private Lines(String text, int[] charStart, int[] pointStart) {
        this.text = text;
        this.charStart = charStart;
        this.pointStart = pointStart;
    }

    static Lines of(String text) {
        int[] chars = new int[16];
        int[] points = new int[16];
        int count = 1;
        int point = 0;
        char[] a = text.toCharArray(); // String.charAt costs several times more per character under C1
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(a[i - 1])) {
                point++;
            }
            if (c > '\r') {
                continue;
            }
            boolean crBeforeLf = c == '\r' && i + 1 < a.length && a[i + 1] == '\n';
            if ((c == '\n' || c == '\r') && !crBeforeLf) {
                if (count == chars.length) {
                    chars = Arrays.copyOf(chars, count * 2);
                    points = Arrays.copyOf(points, count * 2);
                }
                chars[count] = i + 1;
                points[count] = point;
                count++;
            }
        }
        return new Lines(text, Arrays.copyOf(chars, count), Arrays.copyOf(points, count));
    }

    /** How many lines an editor shows: the empty line after a final line break counts. */
    int count() {
        return charStart.length;
    }

    /** The place of the character at char offset {@code offset} (or just after the text, at its length). */
    Pos at(int offset) {
        int line = lineOf(charStart, offset);
        return Pos.of(line + 1, text.codePointCount(charStart[line], offset) + 1);
    }

    /** The place of the code point at {@code index}, as the parser's marks count them. */
    Pos atPoint(int index) {
        int line = lineOf(pointStart, index);
        return Pos.of(line + 1, index - pointStart[line] + 1);
    }

    /** The char offset of the code point at {@code index}. */
    int offsetOf(int index) {
        int line = lineOf(pointStart, index);
        return text.offsetByCodePoints(charStart[line], index - pointStart[line]);
    }

    private static int lineOf(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
