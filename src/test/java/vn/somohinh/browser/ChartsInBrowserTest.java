package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.somohinh.cli.SiteBuild;

/**
 * The charts of the home and campaign pages in Chromium, on a desktop and on a phone: each is an image named by its
 * title and described by its summary, every label and value lies inside the drawing (none cut off at its edge), and
 * a value is written beside every bar.
 */
class ChartsInBrowserTest {
    @TempDir
    static Path work;
    static StaticServer server;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
        server = new StaticServer(SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000")), "/");
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

    @Test
    void chartsAreNamedImagesWhoseTextFitsOnADesktopAndAPhone() throws Exception {
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                Browser.phone(chrome);
            } else {
                Browser.desktop(chrome);
            }
            for (Map.Entry<String, Integer> page : Map.of("", 4, "dot-dang-ky/2023/", 4, "qua-cac-nam/", 2,
                    "don-vi/xa-loc-an/", 1, "dot-dang-ky/2023/bao-cao/", 2).entrySet()) {
                chrome.get(server.url() + page.getKey());
                List<WebElement> charts = chrome.findElements(By.cssSelector("figure.chart svg[role=img]"));
                assertThat(charts).as(page.getKey()).hasSize(page.getValue());
                for (WebElement svg : charts) {
                    String title = svg.findElement(By.tagName("title")).getAttribute("textContent");
                    String desc = svg.findElement(By.tagName("desc")).getAttribute("textContent");
                    assertThat(svg.getAccessibleName()).isEqualTo(title);
                    assertThat(desc).matches(".*\\d.*\\.");
                    assertThat(svg.getRect().getWidth()).as("fits the screen").isLessThanOrEqualTo(
                            ((Number) ((JavascriptExecutor) chrome).executeScript("return document.documentElement.clientWidth")).intValue());
                    Object outside = ((JavascriptExecutor) chrome).executeScript("""
                            const svg = arguments[0], w = svg.viewBox.baseVal.width;
                            return [...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox();
                              return b.x < 0 || b.x + b.width > w; }).map(t => t.textContent);""", svg);
                    assertThat((List<?>) outside).as(title + (phone ? " on a phone" : "")).isEmpty();
                    int bars = svg.findElements(By.cssSelector("rect[fill='#1f4e8c']")).size();
                    int texts = svg.findElements(By.tagName("text")).size();
                    assertThat(texts).as("a label and a value per row").isEven().isGreaterThanOrEqualTo(2 * bars);
                }
            }
            chrome.get(server.url());
            ((JavascriptExecutor) chrome).executeScript("document.querySelector('figure.chart').scrollIntoView()");
            Browser.screenshot(chrome, phone ? "bieu-do-dien-thoai" : "bieu-do");
        }
    }
}
