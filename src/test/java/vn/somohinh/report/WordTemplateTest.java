package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A POI-made frame filled as text: the body in place of its marker, marker words replaced, other parts kept. */
class WordTemplateTest {

    private static byte[] frame() throws IOException {
        WordPage page = new WordPage();
        WordText.run(WordText.paragraph(page.doc(), ParagraphAlignment.CENTER, 0, 0), "§TÊN§", 14);
        WordText.run(WordText.paragraph(page.doc(), ParagraphAlignment.LEFT, 0, 0), "§THÂN§", 14);
        WordText.run(WordText.paragraph(page.doc(), ParagraphAlignment.LEFT, 0, 0), "Cuối §TÊN§", 14);
        return page.bytes("2023-03-20", "t", "t");
    }

    @Test
    void theBodyTakesTheMarkersPlaceAndWordsAreEscapedOnlyInTheFrame() throws IOException {
        WordTemplate t = new WordTemplate(frame(), "§THÂN§");
        String body = WordXml.body(WordXml.run("Nội dung <b> & §TÊN§", WordXml.size(14)));
        byte[] filled = t.fill(body, Map.of("§TÊN§", "Xã Lộc Bắc <&>"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).startsWith(
                    "Xã Lộc Bắc <&>", "Nội dung <b> & §TÊN§", "Cuối Xã Lộc Bắc <&>");
        }
        assertThat(t.fill(body, Map.of("§TÊN§", "A"))).as("the same input, the same bytes")
                .isEqualTo(t.fill(body, Map.of("§TÊN§", "A")));
    }

    @Test
    void everyPartButTheDocumentIsKeptByteForByte() throws IOException {
        byte[] frame = frame();
        Map<String, byte[]> before = ReproducibleZip.entries(frame);
        Map<String, byte[]> after = ReproducibleZip.entries(new WordTemplate(frame, "§THÂN§").fill("", Map.of()));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((name, bytes) -> {
            if (!name.equals("word/document.xml")) {
                assertThat(after.get(name)).as(name).isEqualTo(bytes);
            }
        });
    }

    @Test
    void aFrameWithoutItsMarkerIsRefused() {
        assertThatThrownBy(() -> new WordTemplate(frame(), "§KHÁC§")).isInstanceOf(IllegalArgumentException.class);
    }
}
