package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/**
 * Untrusted Word files: each refused with one problem at the file, read in bounded time, nothing else reported; and a
 * small hand-made document with the form's labelled rows reads like the form.
 */
class WordGuardTest {
    @TempDir
    Path dir;

    @Test
    void aHandMadeTableWithTheFormsLabelsReads() throws IOException {
        Problems problems = new Problems();
        Entry e = Forms.read(write("bang-tay.docx", docx()), "bang-tay.docx", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(e.cells().get("ten_mo_hinh").text()).isEqualTo("Cà phê bền vững");
        assertThat(e.cells().get("muc_tieu").text()).isEqualTo("Tăng thu nhập\n\nGiảm chi phí");
        assertThat(e.cells().get("muc_tieu").place()).isEqualTo("bang-tay.docx: mục \"Mục tiêu\"");
        assertThat(e.cells()).containsOnlyKeys("ten_mo_hinh", "muc_tieu", "can_cu");
        assertThat(e.cells().get("can_cu").text())
                .isEqualTo("Nghị quyết số 22-NQ/TU\nKết luận 14-KL/TW\nNghị quyết số 07-NQ/HU");
    }

    @Test
    void aMacroEnabledFileIsRefusedByItsName() throws IOException {
        assertRefused("phieu.docm", docx(), "import-macro");
    }

    @Test
    void aDocxHoldingAVbaPartIsRefused() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        parts.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        parts.put("[Content_Types].xml", text(parts.get("[Content_Types].xml")).replace("<Default ",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused("phieu.docx", zip(parts), "import-macro");
    }

    @Test
    void aMacroEnabledMainPartIsRefused() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        parts.put("[Content_Types].xml", text(parts.get("[Content_Types].xml")).replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8));
        assertRefused("phieu.docx", zip(parts), "import-macro");
    }

