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
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * The meeting's agenda (dot-dang-ky/&lt;year&gt;/cho-quyet-dinh/) and its proposal (phieu-trinh-&lt;year&gt;.docx): in the
 * default site exactly the models registered, in review or sent back long ago (13), unit by unit and status by
 * status, with the desk's warnings; the Word file read back with POI and printed by LibreOffice (PNGs under
 * target/agenda-pages/). The "agenda" fixture proves the 15 days; the "site" fixture, where nothing waits, has an
 * empty page and no proposal.
 */
class AgendaTest {
    private static final String PAGE = "dot-dang-ky/2023/cho-quyet-dinh/index.html";
    private static final String DOCX = "dot-dang-ky/2023/cho-quyet-dinh/phieu-trinh-2023.docx";
    private static final Set<String> WAITING = Set.of("da-dang-ky", "dang-tham-dinh", "can-bo-sung");
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
    }

    private static Document page(Path out) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(PAGE), StandardCharsets.UTF_8));
    }

    /** The models of the report's JSON whose status waits (the default data's sent-back ones are all months old). */
    private static List<String> waitingInReport() throws IOException {
        JsonNode report = new ObjectMapper().readTree(site.resolve("dot-dang-ky/2023/bao-cao-2023.json").toFile());
        List<String> out = new ArrayList<>();
        report.get("mo_hinh").forEach(m -> {
            if (WAITING.contains(m.get("trang_thai").asText())) {
                out.add(m.get("ten_mo_hinh").asText());
            }
        });
        return out;
    }

    @Test
    void theDefaultAgendaListsExactlyTheThirteenModelsAwaitingADecision() throws IOException {
        Document page = page(site);
        List<String> listed = page.select("main table tbody tr td:first-child a").eachText();
        assertThat(listed).hasSize(13).doesNotHaveDuplicates();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(waitingInReport());
        assertThat(page.select("main table .tag").eachText()).containsOnly("Đã đăng ký", "Đang thẩm định", "Cần bổ sung");
        assertThat(page.select("h1").text()).isEqualTo("Chờ quyết định đợt 2023");
        // Lộc Nam's registration is late and not reviewed: both warnings of the desk sit beside it.
        Element locNam = page.select("table:has(caption:contains(Lộc Nam))").first();
        assertThat(locNam.select("code").eachText()).containsExactly("not-reviewed", "late");
    }

    /** One heading per unit in the Vietnamese order of names; in each, one table per status in the table's order. */
    @Test
    void theAgendaIsGroupedByUnitThenStatus() throws IOException {
        Document page = page(site);
        List<String> units = page.select("main h2").eachText().stream().map(h -> h.replaceAll(" \\(\\d+\\)$", "")).toList();
        assertThat(units).doesNotHaveDuplicates().hasSize(13);
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        List<String> sorted = new ArrayList<>(units);
        sorted.sort(vi);
        assertThat(units).isEqualTo(sorted);
        for (Element h2 : page.select("main h2")) {
            String unit = h2.text().replaceAll(" \\(\\d+\\)$", "");
            assertThat(h2.nextElementSibling().select("caption").text()).startsWith(unit + ": ");
        }
    }

    /** Sent back 25 days before the report's date: on the agenda; sent back that very day: still the unit's turn. */
    @Test
    void aModelSentBackIsOnTheAgendaOnlyAfterFifteenDays() throws IOException {
        Path out = SiteBuild.scenario("agenda", work.resolve("agenda"));
        Document page = page(out);
        assertThat(page.select("main h2").eachText()).containsExactly("Đảng bộ xã Lộc An (1)", "Đảng bộ xã Lộc Bắc (1)",
                "Đảng bộ xã Lộc Nam (2)");
        assertThat(page.select("main table tbody td:first-child a").eachText()).containsExactly(
                "Liên kết hộ trồng cà phê bền vững", "Trồng dâu nuôi tằm trong đồng bào dân tộc thiểu số",
                "Đường làng tự quản, thắp sáng đường thôn", "Thôn sạch đẹp, phân loại rác tại hộ gia đình");
        assertThat(page.select("table:has(caption:contains(Lộc Nam)) caption").eachText()).containsExactly(
                "Đảng bộ xã Lộc Nam: đã đăng ký (1)", "Đảng bộ xã Lộc Nam: đang thẩm định (1)");
        assertThat(page.select("table:has(caption:contains(Lộc An)) td:nth-child(2)").text()).isEqualTo("Cần bổ sung (25 ngày)");
        assertThat(page.text()).contains("tính đến ngày 10/04/2023").doesNotContain("Tủ sách thôn");
        assertThat(out.resolve(DOCX)).exists();
        Path again = SiteBuild.scenario("agenda", work.resolve("agenda-again"));
        assertThat(Files.readAllBytes(again.resolve(DOCX))).as("the same bytes from the same data")
                .isEqualTo(Files.readAllBytes(out.resolve(DOCX)));
    }

    @Test
    void nothingWaitingGivesAnEmptyPageAndNoProposal() throws IOException {
        Path out = SiteBuild.scenario("site", work.resolve("site"));
        assertThat(page(out).select("main").text()).contains("Không có mô hình nào chờ quyết định.");
        assertThat(out.resolve(DOCX)).doesNotExist();
        assertThat(Files.readString(out.resolve(PAGE))).doesNotContain("phieu-trinh");
        assertThat(Files.readString(out.resolve("dot-dang-ky/2023/index.html"))).contains("cho-quyet-dinh/\">Mô hình chờ quyết định (0)</a>");
    }

    @Test
    void theProposalIsAPartyToTrinhWithAGridInEveryTableAndARowPerModel() throws IOException {
        assertThat(Files.readString(site.resolve(PAGE))).contains("phieu-trinh-2023.docx\">Tờ trình (Word, .docx)</a>");
        assertThat(Files.readString(site.resolve("dot-dang-ky/2023/index.html"))).contains("cho-quyet-dinh/\">Mô hình chờ quyết định (13)</a>");
        assertThat(Files.readString(site.resolve("ra-soat/2023/index.html"))).contains("cho-quyet-dinh/\">Mô hình chờ quyết định (13)</a>");
        try (XWPFDocument doc = PrintedDocx.open(site.resolve(DOCX))) {
            PrintedDocx.assertTablesHaveGridsAndWidths(doc);
            XWPFTable head = doc.getTables().get(0);
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(0))).containsExactly("HUYỆN ỦY BẢO LÂM|14|false|false",
                    "BAN TỔ CHỨC|14|true|false", "*|14|false|false", "Số …….-TTr/……|14|false|false");
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(1)).get(0)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM|15|true|false");
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(1)).get(1)).startsWith("Bảo Lâm, ngày ").endsWith("|14|false|true");
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
            assertThat(text).startsWith("TỜ TRÌNH", "đề nghị xem xét, quyết định các mô hình mới, cách làm sáng tạo năm 2023",
                    "-----", "Kính gửi: Ban Thường vụ Huyện ủy");
            XWPFTable list = doc.getTables().get(1);
            assertThat(list.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()).containsExactly(
                    "STT", "Đơn vị", "Mô hình", "Trạng thái", "Từ ngày", "Lưu ý khi thẩm định");
            List<String> models = list.getRows().stream().skip(1).map(r -> r.getCell(2).getText()).toList();
            assertThat(models).containsExactlyInAnyOrderElementsOf(waitingInReport());
            assertThat(models).containsExactlyElementsOf(page(site).select("main table tbody td:first-child a").eachText());
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(1))).contains("K/T TRƯỞNG BAN|14|false|false",
                    "Nguyễn Văn A|14|true|false");
        }
    }

    /** LibreOffice prints the default proposal on a few pages, no word of a table cell broken across lines. */
    @Test
    void printsOnAFewPagesWithWholeWordsInItsCells() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(site.resolve(DOCX), Files.createDirectories(work.resolve("pdf")));
        try (PDDocument d = Loader.loadPDF(pdf.toFile()); XWPFDocument doc = PrintedDocx.open(site.resolve(DOCX))) {
            PrintedDocx.pictures(d, Path.of("target/agenda-pages"), "phieu-trinh-2023");
            assertThat(d.getNumberOfPages()).isBetween(2, 5);
            assertThat(PrintedDocx.brokenWords(doc, PrintedDocx.pages(d))).as("words broken inside a cell").isEmpty();
        }
    }
}
