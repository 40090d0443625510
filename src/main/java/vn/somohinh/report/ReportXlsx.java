package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.model.ReportView;

/** The report's data as an Excel workbook: a sheet per table ({@link XlsxSheet}), typed, filtered, ready to print. */
final class ReportXlsx {
    private ReportXlsx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        // Streaming workbook: rows go to disk as they are made, so 50,000-row sheets stay fast and small in memory.
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = new XlsxStyles(book);
            String campaign = r.campaign().ref().name();
            for (ReportTables.Table t : ReportTables.all(r)) {
                XlsxSheet.write(book, t, styles, r.issuer(), campaign);
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
