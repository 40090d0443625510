package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/** The default 2023 campaign's report: the page, .docx, .xlsx, .csv and .json agree, with Vietnamese intact. */
class ReportFilesTest {
    @TempDir
    static Path work;
    static Path dir;
    static final String KNOWN = "Đoàn viên, thanh niên trồng và nhận chăm sóc thông trong dịp hè, phủ xanh đất trống ven rừng";

    @BeforeAll
    static void build() {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        dir = out.resolve("dot-dang-ky/2023");
    }

    @Test
    void excelHasASheetPerTableWithTheSiteFigures() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("bao-cao-2023.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            org.apache.poi.xssf.usermodel.XSSFSheet models = book.getSheet("Mô hình");
            assertThat(models.getLastRowNum()).isEqualTo(46);
            assertThat(models.getPaneInformation().isFreezePane()).isTrue();
            assertThat(models.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J47");
            List<String> names = new ArrayList<>();
            for (Row row : models) {
                names.add(row.getCell(4).getStringCellValue());
            }
            assertThat(names).contains(KNOWN);
            Sheet coverage = book.getSheet("Theo loại đơn vị");
            Row total = coverage.getRow(coverage.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(53);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(44);
            assertThat(book.getSheet("Chưa đăng ký").getLastRowNum()).isEqualTo(9);
            assertThat(book.getSheet("Đăng ký muộn").getLastRowNum()).isEqualTo(6);
            assertThat(book.getSheet("Xếp loại").getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void wordHasTheAdministrativeHeaderA4AndTimesNewRoman() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("bao-cao-2023.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("HUYỆN ỦY BẢO LÂM", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(header).containsPattern("Bảo Lâm, ngày \\d\\d tháng \\d{1,2} năm \\d{4}");
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("BÁO CÁO", "tổng hợp đăng ký mô hình mới, cách làm sáng tạo năm 2023",
                    "44/53 đơn vị thuộc đối tượng đã đăng ký (83%), với 46 mô hình; 6 mô hình đăng ký sau hạn; 9 đơn vị chưa đăng ký.");
            assertThat(doc.getTables().stream().map(t -> t.getText())).anyMatch(t -> t.contains(KNOWN));
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            // A4 (the last section is the landscape annex).
            assertThat(java.util.Set.of(((java.math.BigInteger) size.getW()).intValue(),
                    ((java.math.BigInteger) size.getH()).intValue())).containsExactlyInAnyOrder(11906, 16838);
            for (XWPFRun run : doc.getParagraphs().get(0).getRuns()) {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            }
        }
    }

    @Test
    void csvJsonAndTheSiteAgree() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("bao-cao-2023.csv"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<CSVRecord> rows;
        try (Reader r = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(rows).hasSize(46);
        assertThat(rows.stream().map(r -> r.get("Tên mô hình"))).contains(KNOWN);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("bao-cao-2023.json").toFile());
        assertThat(json.get("mo_hinh")).hasSize(rows.size());
        assertThat(json.get("tong").get("da_dang_ky").asInt()).isEqualTo(44);
        assertThat(json.get("chua_dang_ky")).hasSize(9);
        Document page = Jsoup.parse(dir.resolve("bao-cao/index.html").toFile(), "UTF-8");
        assertThat(page.select("table:has(caption:contains(Tỷ lệ đơn vị)) tfoot td").eachText()).containsExactly("53", "44", "83%");
        assertThat(page.select("main tbody td a").eachText()).hasSize(46).contains(KNOWN);
        assertThat(page.text()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY BẢO LÂM", "BAN TỔ CHỨC", "Số 25-BC/BTCHU",
                "Bảo Lâm, ngày 20 tháng 3 năm 2023", "VIII. Kiến nghị, đề xuất", "Đề nghị Ban Thường vụ Huyện ủy nhắc nhở",
                "Nơi nhận:", "- Lưu Ban Tổ chức.", "K/T TRƯỞNG BAN", "Nguyễn Văn A");
        JsonNode schema = new ObjectMapper().readTree(dir.resolve("../../du-lieu/bao-cao.schema.json").normalize().toFile());
        schema.get("required").forEach(k -> assertThat(json.has(k.asText())).as(k.asText()).isTrue());
        json.fieldNames().forEachRemaining(k -> assertThat(schema.get("properties").has(k)).as(k).isTrue());
    }
}
