package vn.somohinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With three campaigns (the bench generator), "Qua các năm" shows each year's figures, and they are the campaign
 * pages' own: coverage, models, approved, reached tổng kết, grades, the share on time; the home page has the block.
 */
class YearsPageTest {
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = GeneratedSite.built(work, new RegistryGenerator(3, 0), 120, 3, "1704042000");
    }

    @Test
    void eachYearsFiguresAreThoseOfItsCampaignPage() throws IOException {
        Document years = page("qua-cac-nam/index.html");
        List<Element> rows = years.select("table tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th").text()).containsExactly("2021", "2022", "2023");
        for (Element row : rows) {
            String year = row.selectFirst("th").text();
            List<String> cells = row.select("td").stream().map(Element::text).toList();
            Document campaign = page("dot-dang-ky/" + year + "/index.html");
            List<String> coverage = foot(campaign, "Tỷ lệ đơn vị đã đăng ký theo loại đơn vị");
            List<String> rollUp = foot(campaign, "Tổng hợp kết quả theo đơn vị");
            assertThat(cells.subList(0, 3)).as(year + ": required, registered, share").isEqualTo(coverage);
            assertThat(cells.get(3)).as(year + ": models").isEqualTo(rollUp.get(1));
            assertThat(cells.get(4)).as(year + ": approved").isEqualTo(rollUp.get(2));
            assertThat(cells.get(5)).as(year + ": tổng kết").isEqualTo(rollUp.get(5));
            int grades = cells.size() - 7;
            assertThat(grades).isPositive();
            assertThat(cells.subList(7, 7 + grades)).as(year + ": grades").isEqualTo(rollUp.subList(7, 7 + grades));
            int models = Integer.parseInt(cells.get(3));
            int late = Integer.parseInt(campaign.selectFirst("h2#dang-ky-muon").text().replaceAll("\\D", ""));
            assertThat(cells.get(6)).as(year + ": on time").isEqualTo(percent(models - late, models));
        }
        assertThat(years.select("figure.chart svg[role=img]")).hasSize(2);
        Document home = page("index.html");
        assertThat(home.select("h2").eachText()).contains("Qua các năm");
        assertThat(home.select("a[href$=qua-cac-nam/]")).isNotEmpty();
    }

    /** As the site writes a share: "83%", "64,3%". */
    private static String percent(int part, int whole) {
        long tenths = Math.round(part * 1000.0 / whole);
        return (tenths / 10) + (tenths % 10 == 0 ? "" : "," + (tenths % 10)) + "%";
    }

    private static List<String> foot(Document page, String caption) {
        for (Element table : page.select("table")) {
            Element c = table.selectFirst("caption");
            if (c != null && c.text().startsWith(caption)) {
                // Every cell, a blank one too (eachText would skip it and shift the columns).
                return new ArrayList<>(table.select("tfoot td").stream().map(Element::text).toList());
            }
        }
        throw new AssertionError("no table " + caption);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), StandardCharsets.UTF_8.name());
    }
}
