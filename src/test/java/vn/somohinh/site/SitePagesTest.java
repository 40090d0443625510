package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.somohinh.cli.SiteBuild;

/**
 * The pages of the small "site" fixture: golden HTML for the key pages (rewrite with -Dgolden.update=true and read
 * the diff), every page well-formed and in Vietnamese, every internal link and anchor alive.
 */
class SitePagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-html");
    @TempDir
    static Path work;
    static SiteOutput site;

    @BeforeAll
    static void build() throws IOException {
        site = new SiteOutput(SiteBuild.scenario("site", work), "/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "mo-hinh/index.html", "mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html",
            "don-vi/index.html", "don-vi/xa-loc-bac/index.html", "van-ban/index.html", "van-ban/kl-14-tw/index.html",
            "dot-dang-ky/index.html", "dot-dang-ky/2023/index.html", "ra-soat/2023/index.html",
            "dot-dang-ky/2023/cho-quyet-dinh/index.html", "404.html",
            "feed.xml", "sitemap.xml"})
    void keyPagesMatchGolden(String page) throws IOException {
        String actual = Files.readString(site.root.resolve(page), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The agenda with models waiting, from the "agenda" fixture (the "site" fixture has none waiting). */
    @Test
    void agendaPageMatchesGolden(@TempDir Path own) throws IOException {
        Path out = SiteBuild.scenario("agenda", own);
        String actual = Files.readString(out.resolve("dot-dang-ky/2023/cho-quyet-dinh/index.html"), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve("agenda_dot-dang-ky_2023_cho-quyet-dinh_index.html");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyPageParsesAndIsAVietnamesePageWithOneHeading() {
        assertThat(site.pages()).hasSizeGreaterThan(15);
        assertThat(site.parseErrors()).isEmpty();
        site.pages().forEach((file, doc) -> {
            assertThat(doc.select("html").attr("lang")).as(file.toString()).isEqualTo("vi");
            assertThat(doc.title()).as(file.toString()).isNotBlank();
            assertThat(doc.select("h1")).as(file.toString()).hasSize(1);
            assertThat(doc.getElementById("noi-dung")).as(file.toString()).isNotNull();
            assertThat(doc.select("a.skip-link[href=#noi-dung]")).as(file.toString()).hasSize(1);
        });
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void contentPagesAreBakedByJBake() {
        Document guide = site.pages().get(site.root.resolve("huong-dan-dang-ky/index.html"));
        assertThat(guide.select("h1").text()).isEqualTo("Hướng dẫn đăng ký");
        assertThat(guide.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("Hướng dẫn đăng ký");
        Document dispatch = site.pages().get(site.root.resolve("cong-van-854-cv-hu/index.html"));
        assertThat(dispatch.text()).contains("trước ngày 10/3/2023", "Nguyễn Trung Kiên");
        assertThat(site.pages()).containsKey(site.root.resolve("gioi-thieu/index.html"));
    }

    @Test
    void jbakeNeverReadsOurDataFolderNorLeavesWorkFilesBehind() throws IOException {
        try (var top = Files.list(site.root)) {
            assertThat(top.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "404.html", "cong-van-854-cv-hu", "css", "don-vi", "dot-dang-ky", "du-lieu", "feed.xml",
                    "gioi-thieu", "huong-dan-dang-ky", "index.html", "js", "mo-hinh", "qua-cac-nam", "quan-tri-kho", "ra-soat",
                    "sitemap.xml",
                    "tao-ho-so", "van-ban", "vendor");
        }
        try (var beside = Files.list(site.root.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("out", "site");
        }
    }

    @Test
    void modelPageShowsEveryFieldReadably() {
        Document page = site.pages().get(site.root.resolve("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html"));
        assertThat(page.select("h1").text()).isEqualTo("Trồng dâu nuôi tằm trong đồng bào dân tộc thiểu số");
        assertThat(page.select(".tag").eachText()).contains("Đã tổng kết", "Muộn");
        assertThat(page.text()).contains("50.000.000 đồng", "120.000.000 đồng", "15/03/2023", "Xếp loại: Tốt",
                "Bổ sung danh sách hộ tham gia", "K'Brèo", "đăng ký ngày 15/03/2023, sau hạn 10/03/2023");
        assertThat(page.select(".prose strong").eachText()).contains("thấp");
        assertThat(page.select(".prose ul li").eachText()).contains("Chuyển 20 ha cà phê kém hiệu quả sang trồng dâu");
        assertThat(page.select("a[href=../../../../van-ban/kl-14-tw/]")).isNotEmpty();
        assertThat(page.select("time[datetime=2023-03-15]")).isNotEmpty();
    }

    @Test
    void campaignPageCountsCoverageAndNamesTheMissingAndTheLate() {
        Document page = site.pages().get(site.root.resolve("dot-dang-ky/2023/index.html"));
        List<String> total = page.select("table:has(caption:contains(Tỷ lệ đơn vị)) tfoot td").eachText();
        assertThat(total).containsExactly("3", "2", "66,7%");
        assertThat(page.select("#chua-dang-ky + ul a").eachText()).containsExactly("Đảng bộ xã Lộc Nam");
        assertThat(page.select("table:has(caption:contains(sau hạn)) tbody tr")).hasSize(1);
    }
}
