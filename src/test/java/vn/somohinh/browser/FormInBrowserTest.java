package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.somohinh.cli.SiteBuild;

/** The "Tạo hồ sơ đăng ký" form, filled in a real browser, produces a file the build accepts. */
class FormInBrowserTest {
    @TempDir
    static Path work;
    static Path root;
    static StaticServer server;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
        root = SiteBuild.compose("site", work.resolve("site"));
        Path site = root.resolve("data/site.yaml");
        Files.writeString(site, Files.readString(site) + "kho_ma_nguon: https://gitlab.example.vn/bao-lam/so-mo-hinh\nloai_kho: gitlab\n");
        server = new StaticServer(SiteBuild.build(root, work.resolve("out"), Map.of()), "/");
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

    private void type(String id, String text) {
        chrome.findElement(By.id(id)).sendKeys(text);
    }

    private void date(String id, String iso) {
        ((JavascriptExecutor) chrome).executeScript(
                "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, iso);
    }

    @Test
    void emptyFormListsWhatIsMissingAndAFilledOneGivesAValidFile() throws Exception {
        chrome.get(server.url() + "tao-ho-so/");
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("ho-so")).isDisplayed());
        chrome.findElement(By.id("chep")).click();
        assertThat(chrome.findElement(By.id("tom-tat-loi")).isDisplayed()).isTrue();
        assertThat(chrome.findElements(By.cssSelector("#tom-tat-loi li"))).hasSizeGreaterThan(8);
        assertThat(chrome.findElement(By.id("ten_mo_hinh")).getAttribute("aria-invalid")).isEqualTo("true");
        Browser.screenshot(chrome, "tao-ho-so-thieu");

        new Select(chrome.findElement(By.id("don-vi"))).selectByValue("xa-loc-an");
        type("ten_mo_hinh", "Cổng an ninh: văn hóa 007");
        assertThat(chrome.findElement(By.id("ma")).getAttribute("value")).isEqualTo("cong-an-ninh-van-hoa-007");
        new Select(chrome.findElement(By.id("linh_vuc"))).selectByValue("xay-dung-dang");
        type("nguoi_chu_tri", "Bí thư chi bộ thôn \"3\"");
        chrome.findElement(By.id("can_cu-kl-14-tw")).click();
        type("thuc_trang", "Thôn đông dân.\nNhiều người lạ qua lại: cần cổng.");
        type("muc_tieu", "- Giữ an ninh\n- Giữ vệ sinh");
        type("noi_dung", "Dựng cổng, tổ tự quản trực theo ca.");
        type("tinh_moi", "Lần đầu người dân tự góp công dựng cổng và tự phân ca trực, có sổ ghi chép công khai tại nhà văn hóa.");
        type("chi_tieu", "100% hộ ký cam kết\nno");
        date("bat_dau", "2023-04-01");
        date("ket_thuc", "2023-12-31");
        date("ngay_dang_ky", "2023-03-09");
        assertThat(chrome.findElement(By.id("tom-tat-loi")).isDisplayed()).isFalse();
        String yaml = chrome.findElement(By.id("yaml")).getText() + "\n";
        String path = chrome.findElement(By.id("duong-dan")).getText();
        assertThat(path).isEqualTo("data/registrations/2023/xa-loc-an/cong-an-ninh-van-hoa-007.yaml");
        Browser.screenshot(chrome, "tao-ho-so-du");

        String link = chrome.findElement(By.id("mo-kho")).getAttribute("href");
        assertThat(link).startsWith("https://gitlab.example.vn/bao-lam/so-mo-hinh/-/new/main/data/registrations/2023/"
                + "xa-loc-an?file_name=cong-an-ninh-van-hoa-007.yaml&content=");
        String content = URLDecoder.decode(link.substring(link.indexOf("&content=") + 9), StandardCharsets.UTF_8);
        assertThat(content.strip()).isEqualTo(yaml.strip());

        Files.writeString(root.resolve(path), yaml, StandardCharsets.UTF_8);
        String report = SiteBuild.validateOutput(root);
        assertThat(report.lines().filter(l -> l.contains("cong-an-ninh-van-hoa-007.yaml"))).isEmpty();
        assertThat(report).startsWith("0\n");
        assertThat(Files.readString(root.resolve(path))).contains("nguoi_chu_tri: \"Bí thư chi bộ thôn \\\"3\\\"\"", "  - \"no\"");
    }
}
