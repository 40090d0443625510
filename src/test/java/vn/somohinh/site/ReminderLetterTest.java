package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * The reminder letter (công văn đôn đốc, don-doc-&lt;year&gt;.docx): in the default site, a party công văn read back with
 * POI (header sizes, "Số 27-CV/BTCHU", the V/v line, body 14 Times New Roman, a grid in every table) that names every
 * unit not registered and every model waiting for supplementation at its date, and that LibreOffice prints on a few
 * pages with whole words in its cells (PNGs under target/letter-pages/). A site where nobody owes anything has no
 * letter and no link; one where a model only waits for supplementation has a letter about it.
 */
class ReminderLetterTest {
    private static final String LETTER = "dot-dang-ky/2023/don-doc-2023.docx";
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
    }

    static XWPFDocument open(Path docx) throws IOException {
        return PrintedDocx.open(docx);
    }

    @Test
    void theDefaultLetterIsAPartyCongVanWithAGridInEveryTable() throws IOException {
        try (XWPFDocument doc = open(site.resolve(LETTER))) {
            PrintedDocx.assertTablesHaveGridsAndWidths(doc);
            XWPFTable head = doc.getTables().get(0);
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(0))).containsExactly("HUYỆN ỦY BẢO LÂM|14|false|false",
                    "BAN TỔ CHỨC|14|true|false", "*|14|false|false", "Số 27-CV/BTCHU|14|false|false",
                    "V/v đôn đốc đăng ký mô hình mới, cách làm sáng tạo năm 2023|12|false|true");
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(1))).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM|15|true|false",
                    "Bảo Lâm, ngày 27 tháng 3 năm 2023|14|false|true");
            List<XWPFParagraph> body = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(body.get(0).getText()).isEqualTo("Kính gửi: Các đơn vị có tên tại danh sách kèm theo");
            assertThat(body.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(body).noneMatch(p -> p.getText().equals("CÔNG VĂN"));
            for (XWPFParagraph p : body) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(PrintedDocx.font(r)).as(p.getText()).isEqualTo("Times New Roman");
                    assertThat(PrintedDocx.size(r)).as(p.getText()).isEqualTo(14.0);
                }
            }
            XWPFParagraph first = body.get(1);
            assertThat(first.getText()).startsWith("Thực hiện Công văn số 1240-CV/BTCTU ngày ")
                    .contains("hạn đăng ký đến ngày 10/03/2023").contains("Kết luận số 14-KL/TW");
            assertThat(first.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            String text = String.join("\n", body.stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("chậm nhất ngày ……").contains("Đơn vị chưa đăng ký báo cáo rõ lý do");
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:|14|false|false",
                    "- Như trên,|12|false|false", "- Thường trực Huyện ủy (để báo cáo),|12|false|false",
                    "- Lưu Ban Tổ chức.|12|false|false");
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(1))).contains("K/T TRƯỞNG BAN|14|false|false", "Nguyễn Văn A|14|true|false");
        }
    }

    /**
     * Every unit the report lists as not registered (the letter is dated after the last late registration) has a row,
     * and so has every model whose review asked for supplementation before 27/03/2023 and had no later step by then.
     */
    @Test
    void theDefaultLetterNamesWhatEachUnitStillOwes() throws IOException {
        JsonNode report = new ObjectMapper().readTree(site.resolve("dot-dang-ky/2023/bao-cao-2023.json").toFile());
        try (XWPFDocument doc = open(site.resolve(LETTER))) {
            XWPFTable owed = doc.getTables().get(1);
            assertThat(owed.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .containsExactly("STT", "Đơn vị", "Việc còn phải làm");
            Map<String, String> rows = new java.util.LinkedHashMap<>();
            owed.getRows().stream().skip(1).forEach(r -> rows.put(r.getCell(1).getText(), r.getCell(2).getText()));
            List<String> missing = new ArrayList<>();
            report.get("chua_dang_ky").forEach(u -> missing.add(u.get("ten").asText()));
            assertThat(missing).hasSizeGreaterThan(3);
            for (String unit : missing) {
                assertThat(rows.get(unit)).as(unit).isEqualTo("Chưa đăng ký mô hình năm 2023.");
            }
            assertThat(rows.values()).anyMatch(s -> s.startsWith("Bổ sung hồ sơ mô hình “")
                    && s.contains("Đề nghị bổ sung danh sách hộ dự kiến tham gia"));
            long pending = rows.values().stream().filter(s -> s.contains("Bổ sung hồ sơ mô hình")).count();
            assertThat(pending).isGreaterThanOrEqualTo(3);
            // As of 27/03: Kho bạc was still asked to supplement (approved on 31/03); Ủy ban Kiểm tra had supplemented
            // (back under review on 24/03), so it owes nothing.
            assertThat(rows.get("Chi bộ Kho bạc Nhà nước Bảo Lâm")).startsWith("Bổ sung hồ sơ mô hình “");
            assertThat(rows).doesNotContainKey("Cơ quan Ủy ban Kiểm tra Huyện ủy");
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(text).contains("Đến ngày 27/03/2023, còn " + missing.size() + " đơn vị thuộc đối tượng chưa đăng ký");
        }
        String campaign = Files.readString(site.resolve("dot-dang-ky/2023/index.html"), StandardCharsets.UTF_8);
        String desk = Files.readString(site.resolve("ra-soat/2023/index.html"), StandardCharsets.UTF_8);
        assertThat(campaign).contains("don-doc-2023.docx\">Công văn đôn đốc (Word, .docx)</a>");
        assertThat(desk).contains("don-doc-2023.docx\">Công văn đôn đốc (Word, .docx)</a>");
    }

    /** The base fixture: its one target unit registered one approved model; nobody to remind, so no letter, no link. */
    @Test
    void noLetterAndNoLinkWhenNobodyOwesAnything() throws IOException {
        Path out = SiteBuild.scenario("valid", work.resolve("valid"));
        assertThat(out.resolve(LETTER)).doesNotExist();
        assertThat(out.resolve("dot-dang-ky/2023/bao-cao-2023.docx")).exists();
        assertThat(Files.readString(out.resolve("dot-dang-ky/2023/index.html"))).doesNotContain("don-doc");
        assertThat(Files.readString(out.resolve("ra-soat/2023/index.html"))).doesNotContain("don-doc");
    }

    /** Everyone registered, but a model waits for supplementation: the letter goes to its unit, with the review's note. */
    @Test
    void aModelWaitingForSupplementationAloneMakesALetter() throws IOException {
        Path root = SiteBuild.compose("valid", work.resolve("supplement/site"));
        Files.writeString(root.resolve("data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml"), """
                qua_trinh:
                  - ngay: 2023-03-14
                    trang_thai: can-bo-sung
                    ghi_chu: Bổ sung chỉ tiêu đo được.
                """);
        Path out = SiteBuild.build(root, work.resolve("supplement/out"), Map.of());
        try (XWPFDocument doc = open(out.resolve(LETTER))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("Kính gửi: Đảng bộ xã Lộc An").contains("còn 1 mô hình")
                    .doesNotContain("đơn vị thuộc đối tượng chưa đăng ký");
            XWPFTable owed = doc.getTables().get(1);
            assertThat(owed.getRows()).hasSize(2);
            assertThat(owed.getRow(1).getCell(2).getText()).startsWith("Bổ sung hồ sơ mô hình “")
                    .endsWith("”: Bổ sung chỉ tiêu đo được.");
            assertThat(PrintedDocx.runs(doc.getTables().get(0).getRow(0).getCell(0))).contains("Số …….-CV/……|14|false|false");
        }
        assertThat(Files.readString(out.resolve("dot-dang-ky/2023/index.html"))).contains("don-doc-2023.docx");
    }

    /** LibreOffice prints the default letter on 1 to 3 pages, no word of a table cell broken across lines. */
    @Test
    void printsOnAFewPagesWithWholeWordsInItsCells() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(site.resolve(LETTER), Files.createDirectories(work.resolve("pdf")));
        try (PDDocument d = Loader.loadPDF(pdf.toFile()); XWPFDocument doc = open(site.resolve(LETTER))) {
            PrintedDocx.pictures(d, Path.of("target/letter-pages"), "don-doc-2023");
            assertThat(d.getNumberOfPages()).isBetween(1, 3);
            List<String> broken = PrintedDocx.brokenWords(doc, PrintedDocx.pages(d));
            assertThat(broken).as("words broken inside a cell").isEmpty();
        }
    }
}
