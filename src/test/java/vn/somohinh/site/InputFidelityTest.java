package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/** What is written is what is shown: YAML's type guessing changes nothing, and CRLF files give the same site. */
class InputFidelityTest {
    @TempDir
    Path work;

    @Test
    void plainValuesThatYamlWouldRetypeAreShownAsWritten() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("site"));
        Path reg = root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml");
        String text = Files.readString(reg, StandardCharsets.UTF_8)
                .replace("nguoi_chu_tri: Phó Bí thư Thường trực Đảng ủy xã", "nguoi_chu_tri: 007")
                .replace("dia_ban_doi_tuong: Các bon của xã, hộ đồng bào K'Ho", "dia_ban_doi_tuong: 0755")
                .replace("  - 40 hộ tham gia", "  - no\n  - on\n  - 1.10\n  - yes");
        Files.writeString(reg, text, StandardCharsets.UTF_8);
        Path out = SiteBuild.build(root, work.resolve("out"), Map.of());
        Document page = new SiteOutput(out, "/").pages().get(out.resolve("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html"));
        assertThat(page.select(".summary dd").eachText()).contains("007", "0755");
        assertThat(page.select("h2:contains(Chỉ tiêu) + ul li").eachText()).startsWith("no", "on", "1.10", "yes");
    }

    @Test
    void crlfLineEndingsGiveExactlyTheSameProblemsAndPages() throws IOException {
        Path lf = SiteBuild.compose("site", work.resolve("lf"));
        Path crlf = SiteBuild.compose("site", work.resolve("crlf"));
        try (Stream<Path> files = Files.walk(crlf.resolve("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(f, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        Path a = SiteBuild.build(lf, work.resolve("out-lf"), Map.of());
        Path b = SiteBuild.build(crlf, work.resolve("out-crlf"), Map.of());
        // The one wanted difference: the "Ghi quyết định" panel carries the review file's own text, line ends and all.
        Path panel = b.resolve("mo-hinh/2023/xa-loc-an/ca-phe-ben-vung/index.html");
        String html = Files.readString(panel, StandardCharsets.UTF_8);
        assertThat(html).contains("\\u000d\\u000a");
        Files.writeString(panel, html.replace("\\u000d\\u000a", "\\u000a"), StandardCharsets.UTF_8);
        assertThat(Reproducibility.differences(a, b)).isEmpty();
        assertThat(SiteBuild.validateOutput(crlf)).isEqualTo(SiteBuild.validateOutput(lf));
    }
}
