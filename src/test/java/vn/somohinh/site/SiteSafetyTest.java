package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/** Hostile text in every field comes out as text; the site works under a path prefix; builds are reproducible. */
class SiteSafetyTest {
    private static final String P = "<script>alert(\"P\")</script><img src=x onerror=alert(1)>\"'&amp;";
    @TempDir
    Path work;

    @Test
    void payloadsInEveryFieldOfEveryFileKindComeOutEscaped() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("site"));
        Payloads.writeInto(root.resolve("data"), P);
        Path out = SiteBuild.build(root, work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        SiteOutput site = new SiteOutput(out, "/");
        assertThat(site.parseErrors()).isEmpty();
        int seen = 0;
        for (Map.Entry<Path, Document> page : site.pages().entrySet()) {
            Document doc = page.getValue();
            assertThat(doc.select("img, iframe, object, embed, script:not([src])")).as(page.getKey().toString()).isEmpty();
            // The only scripts are the site's own files.
            assertThat(doc.select("script").eachAttr("src")).as(page.getKey().toString())
                    .allMatch(src -> src.endsWith("vendor/minisearch/minisearch.js") || src.endsWith("js/tim-kiem.js")
                            || src.endsWith("js/tao-ho-so.js") || src.endsWith("js/ghi-quyet-dinh.js")
                            || src.endsWith("js/kho.js"));
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertThat(a.getKey()).as(page.getKey() + " " + el.tagName()).doesNotStartWith("on");
                }
            }
            for (Element a : doc.select("[href], [src]")) {
                String url = (a.hasAttr("href") ? a.attr("href") : a.attr("src")).strip().toLowerCase(Locale.ROOT);
                assertThat(url).as(page.getKey().toString()).doesNotStartWith("javascript").doesNotStartWith("data:")
                        .doesNotStartWith("vbscript");
            }
            if (doc.text().contains("<script>alert(\"P\")</script>")) {
                seen++;
            }
        }
        assertThat(seen).as("pages showing the payload as text").isGreaterThan(10);
        for (String xml : List.of("feed.xml", "sitemap.xml")) {
            Document doc = Jsoup.parse(Files.readString(out.resolve(xml)), "", Parser.xmlParser());
            assertThat(doc.select("script")).isEmpty();
        }
        Document model = site.pages().get(out.resolve("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html"));
        assertThat(model.select(".prose a").eachAttr("href")).allMatch(h -> h.isEmpty() || h.startsWith("https://"));
    }

    @Test
    void linksWorkUnderAPathPrefix() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("site"));
        Path siteYaml = root.resolve("data/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml) + "duong_dan_goc: /so-mo-hinh/\n", StandardCharsets.UTF_8);
        Path out = SiteBuild.build(root, work.resolve("out"), Map.of());
        SiteOutput site = new SiteOutput(out, "/so-mo-hinh/");
        assertThat(site.brokenLinks()).isEmpty();
        Document notFound = site.pages().get(out.resolve("404.html"));
        assertThat(notFound.select("main a, nav a").eachAttr("href")).isNotEmpty()
                .allMatch(h -> h.startsWith("/so-mo-hinh/"));
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).allMatch(l -> l.startsWith("/so-mo-hinh/"))
                .contains("/so-mo-hinh/mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/", "/so-mo-hinh/huong-dan-dang-ky/");
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheZoneAndLocale() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("site"));
        Path first = SiteBuild.build(root, work.resolve("a"), Map.of());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Path second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            second = SiteBuild.build(root, work.resolve("b"), Map.of());
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertThat(files(second)).isEqualTo(files(first));
        for (String f : files(first)) {
            assertThat(Files.readAllBytes(second.resolve(f))).as(f).isEqualTo(Files.readAllBytes(first.resolve(f)));
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList());
        }
    }
}
