package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe publishing: a build that fails at any stage (data, template, disk) leaves the previous output exactly as it
 * was, with no staging left behind; a deleted registration's page disappears; the build never writes under data/.
 */
class PublishingTest {
    @TempDir
    Path tmp;
    Path root;
    Path out;

    @BeforeEach
    void firstBuild() {
        root = FixtureSite.compose("site", tmp.resolve("site"));
        out = tmp.resolve("public/site");
        assertThat(Run.of("build", "--root", root.toString(), "--out", out.toString()).exit()).isZero();
    }

    private Run build() {
        return Run.of("build", "--root", root.toString(), "--out", out.toString());
    }

    private void assertUnchangedAndAlone(Map<String, String> before) throws IOException {
        assertThat(digest(out)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void dataErrorLeavesThePreviousSite() throws IOException {
        Map<String, String> before = digest(out);
        Files.writeString(root.resolve("data/units.yaml"), "- id: Sai\n", StandardCharsets.UTF_8);
        assertThat(build().exit()).isEqualTo(1);
        assertUnchangedAndAlone(before);
    }

    @Test
    void templateErrorHalfwayLeavesThePreviousSite() throws IOException {
        Map<String, String> before = digest(out);
        Path unit = root.resolve("templates/unit.ftlh");
        Files.writeString(unit, Files.readString(unit) + "${page.noSuchThing.either}", StandardCharsets.UTF_8);
        Run run = build();
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("templates/unit.ftlh");
        assertUnchangedAndAlone(before);
    }

    @Test
    void diskErrorLeavesThePreviousSite() throws Exception {
        Map<String, String> before = digest(out);
        Path parent = out.getParent();
        Assumptions.assumeTrue(immutable(parent, true),
                "chattr +i is not available here: the disk-failure case is not exercised (root ignores permissions)");
        try {
            Run run = build();
            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err()).startsWith("lỗi nội bộ: ");
        } finally {
            immutable(parent, false);
        }
        assertUnchangedAndAlone(before);
    }

    @Test
    void aDeletedRegistrationsPageDisappears() throws IOException {
        Path page = out.resolve("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html");
        assertThat(page).exists();
        Files.delete(root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml"));
        Files.delete(root.resolve("data/reviews/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml"));
        assertThat(build().exit()).isZero();
        assertThat(page).doesNotExist();
        assertThat(out.resolve("mo-hinh/2023/xa-loc-bac")).doesNotExist();
    }

    @Test
    void theBuildNeverWritesUnderData() throws Exception {
        Path data = root.resolve("data");
        Map<String, String> before = digest(data);
        boolean locked = immutableTree(data, true);
        try {
            assertThat(build().exit()).isZero();
        } finally {
            if (locked) {
                immutableTree(data, false);
            }
        }
        assertThat(digest(data)).isEqualTo(before);
        if (!locked) {
            System.out.println("NOTICE: chattr unavailable; data/ checked by content only, not made read-only");
        }
    }

    /** chattr ±i: the one way to make a folder unwritable for root. True when it took effect. */
    static boolean immutable(Path dir, boolean on) throws Exception {
        Process p = new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            return false;
        }
        if (!on) {
            return true;
        }
        try {
            Files.delete(Files.createFile(dir.resolve(".probe")));
            immutable(dir, false);
            return false;
        } catch (IOException refused) {
            return true;
        }
    }

    private static boolean immutableTree(Path dir, boolean on) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Process proc = new ProcessBuilder("chattr", on ? "+i" : "-i", p.toString()).redirectErrorStream(true).start();
                proc.getInputStream().readAllBytes();
                if (proc.waitFor() != 0) {
                    return false;
                }
            }
        } catch (IOException noChattr) {
            return false;
        }
        return true;
    }

    static Map<String, String> digest(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
