package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.somohinh.text.Fold;
import vn.somohinh.text.FoldTest;

/** Search and filters on the models page, in a real browser, against the default data served over HTTP. */
class SearchInBrowserTest {
    static StaticServer server;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
        server = new StaticServer(BuiltSite.defaultSite(), "/so-mo-hinh/");
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

    @BeforeEach
    void desktop() {
        Browser.desktop(chrome);
        Browser.print(chrome, false);
    }

    private void openModels(String query) {
        chrome.get(server.url() + "mo-hinh/" + query);
        waitFor(() -> chrome.findElement(By.id("tim-kiem")).isDisplayed());
    }

    private void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .withMessage(() -> "at " + chrome.getCurrentUrl() + ", caption: " + caption())
                .until(d -> condition.get());
    }

    private List<String> names() {
        return chrome.findElements(By.cssSelector("#bang-mo-hinh tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private String caption() {
        return chrome.findElement(By.cssSelector("#bang-mo-hinh caption")).getText();
    }

    @Test
    void foldingInTheBrowserEqualsJava() throws Exception {
        openModels("");
        for (String[] v : FoldTest.vectors()) {
            Object js = ((JavascriptExecutor) chrome).executeScript("return window.SoMoHinh.fold(arguments[0]);", v[0]);
            assertThat(js).as(v[0]).isEqualTo(v[1]).isEqualTo(Fold.fold(v[0]));
            Object fast = ((JavascriptExecutor) chrome).executeScript("return window.SoMoHinh.fastFold(arguments[0]);", v[0]);
            assertThat(fast).as("fastFold " + v[0]).isEqualTo(v[1]);
        }
        // The fast path agrees with fold() on every character up to U+2000 and on its own tables.
        Object disagreements = ((JavascriptExecutor) chrome).executeScript("""
                var bad = [];
                for (var c = 0x20; c < 0x2000; c++) {
                  var s = 'Ab' + String.fromCharCode(c) + 'ẮỳĐ';
                  if (window.SoMoHinh.fastFold(s) !== window.SoMoHinh.fold(s)) { bad.push(c.toString(16)); }
                }
                return bad.join(',');""");
        assertThat(disagreements).isEqualTo("");
    }

    @Test
    void searchWithoutDiacriticsFindsVietnameseNames() throws Exception {
        openModels("");
        WebElement box = chrome.findElement(By.id("tu-khoa"));
        box.sendKeys("loc thang");
        waitFor(() -> caption().startsWith("Kết quả"));
        // Both models of Lộc Thắng come first (the unit's name weighs more than words in the text).
        List<String> units = chrome.findElements(By.cssSelector("#bang-mo-hinh tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(units.subList(0, 2)).containsOnly("Đảng bộ thị trấn Lộc Thắng");
        box.clear();
        box.sendKeys("dan van kheo");
        waitFor(() -> names().stream().allMatch(n -> Fold.fold(n).contains("dan van kheo")));
        assertThat(names()).hasSizeGreaterThanOrEqualTo(3);
        waitFor(() -> chrome.findElement(By.id("ket-qua")).getText().startsWith("Tìm thấy"));
        Browser.screenshot(chrome, "tim-kiem-dan-van-kheo");
    }

    @Test
    void aTypoIsForgivenOnceTheIndexIsBuilt() {
        openModels("");
        waitFor(() -> ((Number) ((JavascriptExecutor) chrome).executeScript(
                "return performance.getEntriesByName('so-mo-hinh:da-lap-chi-muc').length;")).intValue() > 0);
        chrome.findElement(By.id("tu-khoa")).sendKeys("camra an ninh");
        waitFor(() -> caption().startsWith("Kết quả") && !names().isEmpty());
        assertThat(names()).allMatch(n -> Fold.fold(n).contains("camera"));
    }

    @Test
    void filtersCombineCountLiveAndLiveInTheUrl() throws Exception {
        openModels("");
        new Select(chrome.findElement(By.id("loc-van-ban"))).selectByValue("kl-14-tw");
        new Select(chrome.findElement(By.id("loc-trang-thai"))).selectByValue("dang-tham-dinh");
        waitFor(() -> chrome.getCurrentUrl().contains("trang-thai=dang-tham-dinh"));
        assertThat(chrome.getCurrentUrl()).contains("van-ban=kl-14-tw");
        List<WebElement> statuses = chrome.findElements(By.cssSelector("#bang-mo-hinh tbody .tag:first-child"));
        assertThat(statuses).isNotEmpty().allSatisfy(t -> assertThat(t.getText()).isEqualTo("Đang thẩm định"));
        waitFor(() -> new Select(chrome.findElement(By.id("loc-trang-thai"))).getFirstSelectedOption().getText()
                .equals("Đang thẩm định (" + statuses.size() + ")"));
        Browser.screenshot(chrome, "loc-van-ban-trang-thai");

        // Back steps to the previous filter state, forward returns.
        String shared = chrome.getCurrentUrl();
        chrome.navigate().back();
        waitFor(() -> !chrome.getCurrentUrl().contains("trang-thai="));
        waitFor(() -> names().size() > statuses.size());
        assertThat(new Select(chrome.findElement(By.id("loc-trang-thai"))).getFirstSelectedOption().getAttribute("value")).isEmpty();
        chrome.navigate().forward();
        waitFor(() -> names().size() == statuses.size());

        // A shared link gives the same state from the URL alone, in a fresh page.
        chrome.get(server.url());
        chrome.get(shared);
        waitFor(() -> caption().startsWith("Kết quả"));
        assertThat(names()).hasSize(statuses.size());

        chrome.findElement(By.id("xoa-loc")).click();
        waitFor(() -> caption().startsWith("Tất cả mô hình"));
        assertThat(names()).hasSize(46);
    }

    @Test
    void keyboardAloneSearchesFiltersAndOpensAModel() {
        openModels("");
        chrome.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement active = chrome.switchTo().activeElement();
        assertThat(active.getText()).isEqualTo("Bỏ qua đến nội dung chính");
        chrome.findElement(By.id("tu-khoa")).sendKeys("ca phe");
        chrome.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(chrome.switchTo().activeElement().getAttribute("id")).isEqualTo("loc-nam");
        chrome.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB);
        WebElement field = chrome.switchTo().activeElement();
        assertThat(field.getAttribute("id")).isEqualTo("loc-linh-vuc");
        field.sendKeys("Kinh");
        waitFor(() -> chrome.getCurrentUrl().contains("linh-vuc=kinh-te"));
        waitFor(() -> caption().startsWith("Kết quả"));
        List<String> found = names();
        assertThat(found).isNotEmpty();
        WebElement first = chrome.findElement(By.cssSelector("#bang-mo-hinh tbody a"));
        first.sendKeys(Keys.ENTER);
        waitFor(() -> chrome.getCurrentUrl().contains("/mo-hinh/20"));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo(found.get(0));
        chrome.navigate().back();
        waitFor(() -> caption().startsWith("Kết quả"));
        assertThat(names()).isEqualTo(found);
    }

    @Test
    void withoutJavaScriptTheFullTableIsThere() throws Exception {
        ChromeDriver noScript = Browser.start(false);
        try {
            noScript.get(server.url() + "mo-hinh/");
            assertThat(noScript.findElement(By.id("tim-kiem")).isDisplayed()).isFalse();
            assertThat(noScript.findElements(By.cssSelector("#bang-mo-hinh tbody tr"))).hasSize(46);
            assertThat(noScript.findElement(By.cssSelector("#bang-mo-hinh caption")).getText())
                    .isEqualTo("Tất cả mô hình, mới nhất trước");
        } finally {
            noScript.quit();
        }
    }

    @Test
    void phoneWidthAndPrint() throws Exception {
        Browser.phone(chrome);
        chrome.get(server.url());
        Number overflow = (Number) ((JavascriptExecutor) chrome).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(chrome, "tong-quan-dien-thoai");
        openModels("?q=camera");
        Browser.screenshot(chrome, "mo-hinh-dien-thoai");
        Browser.desktop(chrome);

        Browser.print(chrome, true);
        chrome.get(server.url() + "dot-dang-ky/2023/");
        assertThat(chrome.findElement(By.cssSelector("nav.site-nav")).isDisplayed()).isFalse();
        assertThat(chrome.findElement(By.cssSelector("nav.breadcrumbs")).isDisplayed()).isFalse();
        Object font = ((JavascriptExecutor) chrome).executeScript("return getComputedStyle(document.body).fontFamily;");
        assertThat(String.valueOf(font)).contains("Times New Roman");
        Browser.print(chrome, false);
        openModels("");
        Browser.print(chrome, true);
        assertThat(chrome.findElement(By.id("tim-kiem")).isDisplayed()).isFalse();
        Browser.screenshot(chrome, "mo-hinh-ban-in");
        Browser.print(chrome, false);
    }
}
