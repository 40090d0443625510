package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.load.Status;
import vn.somohinh.write.ReviewText;
import vn.somohinh.write.Step;

/** The "Ghi quyết định" panel of a model page writes, in a real browser, the file the decide command would write. */
class DecisionInBrowserTest {
    private static final String APPROVED = "2023/xa-loc-an/ca-phe-ben-vung";

    @TempDir
    static Path work;
    static Path root;
    static StaticServer server;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
        root = SiteBuild.compose("site", work.resolve("site"));
        withRepository(root);
        server = new StaticServer(SiteBuild.build(root, work.resolve("out"), Map.of()), "/");
    }

    private static void withRepository(Path site) throws Exception {
        Path yaml = site.resolve("data/site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "kho_ma_nguon: https://github.example.vn/bao-lam/so-mo-hinh\nloai_kho: github\n");
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

    private void open(String model) {
        open(server, model);
    }

    private void open(StaticServer at, String model) {
        chrome.get(at.url() + "mo-hinh/" + model + "/");
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("ghi-quyet-dinh")).isDisplayed());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) chrome).executeScript(script, args);
    }

    private void set(String id, String value) {
        js("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
    }

    private String made() {
        return (String) js("return document.getElementById('qd-yaml').textContent;");
    }

    @Test
    void offersOnlyTheAllowedMovesAndWritesWhatDecideWrites() throws Exception {
        open(APPROVED);
        Select status = new Select(chrome.findElement(By.id("qd-trang-thai")));
        assertThat(status.getOptions().stream().map(o -> o.getAttribute("value")).toList())
                .isEqualTo(Status.DUOC_DUYET.nextIds());
        set("qd-trang-thai", "tong-ket");
        assertThat(js("return document.getElementById('qd-trang-thai').value;")).isEqualTo("");

        set("qd-ngay", "2023-03-20");
        assertThat(chrome.findElement(By.id("qd-ngay-loi")).isDisplayed()).isTrue();
        assertThat(chrome.findElement(By.id("qd-ngay")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(made()).isEmpty();

        status.selectByValue("dang-trien-khai");
        set("qd-ngay", "2024-03-05");
        new Select(chrome.findElement(By.id("qd-van-ban"))).selectByValue("kl-14-tw");
        chrome.findElement(By.id("qd-ghi-chu")).sendKeys("  Tiếp tục: có vốn \"nông thôn mới\" #2024 ");
        assertThat(chrome.findElement(By.id("qd-ngay-loi")).isDisplayed()).isFalse();
        Browser.screenshot(chrome, "ghi-quyet-dinh");

        Path file = root.resolve("data/reviews/" + APPROVED + ".yaml");
        String expected = ReviewText.append(Files.readString(file), new Step(LocalDate.of(2024, 3, 5),
                Status.DANG_TRIEN_KHAI, "kl-14-tw", "Tiếp tục: có vốn \"nông thôn mới\" #2024"));
        assertThat(made()).isEqualTo(expected);
        assertThat(chrome.findElement(By.id("qd-mo-kho")).getAttribute("href"))
                .isEqualTo("https://github.example.vn/bao-lam/so-mo-hinh/edit/main/data/reviews/" + APPROVED + ".yaml");

        Files.writeString(file, made(), StandardCharsets.UTF_8);
        assertThat(SiteBuild.validateOutput(root)).startsWith("0\n");
    }

    @Test
    void aModelNotYetReviewedGetsANewFile() throws Exception {
        Path fresh = SiteBuild.compose("site", work.resolve("fresh"));
        Files.delete(fresh.resolve("data/reviews/" + APPROVED + ".yaml"));
        withRepository(fresh);
        try (StaticServer other = new StaticServer(SiteBuild.build(fresh, work.resolve("fresh-out"), Map.of()), "/")) {
            writesANewFile(fresh, other);
        }
    }

    private void writesANewFile(Path fresh, StaticServer other) throws Exception {
        open(other, APPROVED);
        assertThat(chrome.findElement(By.id("qd-ngay")).getDomAttribute("min")).isNull();
        assertThat(new Select(chrome.findElement(By.id("qd-trang-thai"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList()).isEqualTo(Status.DA_DANG_KY.nextIds());
        new Select(chrome.findElement(By.id("qd-trang-thai"))).selectByValue("dang-tham-dinh");
        set("qd-ngay", "2023-03-20");
        String text = made();
        assertThat(text).isEqualTo("# yaml-language-server: $schema=../../../../schema/review.schema.json\n"
                + "qua_trinh:\n  - ngay: 2023-03-20\n    trang_thai: dang-tham-dinh\n");
        WebElement link = chrome.findElement(By.id("qd-mo-kho"));
        String href = link.getAttribute("href");
        assertThat(URLDecoder.decode(href.substring(href.indexOf("&value=") + 7), StandardCharsets.UTF_8)).isEqualTo(text);

        Files.writeString(fresh.resolve("data/reviews/" + APPROVED + ".yaml"), text, StandardCharsets.UTF_8);
        assertThat(SiteBuild.validateOutput(fresh)).startsWith("0\n");
    }

    @Test
    void aFinishedModelHasNoPanel() {
        chrome.get(server.url() + "mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/");
        assertThat(chrome.findElements(By.id("ghi-quyet-dinh"))).isEmpty();
    }
}
