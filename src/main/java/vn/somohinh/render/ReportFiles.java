package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.ReportView;

/**
 * Writes each campaign's report as the files the committee hands in: .docx and .xlsx (Apache POI), .csv (UTF-8
 * with a BOM, so that Excel shows Vietnamese correctly) and .json with its published JSON Schema.
 */
final class ReportFiles {
    static final String SCHEMA = "du-lieu/bao-cao.schema.json";

    private ReportFiles() {
    }

    /** Every report file as a separate job, largest first (Word, Excel), so they can be written beside the pages. */
    static List<Parallel.Job> jobs(List<ReportView> reports, Path output) {
        List<Parallel.Job> jobs = new ArrayList<>();
        for (ReportView r : reports) {
            jobs.add(() -> Files.write(file(r, output, "docx"), ReproducibleZip.normalize(ReportDocx.bytes(r))));
            jobs.add(() -> Files.write(file(r, output, "xlsx"), ReproducibleZip.normalize(ReportXlsx.bytes(r))));
        }
        for (ReportView r : reports) {
            jobs.add(() -> csv(r, file(r, output, "csv")));
            jobs.add(() -> json(r, file(r, output, "json")));
        }
        jobs.add(() -> {
            Path schema = output.resolve(SCHEMA);
            created(schema.getParent());
            try (InputStream in = ReportFiles.class.getResourceAsStream("bao-cao.schema.json")) {
                Files.write(schema, in.readAllBytes());
            }
        });
        return jobs;
    }

    /** bao-cao-&lt;year&gt;.&lt;extension&gt; in the campaign's folder, which is made if need be. */
    private static Path file(ReportView r, Path output, String extension) throws IOException {
        Path dir = created(output.resolve(r.campaign().ref().path()));
        return dir.resolve("bao-cao-" + r.campaign().ref().year() + "." + extension);
    }

    private static Path created(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    /** The models table; CRLF and a BOM, as Excel expects. Text is quoted, numbers are not. */
    static void csv(ReportView r, Path file) throws IOException {
        ReportTables.Table t = ReportTables.models(r);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(t.header().toArray(String[]::new))
                .setQuoteMode(QuoteMode.NON_NUMERIC).get();
        try (OutputStream os = Files.newOutputStream(file);
             Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, format)) {
                for (List<Object> row : t.rows()) {
                    csv.printRecord(row.stream().map(ReportFiles::inert).toList());
                }
            }
        }
    }

    /**
     * A text cell that a spreadsheet would run as a formula ({@code = + - @}, tab or CR first) gets a leading
     * apostrophe, as OWASP advises against CSV injection: the cell is shown as text. Numbers stay numbers.
     */
    static Object inert(Object cell) {
        return cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : cell;
    }

    static void json(ReportView r, Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(buffer, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            CampaignView c = r.campaign();
            g.writeStartObject();
            g.writeStringField("$schema", "../../" + SCHEMA);
            g.writeNumberField("nam", Integer.parseInt(c.ref().year()));
            g.writeStringField("ten", c.ref().name());
            g.writeStringField("han_dang_ky", c.deadline().iso());
            g.writeStringField("co_quan_tong_hop", c.compiler());
            g.writeObjectFieldStart("tong");
            coverage(g, c.total());
            g.writeEndObject();
            g.writeArrayFieldStart("theo_loai_don_vi");
            for (CampaignView.Coverage cov : c.byType()) {
                g.writeStartObject();
                g.writeStringField("loai", cov.type().id());
                g.writeStringField("ten", cov.type().name());
                coverage(g, cov);
                g.writeEndObject();
            }
            g.writeEndArray();
            ReportJson.models(g, r);
            ReportJson.units(g, "chua_dang_ky", c.notRegistered());
            ReportJson.counts(g, "theo_trang_thai", c.byStatus());
            ReportJson.counts(g, "theo_linh_vuc", c.byField());
            g.writeEndObject();
        }
        Files.write(file, buffer.toByteArray());
    }

    private static void coverage(JsonGenerator g, CampaignView.Coverage c) throws IOException {
        g.writeNumberField("phai_dang_ky", c.required());
        g.writeNumberField("da_dang_ky", c.registered());
        g.writeStringField("ty_le", c.percent());
    }
}
