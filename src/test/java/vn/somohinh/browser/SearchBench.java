package vn.somohinh.browser;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures search on a built site in headless Chromium: the search file's size, the time until the panel is ready,
 * the time from the first keystroke to the first results, and each further keystroke, before and after the index is
 * built. A benchmark, not a test: {@code bench/search.sh} runs it on a 50,000-model site.
 * Usage: SearchBench SITE_DIR
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        byte[] json = Files.readAllBytes(site.resolve("du-lieu/mo-hinh.json"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json);
        }
        System.out.printf(Locale.ROOT, "search data: %.2f MB, %.2f MB gzipped; models page: %.1f MB%n",
                json.length / 1e6, gz.size() / 1e6, Files.size(site.resolve("mo-hinh/index.html")) / 1e6);
        ChromeDriver chrome = Browser.start();
        try (StaticServer server = new StaticServer(site, "/")) {
            chrome.get(server.url() + "mo-hinh/");
            new WebDriverWait(chrome, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("tim-kiem")).isDisplayed());
            JavascriptExecutor js = chrome;
            System.out.printf(Locale.ROOT, "panel ready %.0f ms after navigation start%n",
                    ((Number) js.executeScript("return performance.getEntriesByName('so-mo-hinh:san-sang')[0].startTime;")).doubleValue());
            js.executeScript("""
                    window.__t = {down: [], shown: []};
                    document.getElementById('tu-khoa').addEventListener('keydown', function () {
                      window.__t.down.push(performance.now()); }, true);
                    new MutationObserver(function () { window.__t.shown.push(performance.now()); })
                      .observe(document.getElementById('bang-mo-hinh'), {childList: true});
                    """);
            WebElement box = chrome.findElement(By.id("tu-khoa"));
            report(chrome, box, "ca phe loc", "while the index builds");
            new WebDriverWait(chrome, Duration.ofSeconds(120)).until(d -> ((Number) js.executeScript(
                    "return performance.getEntriesByName('so-mo-hinh:da-lap-chi-muc').length;")).intValue() > 0);
            System.out.printf(Locale.ROOT, "index built %.0f ms after navigation start%n",
                    ((Number) js.executeScript("return performance.getEntriesByName('so-mo-hinh:da-lap-chi-muc')[0].startTime;")).doubleValue());
            box.clear();
            js.executeScript("window.__t.down = []; window.__t.shown = [];");
            report(chrome, box, "dan van kheo", "once the index is built");
            box.clear();
            js.executeScript("window.__t.down = []; window.__t.shown = [];");
            report(chrome, box, "camra an ninh", "a typo, answered by MiniSearch");
        } finally {
            chrome.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static void report(ChromeDriver chrome, WebElement box, String text, String what) throws InterruptedException {
        for (char c : text.toCharArray()) {
            box.sendKeys(String.valueOf(c));
            Thread.sleep(150);
        }
        Thread.sleep(500);
        JavascriptExecutor js = chrome;
        List<Number> down = (List<Number>) js.executeScript("return window.__t.down;");
        List<Number> shown = (List<Number>) js.executeScript("return window.__t.shown;");
        StringBuilder line = new StringBuilder();
        int j = 0;
        double max = 0;
        double first = -1;
        for (Number d : down) {
            while (j < shown.size() && shown.get(j).doubleValue() < d.doubleValue()) {
                j++;
            }
            if (j < shown.size()) {
                double ms = shown.get(j).doubleValue() - d.doubleValue();
                line.append(String.format(Locale.ROOT, " %.0f", ms));
                if (first < 0) {
                    first = ms;
                } else {
                    max = Math.max(max, ms);
                }
            }
        }
        System.out.printf(Locale.ROOT, "typing \"%s\" %s: first keystroke → results %.0f ms; further keystrokes max %.0f ms;"
                + " each (ms):%s%n", text, what, first, max, line);
    }
}
