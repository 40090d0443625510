package vn.somohinh.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text in the pull-request summary stays text: no table break, no markup, no HTML. */
class ChangeMarkdownTest {
    @Test
    void cellsEscapeMarkdownAndHtml() {
        assertThat(ChangeMarkdown.cell("a | b <script>x</script> *đậm* _nghiêng_ `mã` [liên kết](javascript:x)\ndòng"))
                .isEqualTo("a \\| b &lt;script&gt;x&lt;/script&gt; \\*đậm\\* \\_nghiêng\\_ \\`mã\\` \\[liên kết\\](javascript:x) dòng");
    }

    @Test
    void longValuesAreShortenedByCharacters() {
        assertThat(Changes.shorten("ệ".repeat(100))).hasSize(60).endsWith("…");
        assertThat(Changes.shorten("ngắn")).isEqualTo("ngắn");
    }
}
