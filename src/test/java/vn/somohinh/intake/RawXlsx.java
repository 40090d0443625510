package vn.somohinh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx written part by part, so that a test can put into one part what no spreadsheet program writes
 * (a DOCTYPE, a million rows, megabytes of padding). By default: one sheet "Mô hình" whose header uses the shared
 * strings and whose one data row is inline text.
 */
final class RawXlsx {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";
    static final String WORKBOOK = "xl/workbook.xml";
    static final String TYPES = "[Content_Types].xml";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private final Map<String, String> parts = new LinkedHashMap<>();

    /** Writes the rows of a sheet's {@code sheetData} (a million of them if need be) to the writer. */
    interface Rows {
        void write(Writer out) throws IOException;
    }

    private Rows rows = out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Cà phê bền vững</t></is></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t>xa-loc-an</t></is></c></row>");
    private String sheetStart = DECLARATION + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>";

    RawXlsx() {
        parts.put(TYPES, DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", DECLARATION + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                + OFFICE + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put(WORKBOOK, DECLARATION + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\"><sheets>"
                + "<sheet name=\"Mô hình\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", DECLARATION + "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + OFFICE + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put(STRINGS, DECLARATION + "<sst xmlns=\"" + MAIN + "\" count=\"2\" uniqueCount=\"2\">"
                + "<si><t>Tên mô hình</t></si><si><t>Đơn vị</t></si></sst>");
    }

    /** Replaces a whole part. */
    RawXlsx part(String name, String xml) {
        parts.put(name, xml);
        return this;
    }

    String part(String name) {
        return parts.get(name);
    }

    RawXlsx rows(Rows rows) {
        this.rows = rows;
        return this;
    }

    /** Replaces what comes before {@code <sheetData>} (to add a DOCTYPE). */
    RawXlsx sheetStart(String start) {
        this.sheetStart = start;
        return this;
    }

    /** @param level the deflate level; 1 keeps a large generated sheet from looking like a zip bomb */
    Path write(Path file, int level) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(level);
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(SHEET));
            out.write(sheetStart);
            rows.write(out);
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCTYPE whose entity expands to 10^9 "lol" (a billion laughs), for the root element given. */
    static String laughs(String root) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            s.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return s.append("]>\n").toString();
    }
}
