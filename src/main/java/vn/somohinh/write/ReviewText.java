package vn.somohinh.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds one step to the text of a review file and keeps every other byte: the new {@code - ngay: …} item goes at the
 * end of the file when {@code qua_trinh} is its last key (after any comment there), else right after the list's last
 * line (before the comments and blank lines that lead to the next key); indented as the list's first item, with
 * the file's line end (CRLF when the file has one, else LF). A file ending without a line end gets one before the step, only when the
 * step goes at the very end. A list written in flow style ({@code qua_trinh: [...]}) is refused, never rewritten.
 */
public final class ReviewText {
    private static final Pattern KEY = Pattern.compile("qua_trinh[ \\t]*:(?:([ \\t].*))?");
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} ,.;()/+%-]*");
    private static final Set<String> WORDS = Set.of("yes", "no", "y", "n", "on", "off", "true", "false", "null");

    private ReviewText() {
    }

    /** Why a step cannot be added; {@code line} is 1-based. */
    public static final class Refused extends Exception {
        final int line;

        Refused(int line) {
            super("qua_trinh", null, false, false);
            this.line = line;
        }
    }

    /** The text of a new review file: its schema line and the one step. */
    public static String create(String modeline, Step step) {
        return modeline + "\n" + "qua_trinh:\n" + item(step, "  ", "    ", "\n");
    }

    public static String append(String text, Step step) throws Refused {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<int[]> lines = lines(text);
        int key = key(text, lines);
        int first = -1;
        int last = -1;
        boolean followed = false;
        for (int i = key + 1; i < lines.size() && !followed; i++) {
            String line = content(text, lines.get(i));
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean dashAtZero = line.equals("-") || line.startsWith("- ");
            followed = !Character.isWhitespace(line.charAt(0)) && !dashAtZero;
            if (!followed) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            throw new Refused(key + 1);
        }
        String item = content(text, lines.get(first));
        int dash = item.indexOf('-');
        // Last in the file: after everything, comments too. Else before the comments that lead to the next key.
        int[] after = followed ? lines.get(last) : lines.get(lines.size() - 1);
        int at = after[2];
        String added = (after[1] < at ? "" : eol) + item(step, " ".repeat(dash), " ".repeat(keyColumn(item, dash)), eol);
        return text.substring(0, at) + added + text.substring(at);
    }

    /** The line of the top-level key {@code qua_trinh}, refused when its value is on the same line (flow style). */
    private static int key(String text, List<int[]> lines) throws Refused {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = KEY.matcher(content(text, lines.get(i)));
            if (m.matches()) {
                String rest = m.group(1) == null ? "" : m.group(1).strip();
                if (!rest.isEmpty() && !rest.startsWith("#")) {
                    throw new Refused(i + 1);
                }
                return i;
            }
        }
        throw new Refused(1);
    }

    /** Where the keys of an item start: after its dash and spaces, or two past the dash when none follows. */
    private static int keyColumn(String item, int dash) {
        int at = dash + 1;
        while (at < item.length() && item.charAt(at) == ' ') {
            at++;
        }
        return at >= item.length() || item.charAt(at) == '#' ? dash + 2 : at;
    }

    private static String item(Step step, String dash, String indent, String eol) {
        StringBuilder out = new StringBuilder();
        out.append(dash).append('-').append(" ".repeat(indent.length() - dash.length() - 1))
                .append("ngay: ").append(step.ngay()).append(eol);
        out.append(indent).append("trang_thai: ").append(step.status().id()).append(eol);
        if (step.ghiChu() != null) {
            out.append(indent).append("ghi_chu: ").append(scalar(step.ghiChu())).append(eol);
        }
        if (step.vanBan() != null) {
            out.append(indent).append("van_ban: ").append(scalar(step.vanBan())).append(eol);
        }
        return out.toString();
    }

    /** Plain where YAML reads it back as the same text, else double-quoted with escapes. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !value.contains(" #")
                && !WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String content(String text, int[] line) {
        return text.substring(line[0], line[1]);
    }

    /** Each line as {start, end of its content, end with its line end}. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int content = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[] {start, content, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new int[] {start, text.length(), text.length()});
        }
        return lines;
    }
}
