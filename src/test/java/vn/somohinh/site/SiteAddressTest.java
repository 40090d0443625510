package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * Where site.yaml gives dia_chi_trang, the links that must be absolute are: the feed's and the sitemap's, and the
 * schema the "Tạo hồ sơ" form names in a new file's first line. The published schemas are the site's own.
 */
class SiteAddressTest {
    private static final String ROOT = "https://so-mo-hinh.example.org/so-mo-hinh/";
    @TempDir
    static Path work;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        out = SiteBuild.scenario("site-address", work);
    }

    @Test
    void sitemapAndFeedLinkUnderThePublicAddress() throws IOException {
        var sitemap = Jsoup.parse(read("sitemap.xml"), "", Parser.xmlParser());
        assertThat(sitemap.select("loc").eachText()).hasSizeGreaterThan(10).allMatch(u -> u.startsWith(ROOT))
                .contains(ROOT, ROOT + "mo-hinh/2023/xa-loc-an/ca-phe-ben-vung/");
        var feed = Jsoup.parse(read("feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("link").eachAttr("href")).allMatch(u -> u.startsWith(ROOT)).contains(ROOT + "feed.xml");
    }

    @Test
    void theFormNamesTheSchemaUnderThePublicAddress() throws IOException {
        var form = Jsoup.parse(read("tao-ho-so/index.html")).getElementById("ho-so");
        assertThat(form.attr("data-schema")).isEqualTo(ROOT + "du-lieu/schema/registration.schema.json");
        assertThat(read("js/tao-ho-so.js")).contains("'# yaml-language-server: $schema=' + schema");
    }

    @Test
    void thePublishedSchemasAreMadeFromTheSitesOwnData() throws IOException {
        String registration = read("du-lieu/schema/registration.schema.json");
        // The fixture's own units and fields, not the default data's.
        assertThat(registration).contains("\"xa-loc-an\"", "\"kinh-te\"").doesNotContain("\"ban-dan-van\"");
    }

    private static String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }
}
