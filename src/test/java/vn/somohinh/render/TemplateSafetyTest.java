package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template configuration escapes by construction and runs no code; the policy refuses every opt-out. */
class TemplateSafetyTest {
    @TempDir
    Path dir;

    @Test
    void theProjectsTemplatesRespectThePolicy() throws IOException {
        assertThat(TemplatePolicy.violations(Path.of("templates"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${x?no_esc}", "<#noautoesc>${x}</#noautoesc>", "<#ftl output_format=\"plainText\">${x}",
            "${\"1+1\"?eval}", "<#assign t = \"${x}\"?interpret><@t/>", "${\"freemarker.template.utility.Execute\"?new()}",
            "${x?api.class}"})
    void everyOptOutIsRefusedBeforeABuild(String body) throws IOException {
        Files.writeString(dir.resolve("bad.ftlh"), body);
        assertThat(TemplatePolicy.violations(dir)).hasSize(1);
        assertThatThrownBy(() -> TemplatePolicy.enforce(dir)).hasMessageContaining("bad.ftlh:1");
    }

    @Test
    void valuesAreEscapedAndClassesCannotBeInstantiated() throws Exception {
        Files.writeString(dir.resolve("a.ftlh"), "<p title=\"${x}\">${x}</p>");
        Files.writeString(dir.resolve("b.ftlh"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        Files.writeString(dir.resolve("c.ftlh"), "${x?api.getClass()}");
        Configuration cfg = Templates.forFolder(dir);
        StringWriter out = new StringWriter();
        cfg.getTemplate("a.ftlh").process(Map.of("x", "<script>\"'&"), out);
        assertThat(out.toString()).isEqualTo("<p title=\"&lt;script&gt;&quot;&#39;&amp;\">&lt;script&gt;&quot;&#39;&amp;</p>");
        Template b = cfg.getTemplate("b.ftlh");
        assertThatThrownBy(() -> b.process(Map.of(), new StringWriter())).hasMessageContaining("Execute");
        Template c = cfg.getTemplate("c.ftlh");
        assertThatThrownBy(() -> c.process(Map.of("x", java.util.List.of()), new StringWriter()))
                .hasMessageContaining("api");
    }

    @Test
    void markdownKeepsOnlyWebLinksAndNoRawHtml() {
        String html = Markdown.toHtml("<script>x</script>\n\nVăn bản [a](javascript:alert(1)) [b](JavaScript:x) "
                + "[c](javascript&#58;x) [d](&#106;avascript:x) [e](data:text/html,x) [v](vbscript:x) [r](../x) "
                + "[f](https://example.vn/ok) <img src=x onerror=alert(1)> <a href=\"javascript:x\">h</a> "
                + "![g](https://example.vn/p.png) ![k](javascript:x)\n\n# Tiêu đề");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly("https://example.vn/ok", "https://example.vn/p.png");
        assertThat(doc.select("p").get(1).text()).contains("a b c d e v r f", "<a href=\"javascript:x\">h</a> g k");
        assertThat(html).contains("&lt;script&gt;", "<h3>Tiêu đề</h3>");
    }
}
