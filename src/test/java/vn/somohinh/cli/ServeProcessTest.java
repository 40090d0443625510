package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as a terminal sends it: SIGINT to a real {@code serve} process, in the middle of a rebuild. The rebuild
 * finishes, the staging folder goes, the last site stays whole, the port closes and the process says so and ends.
 */
class ServeProcessTest {
    private static final String FILE = "data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml";
    private static final Pattern ADDRESS = Pattern.compile("Xem trước tại http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void ctrlCDuringARebuildStopsCleanly() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "bỏ qua: không có lệnh kill để gửi SIGINT (Ctrl-C) trên máy này");
        Path root = ServeSite.copyOfDefaultSite(tmp.resolve("site"));
        Path out = root.resolve("target/site");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--root", root.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("printed.txt").toFile())
                .start();
        try {
            int port = awaitPort(serve, tmp.resolve("printed.txt"));
            Path file = root.resolve(FILE);
            Files.writeString(file, Files.readString(file).replace("ten_mo_hinh: ", "ten_mo_hinh: Sửa thử "));
            awaitStaging(out);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(serve.waitFor(120, TimeUnit.SECONDS)).as("serve ends after Ctrl-C").isTrue();
            String printed = Files.readString(tmp.resolve("printed.txt"), StandardCharsets.UTF_8);
            assertThat(printed).contains("Đang dừng xem trước…", "Đã dừng xem trước.");
            // 128 + SIGINT, as for any program Ctrl-C stops.
            assertThat(serve.exitValue()).isEqualTo(130);
            assertThat(beside(out)).containsExactly("site");
            assertThat(Files.readString(out.resolve("index.html"))).contains("</html>");
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        } finally {
            serve.destroyForcibly();
        }
    }

    private static int awaitPort(Process serve, Path printed) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && serve.isAlive()) {
            Matcher m = ADDRESS.matcher(Files.readString(printed, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start:\n" + Files.readString(printed, StandardCharsets.UTF_8));
    }

    /** Waits until the rebuild the edit started renders into its staging folder beside the output. */
    private static void awaitStaging(Path out) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (beside(out).size() == 1) {
            assertThat(System.nanoTime()).as("a rebuild started").isLessThan(end);
            Thread.sleep(5);
        }
    }

    /** The output folder's parent without the cache: the output, and a staging folder while a rebuild renders. */
    private static List<String> beside(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("so-mo-hinh-cache")).sorted()
                    .toList();
        }
    }
}
