package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.somohinh.cli.ServeSite;

/**
 * {@code serve} seen in Chromium: an open page reloads itself after a save and shows the new text; a broken save
 * puts the problems at the top of the page, and that banner passes axe (WCAG 2.1 A/AA and best practice).
 */
class ServeInBrowserTest {
    private static final String FILE = "data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml";

    @Test
    void theOpenPageReloadsAfterASaveAndShowsTheProblemsOfABrokenOne(@TempDir Path tmp) throws Exception {
        ChromeDriver chrome = Browser.start();
        Path root = ServeSite.copyOfDefaultSite(tmp.resolve("site"));
        try (ServeSite serve = ServeSite.start(root, root.resolve("target/site"))) {
            chrome.get(serve.address().resolve("/mo-hinh/2023/ban-dan-van/dan-van-kheo-nong-thon-moi/").toString());
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(90));
            wait.until(d -> chrome.executeScript("return document.readyState").equals("complete"));
            chrome.executeScript("window.chuaTaiLai = true;");

            edit(root, "ten_mo_hinh: Dân vận khéo", "ten_mo_hinh: Dân vận khéo đã sửa trong trình duyệt");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("đã sửa trong trình duyệt"));
            assertThat(chrome.executeScript("return window.chuaTaiLai === undefined")).isEqualTo(true);

            edit(root, "ten_mo_hinh: ", "ten_mo_hinhx: ");
            wait.until(d -> !d.findElements(By.cssSelector("section.smh-xem-truoc-loi")).isEmpty());
            assertThat(chrome.findElement(By.cssSelector("section.smh-xem-truoc-loi")).getText())
                    .contains(FILE + ":3:1: error: ").contains("[unknown-key]");
            assertThat(chrome.findElement(By.tagName("h1")).getText()).contains("đã sửa trong trình duyệt");
            wait.until(d -> ((Number) chrome.executeScript("return window.scrollY")).intValue() == 0);
            Browser.screenshot(chrome, "serve-banner");
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(chrome);
            assertThat(describe(results.getViolations())).isEmpty();
        } finally {
            chrome.quit();
        }
    }

    private static void edit(Path root, String from, String to) throws java.io.IOException {
        Path file = root.resolve(FILE);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " → " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .toList();
    }
}
