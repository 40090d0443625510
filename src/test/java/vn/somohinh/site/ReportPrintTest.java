package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.somohinh.cli.SiteBuild;

/**
 * The default campaign's compiled report as its readers see it: read back with POI (grids, widths, header rows,
 * fonts and sizes of a party document) and printed to PDF by LibreOffice (pages, whole words in every cell, header
 * rows on every page of a long table). The pages are kept as PNGs under target/report-pages/.
 */
class ReportPrintTest {
    @TempDir
    static Path work;
    static Path docx;

    @BeforeAll
    static void build() {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        docx = out.resolve("dot-dang-ky/2023/bao-cao-2023.docx");
    }

    static XWPFDocument open() throws IOException {
        return PrintedDocx.open(docx);
    }

    @Test
    void everyTableHasAGridWidthsAndMarkedHeaderRows() throws IOException {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getTables()).hasSizeGreaterThan(6);
            PrintedDocx.assertTablesHaveGridsAndWidths(doc);
            // The model list (the roll-up per unit follows it): its widths differ (fitted to content).
            XWPFTable models = doc.getTables().get(doc.getTables().size() - 2);
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getRow(0).getCell(1).getText()).isEqualTo("Đơn vị");
            assertThat(models.getRow(0).getCell(4).getText()).isEqualTo("Tên mô hình");
            Set<Object> widths = new LinkedHashSet<>();
            models.getCTTbl().getTblGrid().getGridColList().forEach(c -> widths.add(c.getW()));
            assertThat(widths.size()).isGreaterThan(5);
        }
    }

    @Test
    void headerSignatureAndPageAreThoseOfAPartyDocument() throws IOException {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getStyles()).isNotNull();
            XWPFTable head = doc.getTables().get(0);
            assertThat(PrintedDocx.runs(head.getRow(0).getCell(0))).containsExactly("HUYỆN ỦY BẢO LÂM|14|false|false",
                    "BAN TỔ CHỨC|14|true|false", "*|14|false|false", "Số 25-BC/BTCHU|14|false|false");
            List<String> right = PrintedDocx.runs(head.getRow(0).getCell(1));
            assertThat(right.get(0)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM|15|true|false");
            assertThat(right.get(1)).isEqualTo("Bảo Lâm, ngày 20 tháng 3 năm 2023|14|false|true");
            List<String> body = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                p.getRuns().forEach(r -> body.add(r.text() + "|" + PrintedDocx.size(r) + "|" + r.isBold()));
            }
            assertThat(body).contains("BÁO CÁO|16.0|true", "tổng hợp đăng ký mô hình mới, cách làm sáng tạo năm 2023|14.0|true");
            assertThat(body).anyMatch(s -> s.startsWith("44/53 đơn vị") && s.endsWith("|14.0|false"));
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 3);
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(0)).get(0)).isEqualTo("Nơi nhận:|14|false|false");
            assertThat(closing.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).getUnderline().name()).isEqualTo("SINGLE");
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(0)).get(1)).isEqualTo("- Thường trực Huyện ủy (để báo cáo),|12|false|false");
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(0))).last().isEqualTo("- Lưu Ban Tổ chức.|12|false|false");
            assertThat(PrintedDocx.runs(closing.getRow(0).getCell(1))).containsSubsequence("K/T TRƯỞNG BAN|14|false|false",
                    "PHÓ TRƯỞNG BAN|14|false|false", "Nguyễn Văn A|14|true|false");
            assertThat(body).anyMatch(s -> s.startsWith("Đề nghị Ban Thường vụ Huyện ủy nhắc nhở"));
            List<CTSectPr> sections = new ArrayList<>();
            doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                    .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
            sections.add(doc.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(2);
            assertThat(sections.get(0).isSetTitlePg()).as("no number on page 1").isTrue();
            assertThat(((BigInteger) sections.get(1).getPgSz().getW()).intValue()).as("landscape annex").isEqualTo(16838);
            for (CTSectPr s : sections) {
                CTPageMar m = s.getPgMar();
                assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight(), m.getHeader(), m.getFooter(), m.getGutter()))
                        .doesNotContainNull();
                assertThat(s.sizeOfHeaderReferenceArray()).isGreaterThan(0);
            }
        }
    }

    /**
     * LibreOffice prints the report on at most 9 pages (the two charts take most of one); no word of a table cell is broken across lines (every
     * space-separated word of every cell occurs whole among the PDF's words, so "17/03/2023" may not come out as
     * "17/03/2" and "023"); every page of the annex repeats the model list's header row.
     */
    @Test
    void printsOnAtMostNinePagesWithWholeWordsAndRepeatedHeaders() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(docx, work.resolve("pdf"));
        try (PDDocument d = Loader.loadPDF(pdf.toFile()); XWPFDocument doc = open()) {
            PrintedDocx.pictures(d, Path.of("target/report-pages"), "bao-cao-2023");
            assertThat(d.getNumberOfPages()).isLessThanOrEqualTo(9);
            List<String> pages = PrintedDocx.pages(d);
            List<String> broken = PrintedDocx.brokenWords(doc, pages);
            assertThat(broken).as("words broken inside a cell").isEmpty();
            assertThat(pages.get(0)).doesNotContain("\n1\n");
            int annex = 0;
            while (!pages.get(annex).contains("DANH SÁCH MÔ HÌNH ĐĂNG KÝ")) {
                annex++;
            }
            assertThat(pages.size() - annex).as("the annex spans pages").isGreaterThan(1);
            List<String> header = headerWords(doc, 2);
            List<String> rollUp = headerWords(doc, 1);
            for (int i = annex + 1; i < pages.size(); i++) {
                String[] lines = pages.get(i).split("\n");
                assertThat(lines[0].strip()).as("page number").isEqualTo(String.valueOf(i + 1));
                assertThat(lines[1]).as("page " + (i + 1) + " starts with the header row").startsWith("STT ");
                List<String> words = List.of(pages.get(i).split("\\s+"));
                assertThat(words.containsAll(header) || words.containsAll(rollUp)).as("page " + (i + 1) + " repeats a header").isTrue();
            }
            assertThat(pages.get(pages.size() - 1)).as("the roll-up per unit ends the annex, with its total")
                    .contains("Văn phòng HĐND và UBND huyện").contains("Tổng");
            assertThat(String.join("\n", pages)).contains("TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ NĂM 2023");
        }
    }

    /** The words of the header row of the table {@code fromEnd} places from the document's end (1: the last). */
    private static List<String> headerWords(XWPFDocument doc, int fromEnd) {
        return List.of(String.join(" ", doc.getTables().get(doc.getTables().size() - fromEnd).getRow(0)
                .getTableCells().stream().map(XWPFTableCell::getText).toList()).split(" "));
    }
}
