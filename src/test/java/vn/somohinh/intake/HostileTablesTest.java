package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/**
 * Files nobody should import, each refused with one problem at the file, no entry, no exception, in bounded time:
 * zip bomb, entity expansion and external entities in every XML part, a million rows, macros, a password, .xls,
 * files that are no workbook.
 */
class HostileTablesTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theMinimalWorkbookOfTheseTestsIsReadable() throws IOException {
        Path file = new RawXlsx().write(dir.resolve("bang.xlsx"), 6);
        Problems problems = new Problems();
        List<Entry> entries = Tables.read(file, "bang.xlsx", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("bang.xlsx:Mô hình!2");
            assertThat(e.cells().get("don_vi")).isEqualTo(Cell.text("bang.xlsx:Mô hình!B2", "xa-loc-an"));
        });
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        String padding = " ".repeat(1 << 20);
        Path file = new RawXlsx().rows(out -> {
            for (int i = 0; i < 200; i++) {
                out.write(padding); // 200 MB of spaces: about 200 KB compressed
            }
        }).write(dir.resolve("bang.xlsx"), 9);
        assertThat(Files.size(file)).isLessThan(2_000_000);
        assertThat(refused(file, "bang.xlsx", "import-unreadable").message()).contains("bom nén");
    }

    @ParameterizedTest
    @ValueSource(strings = {RawXlsx.SHEET, RawXlsx.STRINGS, RawXlsx.WORKBOOK, RawXlsx.TYPES})
    void aBillionLaughsInAnyPartIsRefused(String part) throws IOException {
        RawXlsx xlsx = new RawXlsx();
        if (part.equals(RawXlsx.SHEET)) {
            xlsx.sheetStart(RawXlsx.laughs("worksheet") + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>")
                    .rows(out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"));
        } else {
            String xml = xlsx.part(part);
            String body = xml.substring(xml.indexOf("?>") + 2).strip();
            String root = body.substring(1, body.indexOf(' '));
            xlsx.part(part, RawXlsx.laughs(root) + body.replaceFirst("</", "&lol9;</"));
        }
        Path file = xlsx.write(dir.resolve("bang.xlsx"), 6);
        refused(file, "bang.xlsx", "import-unreadable");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mật khẩu bí mật");
        String strings = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>Tên mô hình</t></si><si><t>&xxe;</t></si></sst>";
        Path file = new RawXlsx().part(RawXlsx.STRINGS, strings).write(dir.resolve("bang.xlsx"), 6);
        assertThat(refused(file, "bang.xlsx", "import-unreadable").message()).doesNotContain("bí mật").contains("DOCTYPE");
    }

    @Test
    void aMillionRowsStopAtTheCapWithOneProblem() throws IOException {
        Path file = new RawXlsx().rows(out -> {
            out.write("<row><c t=\"inlineStr\"><is><t>Tên mô hình</t></is></c><c t=\"inlineStr\"><is><t>Đơn vị</t></is></c></row>");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("<row><c t=\"inlineStr\"><is><t>Mô hình " + i + "</t></is></c><c><v>" + i + "</v></c></row>");
            }
        }).write(dir.resolve("lon.xlsx"), 1);
        assertThat(refused(file, "lon.xlsx", "import-too-many-rows").message()).contains("100.000");
    }

    @Test
    void aLongSharedStringInEveryCellIsHeldOnce() throws IOException {
        String strings = "<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>Tên mô hình</t></si><si><t>Đơn vị</t></si><si><t>"
                + "chữ ".repeat(8000) + "</t></si></sst>";
        Path file = new RawXlsx().part(RawXlsx.STRINGS, strings).rows(out -> {
            out.write("<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>");
            for (int i = 2; i < 20_002; i++) { // numbered, so that the part does not look like a zip bomb
                out.write("<row r=\"" + i + "\"><c r=\"A" + i + "\" t=\"s\"><v>2</v></c><c r=\"B" + i
                        + "\" t=\"s\"><v>2</v></c></row>");
            }
        }).write(dir.resolve("bang.xlsx"), 1);
        Problems problems = new Problems();
        List<Entry> entries = assertTimeoutPreemptively(BOUND, () -> Tables.read(file, "bang.xlsx", problems));
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).hasSize(20_000);
        String first = entries.get(0).cells().get("ten_mo_hinh").text();
        assertThat(first).hasSize(32_000);
        assertThat(entries).allSatisfy(e -> e.cells().values().forEach(c -> assertThat(c.text()).isSameAs(first)));
    }

    @Test
    void millionsOfDistinctSharedStringsAreRefused() throws IOException {
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + RawXlsx.MAIN + "\"><si><t>Tên mô hình</t></si>");
        for (int i = 0; i < Limits.MAX_SHARED_STRINGS; i++) {
            strings.append("<si><t>").append(i).append("</t></si>");
        }
        Path file = new RawXlsx().part(RawXlsx.STRINGS, strings.append("</sst>").toString()).write(dir.resolve("bang.xlsx"), 1);
        refused(file, "bang.xlsx", "import-too-large");
    }

    @Test
    void aWorkbookListingOneSheetOverAndOverIsRefused() throws IOException {
        RawXlsx xlsx = new RawXlsx();
        String one = "<sheet name=\"Mô hình\" sheetId=\"1\" r:id=\"rId1\"/>";
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            many.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId1\"/>");
        }
        xlsx.part(RawXlsx.WORKBOOK, xlsx.part(RawXlsx.WORKBOOK).replace(one, many.toString()));
        Path file = xlsx.write(dir.resolve("bang.xlsx"), 1);
        assertThat(refused(file, "bang.xlsx", "import-too-large").message()).contains("1000 trang tính");
    }

    @Test
    void aMillionRowsOfCsvToo() throws IOException {
        Path file = dir.resolve("lon.csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Tên mô hình;Đơn vị\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("Mô hình " + i + ";xa-loc-an\n");
            }
        }
        refused(file, "lon.csv", "import-too-many-rows");
    }

    @Test
    void aCsvFileOver128MegabytesIsNotRead() throws IOException {
        Path file = dir.resolve("lon.csv");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write("Tên mô hình;Đơn vị\n".getBytes(StandardCharsets.UTF_8));
            raf.setLength(129L * 1024 * 1024); // sparse: no time, no disk
        }
        assertThat(refused(file, "lon.csv", "import-too-large").message()).contains("128 MB");
    }

    @Test
    void aMacroEnabledWorkbookIsRefusedWhateverItsName() throws IOException {
        Path file = dir.resolve("bang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
            CompiledTable.values(wb.createSheet("Mô hình").createRow(0), "Tên mô hình", "Đơn vị");
            wb.write(out);
        }
        refused(file, "bang.xlsx", "import-macro");
    }

    @Test
    void aVbaProjectInAnOrdinaryWorkbookIsRefused() throws Exception {
        Path file = new RawXlsx().write(dir.resolve("bang.xlsx"), 6);
        try (OPCPackage pkg = OPCPackage.open(file.toFile())) {
            var part = pkg.createPart(PackagingURIHelper.createPartName("/xl/vbaProject.bin"), "application/octet-stream");
            try (OutputStream out = part.getOutputStream()) {
                out.write(new byte[] {1, 2, 3});
            }
        }
        refused(file, "bang.xlsx", "import-macro");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("bang.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            CompiledTable.values(wb.createSheet("Mô hình").createRow(0), "Tên mô hình", "Đơn vị");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        refused(file, "bang.xlsx", "import-encrypted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bang.xls", "bang.xlsx"})
    void anOldXlsIsToBeSavedAsXlsx(String name) throws IOException {
        Path file = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CompiledTable.values(wb.createSheet("Mô hình").createRow(0), "Tên mô hình", "Đơn vị");
            wb.write(out);
        }
        assertThat(refused(file, name, "import-old-format").message()).contains("hãy lưu lại dạng .xlsx");
    }

    @Test
    void aWordDocumentNamedXlsxIsNoWorkbook() throws IOException {
        Path file = dir.resolve("bang.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Tên mô hình");
            doc.write(out);
        }
        refused(file, "bang.xlsx", "import-unreadable");
    }

    @Test
    void aBinaryWorkbookIsToBeSavedAsXlsxNotCalledAMacro() throws IOException {
        RawXlsx xlsx = new RawXlsx();
        xlsx.part(RawXlsx.TYPES, xlsx.part(RawXlsx.TYPES).replace("spreadsheetml.sheet.main+xml",
                "xlsb-placeholder").replace("application/vnd.openxmlformats-officedocument.xlsb-placeholder",
                "application/vnd.ms-excel.sheet.binary.macroEnabled.main"));
        Path file = xlsx.write(dir.resolve("bang.xlsb"), 6);
        assertThat(refused(file, "bang.xlsb", "import-unreadable").message()).contains(".xlsb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%PDF-1.4\n%âãÏÓ\n1 0 obj", "PK\u0003\u0004 cut short", "Tên mô hình;Đơn vị"})
    void anythingElseIsNoWorkbook(String content) throws IOException {
        Path file = Files.write(dir.resolve("bang.xlsx"), content.getBytes(StandardCharsets.ISO_8859_1));
        refused(file, "bang.xlsx", "import-unreadable");
    }

    /** The one problem of a refused file, after checking that it is the only one, at the file, with no entry. */
    private static Problem refused(Path file, String name, String code) {
        Problems problems = new Problems();
        List<Entry> entries = assertTimeoutPreemptively(BOUND, () -> Tables.read(file, name, problems));
        assertThat(entries).isEmpty();
        List<Problem> found = problems.sorted();
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.line()).isZero();
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.message()).doesNotContain("null", "Exception", "Zip bomb", "DOCTYPE is");
        });
        return found.get(0);
    }
}
