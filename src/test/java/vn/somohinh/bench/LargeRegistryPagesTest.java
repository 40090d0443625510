package vn.somohinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry of about 1,250 models in one year, every one citing Kết luận 14-KL/TW: the campaign's page and the
 * directive's page link to the models page filtered by the year or the directive instead of holding a table of
 * more than 1,000 rows. (A directive cited less often keeps its table: the golden page van-ban/kl-14-tw/ of the
 * default data, SitePagesTest.)
 */
class LargeRegistryPagesTest {
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = GeneratedSite.built(work, new RegistryGenerator(7, 0.8), 1200, 1, "1640995200");
    }

    @Test
    void aDirectiveCitedByMoreThanAThousandModelsLinksToTheFilteredModelsPage() throws IOException {
        Document page = Jsoup.parse(site.resolve("van-ban/kl-14-tw/index.html").toFile(), "UTF-8");
        assertThat(page.select("main table")).isEmpty();
        assertThat(page.select("main a[href$=mo-hinh/?van-ban=kl-14-tw]")).singleElement()
                .satisfies(a -> assertThat(a.text()).matches("Tìm và lọc \\d\\.\\d{3} mô hình căn cứ kết luận số 14-KL/TW"));
    }

    @Test
    void aCampaignOfMoreThanAThousandModelsLinksToTheModelsPageOfItsYear() throws IOException {
        Document page = Jsoup.parse(site.resolve("dot-dang-ky/2021/index.html").toFile(), "UTF-8");
        assertThat(page.select("#mo-hinh + p a").attr("href")).endsWith("mo-hinh/?nam=2021");
        assertThat(page.select("#mo-hinh ~ .table-wrap caption").eachText())
                .noneMatch(c -> c.startsWith("Mô hình đăng ký trong đợt"));
    }
}