    @Test
    void aPasswordProtectedFileIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mat-khau");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx()));
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertRefused("phieu.docx", out.toByteArray(), "import-encrypted");
    }

    @Test
    void otherFilesAreUnreadable() throws IOException {
        assertRefused("phieu.docx", "Xin chào".getBytes(StandardCharsets.UTF_8), "import-word-unreadable");
        assertRefused("trong.docx", new byte[0], "import-word-unreadable");
        assertRefused("cat.docx", Arrays.copyOf(docx(), 600), "import-word-unreadable");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Mô hình").createRow(0).createCell(0).setCellValue("Tên mô hình");
            wb.write(xlsx);
        }
        assertRefused("bang.docx", xlsx.toByteArray(), "import-word-unreadable");
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertRefused("cu.doc", doc.toByteArray(), "import-word-unreadable");
    }

    @Test
    void aWordDocumentThatIsNotTheFormIsSaidSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Báo cáo tháng 3");
            doc.write(out);
        }
        assertRefused("bao-cao.docx", out.toByteArray(), "import-word-not-form");
    }

    @Test
    void aZipBombStopsAtTheLimitQuickly() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        parts.put("word/media/image1.png", new byte[64 * 1024 * 1024]);
        byte[] bomb = zip(parts);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        Problem p = assertRefused("bom.docx", bomb, "import-word-limit");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2000);
        assertThat(p.message()).contains("word/media/image1.png").contains("zip bomb");
    }

    @Test
    void anOversizedXmlPartAndTooManyPartsAreRefused() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        String body = text(parts.get("word/document.xml"));
        StringBuilder big = new StringBuilder(body.substring(0, body.indexOf("</w:body>")));
        for (int i = 0; big.length() < 9 * 1024 * 1024; i++) {
            big.append("<w:p><w:r><w:t>").append(Integer.toString(i * 7919, 36)).append(i).append("</w:t></w:r></w:p>");
        }
        parts.put("word/document.xml", big.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
        assertThat(assertRefused("dai.docx", zip(parts), "import-word-limit").message()).contains("8 MB");
        Map<String, byte[]> many = parts(docx());
        for (int i = 0; i < 1001; i++) {
            many.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(assertRefused("nhieu.docx", zip(many), "import-word-limit").message()).contains("hơn 1.000 phần");
    }

    @Test
    void anXmlEntityExpansionIsRefused() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a0 \"ha\">");
        for (int i = 1; i < 20; i++) {
            laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String body = text(parts.get("word/document.xml"));
        String expanded = laughs + "]>" + body.substring(body.indexOf("<w:document")).replace("Cà phê bền vững", "&a19;");
        parts.put("word/document.xml", expanded.getBytes(StandardCharsets.UTF_8));
        assertThat(assertRefused("thuc-the.docx", zip(parts), "import-word-limit").message()).contains("DOCTYPE");
    }

    @Test
    void elementsNestedTooDeepAreRefused() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        String body = text(parts.get("word/document.xml"));
        int at = body.indexOf("</w:body>");
        String deep = body.substring(0, at) + "<w:customXml>".repeat(20_000) + "</w:customXml>".repeat(20_000)
                + body.substring(at);
        parts.put("word/document.xml", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(assertRefused("sau.docx", zip(parts), "import-word-limit").message()).contains("256 tầng");
    }

    @Test
    void picturesAreNotTakenForXml() throws IOException {
        Map<String, byte[]> parts = parts(docx());
        byte[] jpeg = new byte[4096];
        new java.util.Random(7).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        parts.put("word/media/image1.jpeg", jpeg);
        parts.put("[Content_Types].xml", text(parts.get("[Content_Types].xml")).replace("<Default ",
                "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/><Default ").getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();
        assertThat(Forms.read(write("anh.docx", zip(parts)), "anh.docx", problems)).isNotNull();
        assertThat(problems.sorted()).isEmpty();
    }

    /** A document with three rows labelled as the form: a text, a text of two paragraphs, the directives. */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("PHIẾU ĐĂNG KÝ");
            XWPFTable t = doc.createTable(4, 2);
            row(t, 0, "STT", "1");
            row(t, 1, "Tên mô hình (*)", "Cà phê bền vững");
            row(t, 2, "Mục tiêu", "Tăng thu nhập");
            t.getRow(2).getCell(1).addParagraph();
            t.getRow(2).getCell(1).addParagraph().createRun().setText("Giảm chi phí");
            t.getRow(2).getCell(1).addParagraph().createRun().setText("Bấm vào đây để ghi.");
            row(t, 3, "Căn cứ", "\u2612 Nghị quyết số 22-NQ/TU");
            t.getRow(3).getCell(1).addParagraph().createRun().setText("\u2610 Công văn số 1335-CV/TU");
            t.getRow(3).getCell(1).addParagraph().createRun().setText("Kết luận 14-KL/TW");
            symbol(t.getRow(3).getCell(1).addParagraph(), "F0FD", "Nghị quyết số 07-NQ/HU");
            symbol(t.getRow(3).getCell(1).addParagraph(), "F0A8", "Công văn số 854-CV/HU");
            doc.write(out);
        }
        return out.toByteArray();
    }

    /** A directive ticked (or not) with a Wingdings box from Insert → Symbol, as in Word 2007. */
    private static void symbol(XWPFParagraph p, String code, String text) {
        var sym = p.createRun().getCTR().addNewSym();
        sym.setFont("Wingdings");
        sym.setChar(java.util.HexFormat.of().parseHex(code));
        p.createRun().setText(" " + text);
    }

    private static void row(XWPFTable t, int row, String label, String value) {
        t.getRow(row).getCell(0).setText(label);
        t.getRow(row).getCell(1).setText(value);
    }

    private Problem assertRefused(String name, byte[] bytes, String code) throws IOException {
        Problems problems = new Problems();
        assertThat(Forms.read(write(name, bytes), name, problems)).as(code).isNull();
        assertThat(problems.sorted()).as(code).hasSize(1);
        Problem p = problems.sorted().get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.file()).isEqualTo(name);
        assertThat(p.isError()).isTrue();
        assertThat(p.message()).doesNotContain("null").doesNotContain("Exception");
        return p;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
