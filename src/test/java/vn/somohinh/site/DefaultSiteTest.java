package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/** The site built from the shipped Bảo Lâm data: every page there, well-formed, linked, showing the real figures. */
class DefaultSiteTest {
    @TempDir
    static Path work;
    static SiteOutput site;

    @BeforeAll
    static void build() throws IOException {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        site = new SiteOutput(out, "/");
    }

    private Document page(String path) {
        return site.pages().get(site.root.resolve(path));
    }

    @Test
    void everyPageIsThereParsesAndLinksResolve() throws IOException {
        // home, models, units, directives, campaigns, form, 404, 3 content pages; 46 models, 55 units, 7 directives;
        // the 2023 campaign, its review desk and its report.
        assertThat(site.pages()).hasSize(10 + 46 + 55 + 7 + 3);
        assertThat(site.parseErrors()).isEmpty();
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void homeShowsTheCampaignAtAGlance() {
        Document home = page("index.html");
        assertThat(home.select(".stats .value").eachText()).containsExactly("53", "44", "83%", "46", "6", "9");
        assertThat(home.text()).contains("Hạn đăng ký: 10/03/2023", "Ban Tổ chức Huyện ủy");
    }

    @Test
    void listsAreCompleteAndSortedTheVietnameseWay() {
        Document models = page("mo-hinh/index.html");
        assertThat(models.select("tbody tr")).hasSize(46);
        Document units = page("don-vi/index.html");
        assertThat(units.select("tbody tr")).hasSize(55);
        var communes = units.select("table:has(caption:contains(Tổ chức cơ sở đảng)) tbody td:first-child").eachText();
        assertThat(communes.indexOf("Đảng bộ xã Lộc An")).isLessThan(communes.indexOf("Đảng bộ xã Lộc Bắc"));
        assertThat(communes.indexOf("Đảng bộ xã B'Lá")).isLessThan(communes.indexOf("Đảng bộ xã Lộc An"));
        Document directive = page("van-ban/kl-14-tw/index.html");
        assertThat(directive.select("h1").text()).isEqualTo("Kết luận số 14-KL/TW");
        assertThat(directive.text()).contains("Bộ Chính trị", "22/09/2021");
    }

    @Test
    void reviewDeskGroupsEveryWarningByUnit() {
        Document desk = page("ra-soat/2023/index.html");
        assertThat(desk.select("main h2")).hasSizeGreaterThanOrEqualTo(9 + 7);
        assertThat(desk.select("td code").eachText()).contains("late", "not-reviewed", "generic-novelty");
        assertThat(desk.select(".notice").eachText()).allMatch(t -> t.startsWith("Đơn vị chưa đăng ký"));
        assertThat(desk.select(".notice")).hasSize(9);
    }
}
