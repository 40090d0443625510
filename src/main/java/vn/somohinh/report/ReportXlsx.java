package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.model.ReportView;

/** The report's data as an Excel workbook: a sheet per table, header row frozen, auto-filter on, readable widths. */
final class ReportXlsx {
    private ReportXlsx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        // Streaming workbook: rows go to disk as they are made, so 10,000-row sheets stay fast and small in memory.
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTables.Table t : ReportTables.all(r)) {
                sheet(book, t, bold);
            }
            // The file's own dates come from the data, so that the same report gives the same bytes.
            Date date = Dates.at(r.date());
            var properties = book.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreated(java.util.Optional.of(date));
            properties.setModified(java.util.Optional.of(date));
            properties.setCreator(r.issuer());
            properties.setTitle("Báo cáo tổng hợp năm " + r.campaign().ref().year());
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static void sheet(SXSSFWorkbook book, ReportTables.Table t, CellStyle bold) {
        Sheet sheet = book.createSheet(t.title());
        Row head = sheet.createRow(0);
        int[] widths = new int[t.header().size()];
        for (int i = 0; i < t.header().size(); i++) {
            head.createCell(i).setCellValue(t.header().get(i));
            head.getCell(i).setCellStyle(bold);
            widths[i] = t.header().get(i).length();
        }
        int n = 1;
        for (List<Object> values : t.rows()) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Integer number) {
                    row.createCell(i).setCellValue(number);
                } else {
                    row.createCell(i).setCellValue(String.valueOf(v));
                }
                widths[i] = Math.max(widths[i], String.valueOf(v).length());
            }
        }
        for (int i = 0; i < widths.length; i++) {
            // Width in 1/256 of a character; between 6 and 60 characters wide.
            sheet.setColumnWidth(i, Math.min(60, Math.max(6, widths[i] + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, t.header().size() - 1));
    }

    /** Dates for Office metadata, at noon UTC of the report's day (no time zone can move it to another day). */
    static final class Dates {
        private Dates() {
        }

        static Date at(vn.somohinh.model.Day day) {
            String iso = day == null ? "2000-01-01" : day.iso();
            return Date.from(java.time.Instant.parse(iso + "T12:00:00Z"));
        }
    }
}
