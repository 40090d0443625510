package vn.somohinh.text;

import java.util.BitSet;
import java.util.Locale;

/** The one definition of white space for every value read, the build's and the editor schemas' alike. */
public final class Spaces {
    private Spaces() {
    }

    /**
     * White space as a reader sees it, one list for every value and for the editor's schemas (which are made from it,
     * see {@link #spaceClass}): Java's white space (tab to carriage return, U+001C–U+001F, the space), every Unicode
     * space separator, Java's non-breaking ones too (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), the line
     * and paragraph separators, and the characters that show nothing (U+180E, zero-width space and joiners
     * U+200B–U+200D, word joiner U+2060, U+FEFF). Inclusive ranges, in order. A value made only of these is blank;
     * they are stripped from both ends.
     */
    private static final int[][] SPACES = {{0x09, 0x0D}, {0x1C, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x180E, 0x180E},
        {0x2000, 0x200D}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x2060}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
    private static final BitSet SPACE = new BitSet();

    static {
        for (int[] range : SPACES) {
            SPACE.set(range[0], range[1] + 1);
        }
    }

    /** One of the {@link #SPACES white space} characters. */
    public static boolean isSpace(int c) {
        return c >= 0 && c <= 0xFFFF && SPACE.get(c);
    }

    /**
     * The {@link #SPACES white space} characters as the inside of a regular expression class, each one a four-digit
     * hexadecimal escape that Java and JavaScript read alike: so that the editor's "not blank" is the build's.
     */
    public static String spaceClass() {
        StringBuilder out = new StringBuilder();
        for (int[] range : SPACES) {
            out.append(String.format(Locale.ROOT, "\\u%04x", range[0]));
            if (range[1] != range[0]) {
                out.append(String.format(Locale.ROOT, "-\\u%04x", range[1]));
            }
        }
        return out.toString();
    }

    /** True when {@code s} holds nothing but {@link #isSpace white space}. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!isSpace(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without {@link #isSpace white space} at either end. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
