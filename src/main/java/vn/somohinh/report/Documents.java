package vn.somohinh.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.FormView;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.ReportView;

/**
 * Every campaign's report as the files the committee hands in: .docx and .xlsx (Apache POI), .csv (UTF-8 with a
 * BOM, so that Excel shows Vietnamese correctly) and .json with its published JSON Schema. Each is handed over as its
 * path in the site and a way to make its bytes, so that the site's render pool makes them beside the pages and this
 * package never writes a file.
 */
public final class Documents {
    static final String SCHEMA = "du-lieu/bao-cao.schema.json";

    /**
     * One file of the site: its path from the site's root, with {@code /}, how to make its bytes, and what they are
     * made from ({@code inputs}: records of the model that determine every byte, so that the render stage can take
     * the file over from the previous build while they are unchanged; null when it must be made every time).
     */
    public record Document(String path, Content content, Object inputs) {
        Document(String path, Content content) {
            this(path, content, null);
        }
    }

    /** Makes a document's bytes when the pool gets to it. */
    @FunctionalInterface
    public interface Content {
        byte[] bytes() throws IOException;

        /** Writes the bytes to {@code out}; a large document streams them rather than hold them all at once. */
        default void write(java.io.OutputStream out) throws IOException {
            out.write(bytes());
        }
    }

    private Documents() {
    }

    /**
     * Every report file, largest first (Word, Excel), then each campaign's reminder letter (when some unit is
     * concerned), its proposal of the models awaiting a decision (when some do), its full export as a workbook and
     * Word registration form, the small files (the full export's CSV among them), each model's registration as a
     * document to sign, and the JSON Schema.
     */
    public static List<Document> of(List<ReportView> reports, List<FormView> forms, List<ModelView> models) {
        List<Document> documents = new ArrayList<>();
        for (ReportView r : reports) {
            documents.add(new Document(file(r, "docx"), () -> ReproducibleZip.normalize(ReportDocx.bytes(r)), r));
            documents.add(new Document(file(r, "xlsx"), () -> ReproducibleZip.normalize(ReportXlsx.bytes(r)), r));
        }
        for (ReportView r : reports) {
            // Only when some unit still owes a registration or a supplement: otherwise there is no letter to send.
            if (r.campaign().reminder().path() != null) {
                documents.add(new Document(r.campaign().reminder().path(),
                        () -> ReproducibleZip.normalize(ReminderDocx.bytes(r)), r));
            }
        }
        for (ReportView r : reports) {
            // Only when some model waits for a decision: otherwise there is nothing to propose.
            if (r.campaign().agenda().docx() != null) {
                documents.add(new Document(r.campaign().agenda().docx(),
                        () -> ReproducibleZip.normalize(AgendaDocx.bytes(r)), r));
            }
        }
        Map<String, ModelView> byId = new HashMap<>(models.size() * 2);
        models.forEach(m -> byId.put(m.ref().id(), m));
        Map<String, List<ModelView>> byYear = new HashMap<>();
        models.forEach(m -> byYear.computeIfAbsent(m.ref().year(), y -> new ArrayList<>()).add(m));
        for (ReportView r : reports) {
            documents.add(new Document(export(r, "xlsx"), RegistrationExport.xlsx(r, byId), exported(r, byYear)));
        }
        for (FormView f : forms) {
            documents.add(new Document(form(f.campaign()), () -> ReproducibleZip.normalize(FormDocx.bytes(f)), f));
        }
        for (ReportView r : reports) {
            documents.add(new Document(file(r, "csv"), () -> csv(r), r));
            documents.add(new Document(file(r, "json"), () -> json(r), r));
            documents.add(new Document(export(r, "csv"), RegistrationExport.csv(r, byId), exported(r, byYear)));
        }
        documents.addAll(registrations(reports, forms, models));
        documents.add(new Document(SCHEMA, () -> {
            try (InputStream in = Documents.class.getResourceAsStream("bao-cao.schema.json")) {
                return in.readAllBytes();
            }
        }));
        return documents;
    }

    /** dang-ky.docx in each model's folder, for the models of a year that has a campaign. */
    private static List<Document> registrations(List<ReportView> reports, List<FormView> forms, List<ModelView> models) {
        Map<String, RegistrationDocx> byYear = new HashMap<>();
        for (FormView f : forms) {
            String year = f.campaign().ref().year();
            reports.stream().filter(r -> r.campaign().ref().year().equals(year)).findFirst()
                    .ifPresent(r -> byYear.put(year, new RegistrationDocx(f, r)));
        }
        List<Document> out = new ArrayList<>(models.size());
        for (ModelView m : models) {
            RegistrationDocx docx = byYear.get(m.ref().year());
            if (docx != null) {
                String dir = m.ref().path();
                out.add(new Document((dir.endsWith("/") ? dir : dir + "/") + "dang-ky.docx", () -> docx.bytes(m),
                        List.of(docx.frameInputs(), m)));
            }
        }
        return out;
    }

    /** What the full export of a campaign's year is made from: the report and the pages of that year's models. */
    private static List<Object> exported(ReportView r, Map<String, List<ModelView>> byYear) {
        return List.of(r, byYear.getOrDefault(r.campaign().ref().year(), List.of()));
    }

    /** bao-cao-&lt;year&gt;.&lt;extension&gt; in the campaign's folder. */
    private static String file(ReportView r, String extension) {
        String dir = r.campaign().ref().path();
        return (dir.endsWith("/") ? dir : dir + "/") + "bao-cao-" + r.campaign().ref().year() + "." + extension;
    }

    /** dang-ky-&lt;year&gt;.&lt;extension&gt; in the campaign's folder: the full export, to correct and import back. */
    private static String export(ReportView r, String extension) {
        String dir = r.campaign().ref().path();
        return (dir.endsWith("/") ? dir : dir + "/") + "dang-ky-" + r.campaign().ref().year() + "." + extension;
    }

    /** mau-dang-ky-&lt;year&gt;.docx in the campaign's folder: the registration form to fill in Word. */
    private static String form(CampaignView c) {
        String dir = c.ref().path();
        return (dir.endsWith("/") ? dir : dir + "/") + "mau-dang-ky-" + c.ref().year() + ".docx";
    }

    /** The models table; CRLF and a BOM, as Excel expects. Text is quoted, numbers are not. */
    static byte[] csv(ReportView r) throws IOException {
        return CsvTable.bytes(ReportTables.models(r), Documents::inert);
    }

    /**
     * A text cell that a spreadsheet would run as a formula ({@code = + - @}, tab or CR first) gets a leading
     * apostrophe, as OWASP advises against CSV injection: the cell is shown as text. Numbers stay numbers.
     */
    static Object inert(Object cell) {
        return cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : cell;
    }

    static byte[] json(ReportView r) throws IOException {
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
            ReportJson.rollUp(g, c.rollUp());
            g.writeEndObject();
        }
        return buffer.toByteArray();
    }

    private static void coverage(JsonGenerator g, CampaignView.Coverage c) throws IOException {
        g.writeNumberField("phai_dang_ky", c.required());
        g.writeNumberField("da_dang_ky", c.registered());
        g.writeStringField("ty_le", c.percent());
    }
}
