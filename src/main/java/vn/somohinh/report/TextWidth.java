package vn.somohinh.report;

import java.text.Normalizer;

/**
 * How wide text is in a Word document and how many lines it takes, from Times New Roman's average glyph widths, so
 * that table widths never depend on the fonts installed where the site is built.
 */
final class TextWidth {
    private TextWidth() {
    }

    /** The width of {@code text} in twips, from Times New Roman's glyph widths (in thousandths of an em, rounded up). */
    static int twips(String text, int size, boolean bold) {
        double em = 0;
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFD).toCharArray()) {
            em += glyph(c);
        }
        return (int) Math.ceil(em * size * 20 * (bold ? 1.08 : 1.0) * 1.04);
    }

    private static double glyph(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        if ("MWmw%".indexOf(c) >= 0) {
            return 0.9;
        }
        if (Character.isUpperCase(c) || c == 'Đ') {
            return 0.72;
        }
        if ("iljtfr".indexOf(c) >= 0) {
            return 0.34;
        }
        if (Character.isLetterOrDigit(c)) {
            return 0.5;
        }
        return " .,;:'/!|".indexOf(c) >= 0 ? 0.28 : 0.34;
    }

    /** How many lines a cell of words (their widths, a space's width last) takes in {@code room} twips. */
    static int lines(int[] cell, int room) {
        int lines = 1;
        int used = 0;
        int space = cell[cell.length - 1];
        for (int k = 0; k < cell.length - 1; k++) {
            int add = used == 0 ? cell[k] : space + cell[k];
            if (used > 0 && used + add > room) {
                lines++;
                used = cell[k];
            } else {
                used += add;
            }
        }
        return lines;
    }
}
