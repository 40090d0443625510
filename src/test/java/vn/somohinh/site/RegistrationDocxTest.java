package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * Each model's registration as the document its unit signs (mo-hinh/2023/&lt;unit&gt;/&lt;slug&gt;/dang-ky.docx): one for
 * every registration, a party document's header with the unit as issuing body, every key the unit wrote under the
 * form's label, the milestones in a table with its grid; LibreOffice prints it with whole words in the table.
 */
class RegistrationDocxTest {
    private static final String MODEL = "mo-hinh/2023/van-phong-hu/van-phong-dien-tu-ky-so/";
    @TempDir
    static Path work;
    static Path out;

    @BeforeAll
    static void build() {
        out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
    }

    @Test
    void everyRegistrationHasItsDocumentAndItsPageLinksIt() throws IOException {
        List<String> registrations;
        try (Stream<Path> files = Files.walk(Path.of("data/registrations"))) {
            registrations = files.filter(f -> f.toString().endsWith(".yaml")).map(f -> {
                Path rel = Path.of("data/registrations").relativize(f);
                return "mo-hinh/" + rel.toString().replace('\\', '/').replaceAll("\\.yaml$", "/dang-ky.docx");
            }).sorted().toList();
        }
        List<String> documents;
        try (Stream<Path> files = Files.walk(out.resolve("mo-hinh"))) {
            documents = files.filter(f -> f.getFileName().toString().equals("dang-ky.docx"))
                    .map(f -> out.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(registrations).hasSizeGreaterThan(40);
        assertThat(documents).isEqualTo(registrations);
        var page = Jsoup.parse(out.resolve(MODEL + "index.html").toFile(), "UTF-8");
        assertThat(page.select("a[href$=dang-ky.docx]").attr("href")).isEqualTo("../../../../" + MODEL + "dang-ky.docx");
    }

    @Test
    void headerKeysAndTablesAreThoseOfASignableDocument() throws IOException {
        try (XWPFDocument doc = PrintedDocx.open(out.resolve(MODEL + "dang-ky.docx"))) {
            PrintedDocx.assertTablesHaveGridsAndWidths(doc);
            XWPFTable head = doc.getTables().get(0);
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(0))).containsExactly("HUYỆN ỦY BẢO LÂM|14|false|false",
                    "VĂN PHÒNG HUYỆN ỦY|14|true|false", "*|14|false|false", "Số …….-……/……|14|false|false");
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(1))).containsExactly(
                    "ĐẢNG CỘNG SẢN VIỆT NAM|15|true|false", "Bảo Lâm, ngày 03 tháng 3 năm 2023|14|false|true");
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
            assertThat(text).containsSubsequence("ĐĂNG KÝ", "mô hình mới, cách làm sáng tạo năm 2023",
                    "Kính gửi: Ban Thường vụ Huyện ủy Bảo Lâm");
            assertThat(text).anyMatch(t -> t.startsWith("Thực hiện Công văn số 1240-CV/BTCTU, Công văn số 833-CV/HU,"));
            // Every key the unit wrote, under the form's label, numbered in the contract's order.
            List<String> labels = text.stream().filter(t -> t.matches("\\d+\\. .*")).map(t -> t.replaceAll(":.*", "")).toList();
            assertThat(labels).containsExactly("1. Tên mô hình", "2. Hình thức", "3. Lĩnh vực", "4. Người chủ trì",
                    "5. Văn bản căn cứ", "6. Thực trạng, lý do", "7. Mục tiêu", "8. Nội dung, cách thức",
                    "9. Tính mới, sáng tạo", "10. Chỉ tiêu", "11. Thời gian thực hiện", "12. Địa bàn, đối tượng",
                    "13. Đơn vị phối hợp", "14. Kinh phí", "15. Lộ trình", "16. Kết quả dự kiến",
                    "17. Khả năng nhân rộng", "18. Liên hệ");
            assertThat(text).contains("1. Tên mô hình: Văn phòng điện tử - ký số văn bản và hội nghị không giấy của Huyện ủy",
                    "14. Kinh phí: ngân sách 150.000.000 đồng; xã hội hóa 0 đồng");
            XWPFTable milestones = doc.getTables().get(1);
            assertThat(milestones.getRow(0).getCell(0).getText()).isEqualTo("Thời gian");
            assertThat(milestones.getRow(1).getCell(0).getText()).isEqualTo("15/04/2023");
            List<String> closing = PrintedDocx.runs(doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(0));
            assertThat(closing).containsExactly("Nơi nhận:|14|false|false", "- Ban Thường vụ Huyện ủy (để báo cáo),|12|false|false",
                    "- Ban Tổ chức Huyện ủy (để tổng hợp),|12|false|false", "- Lưu đơn vị.|12|false|false");
            assertThat(String.join("\n", text)).doesNotContain("§");
        }
    }

    /** Every Word file of the site (report, letter, form, each registration): every table has its grid and widths. */
    @Test
    void everyWordFileOfTheSiteHasGridsAndWidths() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("bao-cao-2023.docx", "don-doc-2023.docx", "mau-dang-ky-2023.docx", "dang-ky.docx");
        for (Path f : files) {
            try (XWPFDocument doc = PrintedDocx.open(f)) {
                assertThat(doc.getTables()).as(f.toString()).isNotEmpty();
                PrintedDocx.assertGrids(doc);
            }
        }
    }

    /** Printed by LibreOffice: a few pages, page numbers from page 2, no word broken in the milestone table. */
    @Test
    void printsOnAFewPagesWithWholeWords() throws Exception {
        LibreOffice.require();
        Path docx = out.resolve(MODEL + "dang-ky.docx");
        Path pdf = LibreOffice.toPdf(docx, work.resolve("pdf"));
        try (PDDocument d = Loader.loadPDF(pdf.toFile()); XWPFDocument doc = PrintedDocx.open(docx)) {
            PrintedDocx.pictures(d, Path.of("target/registration-pages"), "dang-ky");
            List<String> pages = PrintedDocx.pages(d);
            assertThat(pages).hasSizeBetween(2, 4);
            assertThat(PrintedDocx.brokenWords(doc, pages)).isEmpty();
            assertThat(pages.get(0)).contains("ĐĂNG KÝ").doesNotContain("\n1\n");
            assertThat(pages.get(1).strip()).startsWith("2");
            List<String> all = new ArrayList<>(List.of(String.join("\n", pages).split("\n")));
            assertThat(all).anyMatch(l -> l.contains("Nơi nhận:"));
        }
    }
}
