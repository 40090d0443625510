package vn.somohinh.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.report.Cells.DateCell;
import vn.somohinh.report.Cells.RateCell;
import vn.somohinh.report.Cells.YearCell;
import vn.somohinh.report.XlsxStyles.Kind;

/**
 * One table as a sheet that prints as the committee files it: typed cells, columns as wide as their content up to
 * {@link #WIDEST} characters (longer text wraps), header row frozen, filtered and repeated on every page, the
 * totals below the filter, landscape A4 one page wide, committee and campaign above, "Trang x/y" below.
 */
final class XlsxSheet {
    /** Widest column, in characters: wider text wraps, so that a sheet stays readable at one page wide. */
    static final int WIDEST = 40;
    private static final int NARROWEST = 5;
    /** Headers up to this long stay on one line. */
    private static final int SHORT_HEADER = 12;
    /** The height of a line of 11-point text (the default font), in points. */
    private static final float LINE_POINTS = 15f;
    /** The tallest row Excel allows, in points. */
    private static final float TALLEST = 409f;
    /** The most characters Excel holds in a cell. */
    static final int MOST_CHARACTERS = 32_767;

    private XlsxSheet() {
    }

    static void write(SXSSFWorkbook book, ReportTables.Table t, XlsxStyles styles, String committee, String campaign) {
        SXSSFSheet sheet = book.createSheet(t.title());
        int[] widths = widths(t);
        int[] columns = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = Math.min(WIDEST, Math.max(NARROWEST, widths[i]));
            // Width in 1/256 of a character, with room for the filter's button.
            sheet.setColumnWidth(i, (columns[i] + 2) * 256);
        }
        Row head = sheet.createRow(0);
        for (int i = 0; i < t.header().size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(t.header().get(i));
            cell.setCellStyle(styles.of(Kind.WRAP, true));
        }
        height(head, t.header(), columns);
        int n = 1;
        int firstTotal = t.rows().size() - t.totals();
        for (List<Object> values : t.rows()) {
            Row row = sheet.createRow(n);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                boolean wrap = widths[i] > WIDEST || v instanceof String s && s.indexOf('\n') >= 0;
                cell(row.createCell(i), v, wrap, styles, n > firstTotal);
            }
            height(row, values, columns);
            n++;
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, firstTotal), 0, t.header().size() - 1));
        print(sheet, committee, campaign);
    }

    private static void cell(Cell cell, Object v, boolean wrap, XlsxStyles styles, boolean total) {
        Kind kind;
        if (v == null) {
            // An absent value: a blank cell (no empty text), as a clerk would leave it.
            kind = Kind.TEXT;
        } else if (v instanceof Integer number) {
            cell.setCellValue(number);
            kind = Kind.NUMBER;
        } else if (v instanceof Long amount) {
            cell.setCellValue(amount);
            kind = Kind.MONEY;
        } else if (v instanceof DateCell d) {
            cell.setCellValue(d.date());
            kind = Kind.DATE;
        } else if (v instanceof YearCell y) {
            cell.setCellValue(y.year());
            kind = Kind.YEAR;
        } else if (v instanceof RateCell r && r.whole() > 0) {
            cell.setCellValue((double) r.part() / r.whole());
            kind = Kind.RATE;
        } else {
            cell.setCellValue(fitted(String.valueOf(v)));
            kind = wrap ? Kind.WRAP : Kind.TEXT;
        }
        cell.setCellStyle(styles.of(kind, total));
    }

    /**
     * A row as tall as its most wrapped cell: LibreOffice does not fit row heights to wrapped text when it opens a
     * workbook, so wrapped lines would print over the next row. Rows of one line keep the default height.
     */
    private static void height(Row row, List<?> values, int[] columns) {
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            // The width unit is the digit 0 of the default font; Vietnamese text averages about 3/4 of it (measured
            // in LibreOffice's print: 51 to 54 characters on a line of a 42-unit column).
            lines = Math.max(lines, lines(text(values.get(i)), columns[i] * 4 / 3));
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(TALLEST, lines * LINE_POINTS));
        }
    }

    /** How many lines {@code text} takes, each of its lines wrapped at spaces into {@code width} characters. */
    static int lines(String text, int width) {
        if (text.indexOf('\n') < 0) {
            return wrapped(text, width);
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += wrapped(line, width);
        }
        return lines;
    }

    private static int wrapped(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int need = used == 0 ? word.length() : used + 1 + word.length();
            if (need <= width || used == 0) {
                used = need;
            } else {
                lines++;
                used = word.length();
            }
        }
        return lines;
    }

    /** Each column's widest text, in characters, header included. */
    private static int[] widths(ReportTables.Table t) {
        int[] widths = new int[t.header().size()];
        for (int i = 0; i < widths.length; i++) {
            // A short header fits on one line; a long one wraps, but never inside a word.
            String header = t.header().get(i);
            widths[i] = header.length() <= SHORT_HEADER ? header.length() : 0;
            for (String word : header.split(" ")) {
                widths[i] = Math.max(widths[i], word.length() + 1);
            }
        }
        for (List<Object> values : t.rows()) {
            for (int i = 0; i < values.size(); i++) {
                widths[i] = Math.max(widths[i], longestLine(text(values.get(i))));
            }
        }
        return widths;
    }

    private static int longestLine(String text) {
        if (text.indexOf('\n') < 0) {
            return text.length();
        }
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** A cell's text as printed; blank for an absent value. */
    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    /**
     * Text within Excel's limit for a cell (POI refuses more): a longer value (only a very long list can be, since a
     * Markdown text has at most 20,000 characters) is cut, with "…" at the end to say so.
     */
    static String fitted(String text) {
        return text.length() <= MOST_CHARACTERS ? text : text.substring(0, MOST_CHARACTERS - 1) + "…";
    }

    private static void print(SXSSFSheet sheet, String committee, String campaign) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setLeft(code(committee));
        sheet.getHeader().setCenter(code(campaign));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    /** Text for a page header: {@code &} doubled (it starts a code there), within Excel's 255-character limit. */
    private static String code(String text) {
        String s = text == null ? "" : text.replace("&", "&&");
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
