package vn.somohinh.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.Run;
import vn.somohinh.cli.ServeSite;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.site.Reproducibility;

/**
 * {@code serve} in-process over a copy of the default site, with real clients (the JDK's HTTP client, a raw socket):
 * pages served, an edit announced and shown, a broken file's problems on every page over the last good site, then
 * gone when repaired; nothing of serve in the built files; 127.0.0.1 only; nothing outside the output folder; no
 * staging folder left by a stop. One server for the class, the tests in order (each starts from the previous state).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
    private static final String FILE = "data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml";
    private static final String PAGE = "mo-hinh/2023/ban-dan-van/dan-van-kheo-nong-thon-moi/";
    private static final Duration WAIT = Duration.ofSeconds(90);

    Path root;
    Path out;
    ServeSite serve;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        root = ServeSite.copyOfDefaultSite(tmp.resolve("site"));
        Files.writeString(root.resolve("bi-mat.txt"), "BÍ MẬT");
        out = root.resolve("target/site");
        // A build before serve leaves a render state on disk, which serve must not leave behind stale.
        new Recipe(root, out, Map.of("SOURCE_DATE_EPOCH", "1704042000"), System.err).withCache()
                .build(false, checked -> { });
        assertThat(root.resolve(Recipe.STATE)).exists();
        serve = ServeSite.start(root, out);
    }

    @AfterAll
    void stop() throws IOException {
        serve.close();
    }

    @Test
    @Order(1)
    void servesThePublishedSiteOnLoopbackOnly() throws IOException {
        assertThat(serve.address().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> home = serve.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/__so-mo-hinh/tai-lai.js\"");
        assertThat(serve.get("/css/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(serve.get("/__so-mo-hinh/tai-lai.js").body()).contains("EventSource");
        HttpResponse<String> folder = serve.get("/" + PAGE.substring(0, PAGE.length() - 1));
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/" + PAGE);
        HttpResponse<String> missing = serve.get("/khong-co-trang-nay/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(new String(Injection.inject(Files.readAllBytes(out.resolve("404.html")),
                serve.announced(), null), StandardCharsets.UTF_8));
        InetAddress outside = nonLoopbackAddress();
        if (outside != null) {
            try (Socket socket = new Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                        new InetSocketAddress(outside, serve.address().getPort()), 2000)).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    @Order(2)
    void refusesEveryPathOutOfTheOutputFolder() throws IOException {
        Files.createSymbolicLink(out.resolve("lien-ket"), root);
        for (String path : List.of("/../bi-mat.txt", "/../../bi-mat.txt", "/%2e%2e/%2e%2e/bi-mat.txt", "/%2E%2E/%2E%2E/bi-mat.txt",
                "/..%2f..%2fbi-mat.txt", "/css/..%2F..%2F..%2Fbi-mat.txt", "/lien-ket/bi-mat.txt", "/lien-ket/data/site.yaml",
                "/.%2e/.%2e/bi-mat.txt", "/css%5c..%5c..%5c..%5cbi-mat.txt")) {
            String answer = raw(path);
            assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("BÍ MẬT").doesNotContain("duong_dan_goc");
        }
        Files.delete(out.resolve("lien-ket"));
    }

    @Test
    @Order(3)
    void anEditIsAnnouncedAndThePageThenShowsIt() throws Exception {
        long before = serve.announced();
        replace("ten_mo_hinh: Dân vận khéo", "ten_mo_hinh: Dân vận khéo (bản sửa thử)");
        long after = serve.awaitBuildAfter(before, WAIT);
        Document page = Jsoup.parse(serve.get(PAGE).body());
        assertThat(page.select("h1").text()).contains("Dân vận khéo (bản sửa thử)");
        assertThat(page.select("script[data-ban-dung]").attr("data-ban-dung")).isEqualTo(Long.toString(after));
        assertThat(page.select("section.smh-xem-truoc-loi")).isEmpty();
        assertThat(serve.printed()).contains("Đã dựng lại trong ");
        quiet(after);
        assertThat(serve.printed()).as("the documents after the page").containsPattern(
                "Đã dựng lại trong [0-9,]+ s\\.\\R(.*\\R)*Đã viết lại [1-9][0-9]* tài liệu trong ");
    }

    @Test
    @Order(4)
    void aBrokenFileKeepsTheLastGoodSiteWithItsProblemsOnEveryPage() throws Exception {
        long before = serve.announced();
        replace("ten_mo_hinh: ", "ten_mo_hinhx: ");
        serve.awaitBuildAfter(before, WAIT);
        List<String> terminal = Run.of(Map.of("SOURCE_DATE_EPOCH", "1704042000"), "validate", "--root", root.toString())
                .out().lines().toList();
        List<String> problems = terminal.subList(0, terminal.size() - 1);
        assertThat(problems).anyMatch(l -> l.startsWith(FILE + ":3:1: error: ") && l.endsWith("[unknown-key]"));
        List<String> pages = htmlPages();
        assertThat(pages).hasSizeGreaterThan(50);
        for (String path : pages) {
            Document page = Jsoup.parse(serve.get(path).body());
            Element banner = page.selectFirst("body > section.smh-xem-truoc-loi");
            assertThat(banner).as(path).isNotNull();
            assertThat(banner.select("li code").eachText()).as(path).isEqualTo(problems);
            assertThat(banner.text()).contains("Không dựng lại được: dữ liệu còn 1 lỗi");
        }
        assertThat(Jsoup.parse(serve.get(PAGE).body()).select("h1").text()).contains("(bản sửa thử)");
        assertThat(serve.get(PAGE).body()).contains("ten_mo_hinhx").doesNotContain("\"ten_mo_hinhx\"");
        assertThat(serve.printed()).contains("Không dựng lại được: dữ liệu còn 1 lỗi");
    }

    @Test
    @Order(5)
    void repairingTheFileRemovesTheBanner() throws Exception {
        long before = serve.announced();
        replace("ten_mo_hinhx: ", "ten_mo_hinh: ");
        serve.awaitBuildAfter(before, WAIT);
        for (String path : htmlPages()) {
            assertThat(serve.get(path).body()).as(path).doesNotContain("smh-xem-truoc-loi");
        }
    }

    /**
     * Once the watcher runs, serve's loads look only at the paths it names (load/Reads): a file added, a unit's folder
     * moved out of data/ and back in, a file deleted, each seen through the watcher alone, and the site served after
     * them is byte for byte a clean build of the same files.
     */
    @Test
    @Order(6)
    void filesAndFoldersComingAndGoingGiveTheBytesOfACleanBuild() throws Exception {
        Path file = root.resolve(FILE);
        Path copy = file.resolveSibling("ban-sao-xem-truoc.yaml");
        long build = serve.announced();
        Files.writeString(copy, Files.readString(file).replaceFirst("(?m)^ten_mo_hinh: .*$",
                "ten_mo_hinh: Bản sao xem trước"));
        build = settled(build);
        assertThat(serve.get("/mo-hinh/2023/ban-dan-van/ban-sao-xem-truoc/").body()).contains("Bản sao xem trước");

        Path unit = root.resolve("data/registrations/2023/xa-loc-nam");
        Path aside = root.resolve("de-rieng");
        Files.move(unit, aside);
        build = settled(build);
        assertThat(serve.get("/").body()).as("published").doesNotContain("smh-xem-truoc-loi");
        assertThat(serve.get("/mo-hinh/2023/xa-loc-nam/thon-sach-dep-tu-quan/").statusCode()).isEqualTo(404);
        Files.move(aside, unit);
        build = settled(build);
        assertThat(serve.get("/mo-hinh/2023/xa-loc-nam/thon-sach-dep-tu-quan/").statusCode()).isEqualTo(200);

        Files.delete(copy);
        settled(build);
        assertThat(serve.get("/mo-hinh/2023/ban-dan-van/ban-sao-xem-truoc/").statusCode()).isEqualTo(404);
        Path clean = root.resolve("target/sach");
        assertThat(new Recipe(root, clean, Map.of("SOURCE_DATE_EPOCH", "1704042000"), System.err)
                .build(false, checked -> { }).published()).isTrue();
        assertThat(Reproducibility.differences(clean, out)).isEmpty();
        vn.somohinh.publish.Publisher.discard(clean);
    }

    @Test
    @Order(7)
    void noBuiltFileCarriesServesScript() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain("__so-mo-hinh").doesNotContain("tai-lai.js")
                        .doesNotContain("smh-xem-truoc");
            }
        }
    }

    @Test
    @Order(8)
    void stoppingDuringARebuildLeavesNoStagingFolder() throws Exception {
        assertThat(root.resolve(Recipe.STATE)).as("no render state on disk while serving: it would go stale")
                .doesNotExist();
        long before = serve.announced();
        replace("(bản sửa thử)", "(bản sửa lần hai)");
        long end = System.nanoTime() + WAIT.toNanos();
        while (beside().size() == 1 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(beside()).as("the rebuild renders into a staging folder").hasSizeGreaterThan(1);
        serve.close();
        assertThat(beside()).containsExactly("site");
        assertThat(Files.isRegularFile(out.resolve("index.html"))).isTrue();
        assertThat(before).isPositive();
        try (Socket socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress("127.0.0.1", serve.address().getPort()), 2000)).isInstanceOf(ConnectException.class);
        }
    }

    /** Stopped, serve writes down what its last build made, and the next build takes those files over. */
    @Test
    @Order(9)
    void theNextBuildTakesOverWhatServeMade() throws IOException {
        assertThat(root.resolve(Recipe.STATE)).exists();
        Map<String, Object> before = Reproducibility.fileKeys(out);
        Recipe.Outcome built = new Recipe(root, out, Map.of("SOURCE_DATE_EPOCH", "1704042000"), System.err)
                .withCache().build(false, checked -> { });
        assertThat(built.published()).isTrue();
        Map<String, Object> after = Reproducibility.fileKeys(out);
        long same = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(same).as("files left in place").isGreaterThan(after.size() * 2 / 3);
    }

    /**
     * Waits for a build after {@code build}, then until no more follow (a write or a move is several events, which
     * may come in more than one rebuild) and the last one's documents are written: the page reloads before them.
     */
    private long settled(long build) throws InterruptedException {
        return quiet(serve.awaitBuildAfter(build, WAIT));
    }

    /** Waits until no build follows {@code last} and the last build's documents are written. */
    private long quiet(long last) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(1500);
            long now = serve.announced();
            List<String> lines = serve.printed().lines().filter(l -> l.startsWith("Đã ")).toList();
            if (now == last && !lines.isEmpty() && lines.get(lines.size() - 1).contains(" tài liệu trong ")) {
                return last;
            }
            last = now;
        }
        throw new AssertionError("serve did not settle:\n" + serve.printed());
    }

    /**
     * What the output folder's parent holds: the output, and a staging folder while a rebuild renders (the build's
     * cache, which lies there too, aside).
     */
    private List<String> beside() throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("so-mo-hinh-cache")).toList();
        }
    }

    private void replace(String from, String to) throws IOException {
        Path file = root.resolve(FILE);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** The server's path of every HTML file of the output. */
    private List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> "/" + out.relativize(p).toString().replace('\\', '/').replaceFirst("index\\.html$", ""))
                    .toList();
        }
    }

    /** Sends a request line as written, with no client in between to tidy the path, and returns the answer. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.address().getPort())) {
            OutputStream request = socket.getOutputStream();
            request.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();
            try (InputStream answer = socket.getInputStream()) {
                return new String(answer.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return address;
                }
            }
        }
        return null;
    }
}
