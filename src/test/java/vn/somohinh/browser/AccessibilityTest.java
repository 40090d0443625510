package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core, run inside the browser, finds no WCAG 2.1 A/AA violation on any kind of page, desktop or phone. */
class AccessibilityTest {
    static StaticServer server;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
        server = new StaticServer(BuiltSite.defaultSite(), "/");
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "mo-hinh/", "mo-hinh/?q=ca+phe&trang-thai=dang-trien-khai",
            "mo-hinh/2023/xa-loc-lam/thanh-nien-trong-thong/", "mo-hinh/2023/xa-tan-lac/muoi-ho-lien-ke/",
            "mo-hinh/2023/xa-loc-phu/cong-an-ninh-van-hoa/",
            "don-vi/", "don-vi/xa-loc-an/", "van-ban/", "van-ban/kl-14-tw/", "dot-dang-ky/", "qua-cac-nam/", "dot-dang-ky/2023/",
            "ra-soat/2023/", "dot-dang-ky/2023/cho-quyet-dinh/", "dot-dang-ky/2023/bao-cao/", "tao-ho-so/", "huong-dan-dang-ky/", "quan-tri-kho/", "cong-van-854-cv-hu/", "gioi-thieu/", "khong-co-trang-nay/"})
    void noViolations(String page) {
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                Browser.phone(chrome);
            } else {
                Browser.desktop(chrome);
            }
            chrome.get(server.url() + page);
            if (page.startsWith("mo-hinh/") && !page.contains("20")) {
                new WebDriverWait(chrome, Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.id("tim-kiem")).isDisplayed());
            }
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(chrome);
            assertThat(describe(results.getViolations())).as("%s (%s)", page, phone ? "phone" : "desktop").isEmpty();
        }
        Browser.desktop(chrome);
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " → " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .toList();
    }
}
