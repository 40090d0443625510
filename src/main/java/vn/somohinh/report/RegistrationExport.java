package vn.somohinh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.model.Day;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.RegistrationRows;
import vn.somohinh.model.ReportView;

/**
 * The full export of a campaign (dang-ky-&lt;năm&gt;.xlsx and .csv): every registration of the year, one row a model and
 * one column a key ({@link RegistrationRows}), each cell the value its YAML file holds, so that a unit can correct its
 * rows in Excel and {@code import} can bring them back onto their own files. The workbook has typed cells (dates,
 * amounts, the year); the CSV writes dates as in the YAML ({@code 2023-03-10}) and guards every text cell.
 */
final class RegistrationExport {
    static final String SHEET = "Hồ sơ đăng ký";

    private RegistrationExport() {
    }

    /** The campaign's models as a table, in the campaign's order; cells as the workbook stores them. */
    static ReportTables.Table table(ReportView r, Map<String, ModelView> byId) {
        List<String> header = RegistrationRows.columns().stream().map(RegistrationRows.Column::heading).toList();
        List<List<Object>> rows = new ArrayList<>(r.campaign().models().size());
        for (var ref : r.campaign().models()) {
            List<Object> cells = new ArrayList<>(header.size());
            for (Object v : RegistrationRows.cells(byId.get(ref.id()))) {
                cells.add(v instanceof Day day ? Cells.date(day) : v);
            }
            rows.add(cells);
        }
        return new ReportTables.Table(SHEET, header, rows);
    }

    /** The workbook, made when the pool gets to it: written to a temporary file, then normalised into the output. */
    static Documents.Content xlsx(ReportView r, Map<String, ModelView> byId) {
        return streamed(out -> {
            Path tmp = Files.createTempFile("so-mo-hinh-", ".xlsx");
            try {
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    xlsx(r, table(r, byId), file);
                }
                ReproducibleZip.normalize(tmp, out);
            } finally {
                Files.deleteIfExists(tmp);
            }
        });
    }

    static Documents.Content csv(ReportView r, Map<String, ModelView> byId) {
        return streamed(out -> csv(table(r, byId), out));
    }

    /** The workbook as POI writes it (entries dated now: normalise before publishing). */
    static void xlsx(ReportView r, ReportTables.Table t, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            XlsxSheet.write(book, t, new XlsxStyles(book), r.issuer(), r.campaign().ref().name());
            Date date = ReportXlsx.Dates.at(r.date());
            var properties = book.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreated(java.util.Optional.of(date));
            properties.setModified(java.util.Optional.of(date));
            properties.setCreator(r.issuer());
            properties.setTitle("Hồ sơ đăng ký mô hình năm " + r.campaign().ref().year());
            book.write(out);
            book.dispose();
        }
    }

    /** The same table as CSV, in the report CSV's dialect; dates ISO, as the YAML writes them and any locale reads. */
    static void csv(ReportTables.Table t, OutputStream out) throws IOException {
        CsvTable.write(t, v -> v instanceof Cells.DateCell d ? d.date().toString() : guarded(v), out);
    }

    /** Writes a document's bytes to a stream. */
    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** A document that streams its bytes to its file (tens of megabytes at 50,000 models), held whole only if asked. */
    private static Documents.Content streamed(Writing writing) {
        return new Documents.Content() {
            @Override
            public byte[] bytes() throws IOException {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                writing.to(out);
                return out.toByteArray();
            }

            @Override
            public void write(OutputStream out) throws IOException {
                writing.to(out);
            }
        };
    }

    /**
     * {@link Documents#inert}, and a text that starts with an apostrophe gets one more: so every CSV text cell that
     * starts with {@code '} was guarded, and the import takes exactly one leading apostrophe away to get the value.
     */
    static Object guarded(Object cell) {
        return cell instanceof String s && s.startsWith("'") ? "'" + s : Documents.inert(cell);
    }
}
