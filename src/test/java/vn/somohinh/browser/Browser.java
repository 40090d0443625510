package vn.somohinh.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium, from Debian's chromium and chromium-driver (never downloaded: the binary and
 * the driver are given explicitly, so Selenium Manager has nothing to fetch). Without them the browser tests are
 * skipped with a notice on the test output, and everything else still runs.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    /** Starts a browser, or skips the calling test class with a visible reason. */
    static ChromeDriver start() throws IOException {
        return start(true);
    }

    /** A browser with JavaScript on or off (off: a reader whose browser blocks scripts). */
    static ChromeDriver start(boolean javascript) throws IOException {
        Path chromium = find("chromium", "chromium-browser", "google-chrome");
        Path driver = find("chromedriver");
        if (chromium == null || driver == null) {
            String why = "BỎ QUA kiểm thử trình duyệt: không có chromium hoặc chromedriver "
                    + "(cài: apt-get install chromium chromium-driver fonts-noto-core)";
            System.out.println("NOTICE: " + why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        Path profile = Files.createTempDirectory("so-mo-hinh-chromium-");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=vi-VN", "--user-data-dir=" + profile, "--window-size=1280,1000");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Path find(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : (path + ":/usr/bin:/usr/lib/chromium").split(":")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static void phone(ChromeDriver chrome) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    static void desktop(ChromeDriver chrome) {
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.manage().window().setSize(new Dimension(1280, 1000));
    }

    static void print(ChromeDriver chrome, boolean on) {
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
    }

    /** Keeps a screenshot as test output, under target/screenshots/. */
    static void screenshot(ChromeDriver chrome, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
    }

    static List<String> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(suffix)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
