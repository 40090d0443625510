package vn.somohinh.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.forge.Forge;
import vn.somohinh.forge.Links;

/**
 * For each forge site.yaml may name, the pages a browser shows link to that forge's own pages: a model's edit and
 * history links, the decision panel's editor of an existing review and of a new one, and the form's new-file editor
 * filled with the file the form wrote, and the history's commit and compare pages (docs/DATA.md, "The forge's links").
 */
class ForgeLinksInBrowserTest {
    private static final String REPO = "https://kho.example.vn/hu-bao-lam/so-mo-hinh";
    private static final String REVIEWED = "2023/xa-loc-an/ca-phe-ben-vung";
    private static final String NEW = "2023/xa-loc-bac/trong-dau-nuoi-tam";
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        chrome = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
    }

    /** The "site" fixture on that forge, in a repository of two commits, the second changing one registration. */
    private static Path site(Path work, Forge forge) throws Exception {
        Path root = SiteBuild.compose("site", work.resolve("site"));
        Files.delete(root.resolve("data/reviews/" + NEW + ".yaml"));
        Path yaml = root.resolve("data/site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "kho_ma_nguon: " + REPO + "\nloai_kho: " + forge.id()
                + "\nnhanh_chinh: chinh\n");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("chinh").call()) {
            commits.clear();
            commit(git, "Đăng ký", "2023-03-08T02:00:00Z");
            Path registration = root.resolve("data/registrations/" + REVIEWED + ".yaml");
            Files.writeString(registration, Files.readString(registration).replace("ten_mo_hinh: ", "ten_mo_hinh: Mô hình "));
            commit(git, "Sửa tên", "2023-03-09T02:00:00Z");
        }
        return SiteBuild.build(root, work.resolve("out"), Map.of());
    }

    private static final List<String> commits = new java.util.ArrayList<>();

    private static void commit(Git git, String message, String when) throws Exception {
        PersonIdent who = new PersonIdent("Văn thư", "van-thu@example.vn", java.time.Instant.parse(when),
                java.time.ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        commits.add(git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call()
                .abbreviate(7).name());
    }

    private static String text(String id) {
        return (String) ((JavascriptExecutor) chrome).executeScript(
                "return document.getElementById(arguments[0]).textContent;", id);
    }

    private static void wait(String id) {
        new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id)).isDisplayed());
    }

    /** The text a new-file link carries, and the link without it. */
    private static String[] split(String href, String key) {
        int at = href.indexOf("&" + key + "=");
        return new String[] {href.substring(0, at), URLDecoder.decode(href.substring(at + key.length() + 2),
                StandardCharsets.UTF_8)};
    }

    @ParameterizedTest
    @EnumSource(Forge.class)
    void everyLinkOpensTheForgesOwnPage(Forge forge, @org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Links links = new Links(forge, REPO, "chinh");
        String textKey = forge == Forge.GITLAB ? "content" : "value";
        try (StaticServer server = new StaticServer(site(work, forge), "/")) {
            chrome.get(server.url() + "mo-hinh/" + REVIEWED + "/");
            wait("ghi-quyet-dinh");
            List<String> hrefs = chrome.findElements(By.cssSelector(".source-links a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            String registration = "data/registrations/" + REVIEWED + ".yaml";
            String review = "data/reviews/" + REVIEWED + ".yaml";
            assertThat(hrefs).containsExactly(links.edit(registration), links.history(registration),
                    links.edit(review), links.history(review));
            assertThat(chrome.findElement(By.cssSelector(".source-links a")).getText())
                    .isEqualTo("Sửa tệp đăng ký trên " + forge.title());
            assertThat(chrome.findElements(By.cssSelector("#lich-su + ol a")).stream().map(a -> a.getAttribute("href")))
                    // The first commit made both the registration and the review: two lines.
                    .containsExactly(links.commit(commits.get(0)), links.commit(commits.get(0)),
                            links.commit(commits.get(1)));
            assertThat(chrome.findElement(By.linkText("Xem trên " + forge.title() + " mọi thay đổi từ commit đầu tiên đến "
                    + "commit cuối cùng của mô hình")).getAttribute("href"))
                    .isEqualTo(links.compare(commits.get(0), commits.get(1)));
            if (forge == Forge.FORGEJO) {
                ((JavascriptExecutor) chrome).executeScript("document.getElementById('lich-su').scrollIntoView();");
                Browser.screenshot(chrome, "mo-hinh-lien-ket-kho");
            }
            new Select(chrome.findElement(By.id("qd-trang-thai"))).selectByIndex(0);
            assertThat(chrome.findElement(By.id("qd-mo-kho")).getAttribute("href")).isEqualTo(links.edit(review));

            chrome.get(server.url() + "mo-hinh/" + NEW + "/");
            wait("ghi-quyet-dinh");
            ((JavascriptExecutor) chrome).executeScript("var e = document.getElementById('qd-ngay');"
                    + "e.value = '2023-03-20'; e.dispatchEvent(new Event('input', {bubbles: true}));");
            String made = text("qd-yaml");
            String[] panel = split(chrome.findElement(By.id("qd-mo-kho")).getAttribute("href"), textKey);
            assertThat(panel[1]).isEqualTo(made).startsWith("# yaml-language-server");
            assertThat(panel[0] + "&" + textKey + "=").isEqualTo(links.newFile("data/reviews/" + NEW + ".yaml", ""));

            chrome.get(server.url() + "tao-ho-so/");
            wait("ho-so");
            new Select(chrome.findElement(By.id("don-vi"))).selectByValue("xa-loc-an");
            chrome.findElement(By.id("ten_mo_hinh")).sendKeys("Cà phê & chè: \"sạch\" 100%");
            WebElement open = chrome.findElement(By.id("mo-kho"));
            String[] form = split(open.getAttribute("href"), textKey);
            assertThat(form[1].strip()).isEqualTo(text("yaml").strip());
            assertThat(form[0] + "&" + textKey + "=").isEqualTo(links.newFile(text("duong-dan"), ""));
            assertThat(text("duong-dan")).startsWith("data/registrations/");
            if (forge == Forge.FORGEJO) {
                chrome.get(server.url() + "quan-tri-kho/");
                assertThat(chrome.findElement(By.cssSelector("h1")).getText()).isEqualTo("Quản trị kho mã nguồn");
                Browser.screenshot(chrome, "quan-tri-kho");
            }
        }
    }
}
