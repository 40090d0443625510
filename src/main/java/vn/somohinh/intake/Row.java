package vn.somohinh.intake;

import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a sheet or a CSV file as read: its 1-based number and its non-blank cells by 0-based column.
 * The readers build it; {@link SheetEntries} turns rows into entries.
 */
record Row(int number, SortedMap<Integer, Cell> cells) {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Line breaks as one {@code \n}, whatever the writer used ({@code \r\n} from Windows, Excel's {@code _x000D_}). */
    static String lines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Excel's escapes for characters XML cannot hold, {@code _x000D_}; in inline and shared strings alike. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    /** How problems name a cell: {@code prefix!E12}, prefix being {@code bang.xlsx:Mô hình} or {@code bang.csv}. */
    static String place(String prefix, int column, int row) {
        return prefix + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + row;
    }
}
