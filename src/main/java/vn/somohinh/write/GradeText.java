package vn.somohinh.write;

import vn.somohinh.load.Review;

/**
 * Writes the group {@code danh_gia} into the text of a review file and keeps every other byte: a file without it
 * gets the group at its end; a file with it (only with {@code --replace}) has the group's own lines (its key line
 * and the indented or blank lines under it, up to its last indented line) replaced, nothing else. With the file's
 * line end (CRLF when the file has one, else LF).
 */
public final class GradeText {
    private GradeText() {
    }

    /** Where the top-level key {@code danh_gia} starts, or -1. */
    static int keyStart(String text) {
        int at = 0;
        while (at <= text.length()) {
            if (text.startsWith("danh_gia:", at) || text.startsWith("danh_gia :", at)) {
                return at;
            }
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return -1;
            }
            at = next + 1;
        }
        return -1;
    }

    public static String write(String text, Review.Evaluation evaluation) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String group = group(evaluation, eol);
        int start = keyStart(text);
        if (start < 0) {
            return text + (text.isEmpty() || text.endsWith("\n") ? "" : eol) + group;
        }
        int end = lineEnd(text, start);
        int at = end;
        while (at < text.length()) {
            int next = lineEnd(text, at);
            String line = text.substring(at, next).strip();
            boolean indented = text.charAt(at) == ' ' || text.charAt(at) == '\t';
            if (indented && !line.isEmpty()) {
                end = next;
            } else if (!line.isEmpty()) {
                break;
            }
            at = next;
        }
        String rest = text.substring(end);
        boolean lastLineOpen = end == text.length() && !text.endsWith("\n");
        return text.substring(0, start) + (lastLineOpen ? group.substring(0, group.length() - eol.length()) : group) + rest;
    }

    private static int lineEnd(String text, int at) {
        int next = text.indexOf('\n', at);
        return next < 0 ? text.length() : next + 1;
    }

    private static String group(Review.Evaluation e, String eol) {
        StringBuilder out = new StringBuilder("danh_gia:").append(eol);
        out.append("  ngay: ").append(e.ngay()).append(eol);
        out.append("  xep_loai: ").append(ReviewText.scalar(e.xepLoai())).append(eol);
        if (e.nhanXet() != null) {
            out.append("  nhan_xet: ").append(ReviewText.scalar(e.nhanXet())).append(eol);
        }
        out.append("  de_xuat_nhan_rong: ").append(e.deXuatNhanRong()).append(eol);
        out.append("  de_xuat_khen_thuong: ").append(e.deXuatKhenThuong()).append(eol);
        return out.toString();
    }
}
