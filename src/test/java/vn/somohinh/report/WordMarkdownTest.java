package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Markdown written by units and the committee, as Word paragraphs read back with POI. */
class WordMarkdownTest {

    private static List<XWPFParagraph> read(String markdown) throws IOException {
        WordPage page = new WordPage();
        WordText.paragraphs(page.doc(), WordMarkdown.paragraphs(markdown, 14));
        XWPFDocument back = new XWPFDocument(new ByteArrayInputStream(page.bytes("2023-03-20", "t", "t")));
        // Body text takes the styles part's defaults: Times New Roman 14.
        assertThat(back.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
        return back.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).toList();
    }

    @Test
    void paragraphsListsAndEmphasisBecomeWordParagraphsAndRuns() throws IOException {
        List<XWPFParagraph> ps = read("""
                Mục tiêu **chính** của mô hình
                là *giảm* hộ nghèo.

                - Khảo sát hộ
                - Hỗ trợ giống

                1. Bước một
                2. Bước hai
                """);
        assertThat(ps).extracting(XWPFParagraph::getText).containsExactly(
                "Mục tiêu chính của mô hình là giảm hộ nghèo.", "- Khảo sát hộ", "- Hỗ trợ giống",
                "1. Bước một", "2. Bước hai");
        XWPFParagraph first = ps.get(0);
        assertThat(first.getIndentationFirstLine()).isEqualTo(567);
        XWPFRun strong = first.getRuns().stream().filter(r -> r.text().equals("chính")).findFirst().orElseThrow();
        XWPFRun em = first.getRuns().stream().filter(r -> r.text().equals("giảm")).findFirst().orElseThrow();
        assertThat(strong.isBold()).isTrue();
        assertThat(em.isItalic()).isTrue();
        assertThat(first.getRuns()).allSatisfy(r -> {
            assertThat(r.getFontFamily()).as("the default font").isNull();
            assertThat(r.getFontSizeAsDouble()).as("the default size").isNull();
        });
        String small = WordMarkdown.paragraphs("chữ nhỏ", 12);
        assertThat(small).contains("<w:sz w:val=\"24\"/>");
        assertThat(ps.get(1).getIndentationHanging()).isPositive();
    }

    @Test
    void rawHtmlAndLinksAreWrittenAsTextNothingRuns() throws IOException {
        String xml = WordMarkdown.paragraphs("<script>alert(1)</script>\n\nXem [hướng dẫn](https://a.vn/x?a=1&b=2) & <b>đậm</b>", 14);
        assertThat(xml).doesNotContain("<script").doesNotContain("<b>").contains("&lt;script&gt;")
                .doesNotContain("hyperlink");
        List<XWPFParagraph> ps = read("<script>alert(1)</script>\n\nXem [hướng dẫn](https://a.vn/x?a=1&b=2) & <b>đậm</b>");
        assertThat(ps).extracting(XWPFParagraph::getText).containsExactly("<script>alert(1)</script>",
                "Xem hướng dẫn (https://a.vn/x?a=1&b=2) & <b>đậm</b>");
    }

    @Test
    void noTextGivesNoParagraphsAndTheDocumentABlankToFillIn() throws IOException {
        assertThat(WordMarkdown.paragraphs(null, 14)).isEmpty();
        assertThat(WordMarkdown.paragraphs(" \n ", 14)).isEmpty();
        assertThat(read(null)).extracting(XWPFParagraph::getText).containsExactly(WordText.BLANK.repeat(3));
    }
}
