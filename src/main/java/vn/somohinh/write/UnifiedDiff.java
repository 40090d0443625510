package vn.somohinh.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff of one {@link FileChange}, as {@code git diff} prints it: the writing commands only insert
 * lines at one place, so one hunk (common lines cut off at both ends, three lines of context) says it all.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(FileChange change) {
        List<String> old = change.before() == null ? List.of() : lines(change.before());
        List<String> now = lines(change.after());
        int head = 0;
        while (head < old.size() && head < now.size() && old.get(head).equals(now.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < old.size() - head && tail < now.size() - head
                && old.get(old.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
            tail++;
        }
        int from = Math.max(0, head - CONTEXT);
        int oldEnd = Math.min(old.size(), old.size() - tail + CONTEXT);
        int newEnd = Math.min(now.size(), now.size() - tail + CONTEXT);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(change.before() == null ? "/dev/null" : "a/" + change.path()).append('\n');
        out.append("+++ b/").append(change.path()).append('\n');
        out.append("@@ -").append(range(from, oldEnd - from)).append(" +").append(range(from, newEnd - from)).append(" @@\n");
        for (int i = from; i < head; i++) {
            out.append(' ').append(show(old.get(i))).append('\n');
        }
        for (int i = head; i < old.size() - tail; i++) {
            out.append('-').append(show(old.get(i))).append('\n');
        }
        for (int i = head; i < now.size() - tail; i++) {
            out.append('+').append(show(now.get(i))).append('\n');
        }
        for (int i = old.size() - tail; i < oldEnd; i++) {
            out.append(' ').append(show(old.get(i))).append('\n');
        }
        return out.toString();
    }

    private static String range(int from, int count) {
        return count == 0 ? from + ",0" : (from + 1) + "," + count;
    }

    /** A line's text without its end; a last line with no end is marked as diff marks it. */
    private static String show(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line + "\n\\ No newline at end of file";
    }

    /** The lines with their ends, so that a changed line end counts as a change. */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
