package vn.somohinh.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Changes some top-level entries of a registration file and keeps every other byte: comments, order, quoting, line
 * endings, a missing final newline. An entry is a key at the start of a line and the lines under it, up to the
 * comments and blank lines that lead to the next key (those stay with the next key). Only for files in block style,
 * as the contract writes them; any other refuses.
 */
final class RegistrationEdit {
    private static final Pattern KEY = Pattern.compile("([a-z_][a-z0-9_]*)[ \\t]*:(?:[ \\t].*|)");

    /** The file is not block style: it cannot be edited without rewriting it. */
    static final class Refused extends Exception {
        Refused() {
            super(null, null, false, false);
        }
    }

    private RegistrationEdit() {
    }

    /**
     * {@code changes}: key → its new "key: value" text (LF-ended, from {@link RegistrationYaml#entries}), or null to
     * remove the entry; {@code order}: every key of the contract in order, to place a new key before the first later
     * one present.
     */
    static String apply(String text, Map<String, String> changes, List<String> order) throws Refused {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<int[]> lines = lines(text);
        List<String> keys = new ArrayList<>();
        List<Integer> keyLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
            if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            var m = KEY.matcher(line);
            if (!m.matches()) {
                throw new Refused();
            }
            keys.add(m.group(1));
            keyLines.add(i);
        }
        // Work from the end of the file back, so that offsets still to use do not move.
        StringBuilder out = new StringBuilder(text);
        List<String> pending = new ArrayList<>(changes.keySet());
        // Later first; at one place, the later key of the contract first, so that inserted keys end up in order.
        pending.sort(java.util.Comparator.<String>comparingInt(key -> at(key, keys, keyLines, lines, text, order))
                .thenComparingInt(order::indexOf).reversed());
        for (String key : pending) {
            String entry = changes.get(key) == null ? "" : changes.get(key).replace("\n", eol);
            int k = keys.indexOf(key);
            if (k >= 0) {
                int start = lines.get(keyLines.get(k))[0];
                int end = end(k, keyLines, lines, text);
                boolean lastWithoutNewline = end == text.length() && !text.endsWith("\n") && !text.endsWith("\r");
                out.replace(start, end, lastWithoutNewline && entry.endsWith(eol) ? entry.substring(0, entry.length() - eol.length()) : entry);
            } else if (!entry.isEmpty()) {
                int at = at(key, keys, keyLines, lines, text, order);
                boolean needsBreak = at == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
                out.insert(at, (needsBreak ? eol : "") + entry);
            }
        }
        return out.toString();
    }

    /** Where a key's entry starts, or where a new key goes: before the leading comments of the next later key. */
    private static int at(String key, List<String> keys, List<Integer> keyLines, List<int[]> lines, String text, List<String> order) {
        int k = keys.indexOf(key);
        if (k >= 0) {
            return lines.get(keyLines.get(k))[0];
        }
        int rank = order.indexOf(key);
        for (int i = 0; i < keys.size(); i++) {
            if (order.indexOf(keys.get(i)) > rank) {
                return leadStart(keyLines.get(i), lines, text);
            }
        }
        return text.length();
    }

    /** The end of entry k: the next key's leading comments and blank lines, or the end of the text. */
    private static int end(int k, List<Integer> keyLines, List<int[]> lines, String text) {
        if (k + 1 >= keyLines.size()) {
            int last = lines.size();
            while (last - 1 > keyLines.get(k) && lead(text, lines.get(last - 1))) {
                last--;
            }
            return last == lines.size() ? text.length() : lines.get(last)[0];
        }
        return leadStart(keyLines.get(k + 1), lines, text);
    }

    private static int leadStart(int keyLine, List<int[]> lines, String text) {
        int first = keyLine;
        while (first - 1 >= 0 && lead(text, lines.get(first - 1))) {
            first--;
        }
        return lines.get(first)[0];
    }

    /** A comment at the start of a line, or a blank line: what leads to the next key. */
    private static boolean lead(String text, int[] line) {
        String s = text.substring(line[0], line[1]);
        return s.isBlank() || s.startsWith("#");
    }

    /** Each line as [start of its text, end of its text, start of the next line]; LF, CRLF or CR end a line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new int[] {start, i, next});
                start = next;
                i = next - 1;
            }
        }
        if (start < text.length()) {
            lines.add(new int[] {start, text.length(), text.length()});
        }
        return lines;
    }
}
