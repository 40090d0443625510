package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;

/**
 * {@code build} keeps the YAML trees it read under target/so-mo-hinh-cache and reuses them: a warm build gives the
 * very bytes a cold one does, whatever state the cache is in (corrupt, swapped, deleted while running), the cache
 * never reaches the output, and a changed file is read again.
 */
class BuildCacheTest {
    private static final String REGISTRATION = "data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml";
    @TempDir
    Path tmp;
    Path root;
    Path cache;
    /** The output and messages of the first (cold) build. */
    Map<String, String> cold;
    String coldOut;

    @BeforeEach
    void coldBuild() throws IOException {
        root = FixtureSite.compose("site", tmp.resolve("site"));
        cache = root.resolve(Store.FOLDER);
        Run run = build("cold");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        cold = PublishingTest.digest(tmp.resolve("cold"));
        coldOut = run.out();
    }

    private Run build(String out) {
        return Run.of("build", "--root", root.toString(), "--out", tmp.resolve(out).toString());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.walk(cache)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private void assertSameAsCold(String out) throws IOException {
        Run run = build(out);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo(coldOut);
        assertThat(PublishingTest.digest(tmp.resolve(out))).isEqualTo(cold);
    }

    @Test
    void warmBuildIsByteIdenticalAndReadsNoTreeAgain() throws IOException {
        List<Path> entries = entries();
        assertThat(entries).hasSize(PublishingTest.digest(root.resolve("data")).size());
        FileTime old = FileTime.fromMillis(0);
        for (Path entry : entries) {
            Files.setLastModifiedTime(entry, old);
        }
        assertSameAsCold("warm");
        // Every tree came from the cache: nothing was stored again.
        assertThat(entries()).isEqualTo(entries);
        for (Path entry : entries) {
            assertThat(Files.getLastModifiedTime(entry)).isEqualTo(old);
        }
    }

    @Test
    void corruptEntriesAreIgnoredAndRewritten() throws IOException {
        List<Path> entries = entries();
        assertThat(entries.size()).isGreaterThanOrEqualTo(4);
        byte[] first = Files.readAllBytes(entries.get(0));
        byte[] second = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(0), second); // an entry of another file under this file's name
        Files.write(entries.get(1), first);
        byte[] third = Files.readAllBytes(entries.get(2));
        Files.write(entries.get(2), java.util.Arrays.copyOf(third, third.length / 2)); // truncated
        byte[] fourth = Files.readAllBytes(entries.get(3));
        fourth[fourth.length / 2] ^= 0x10; // one bit flipped
        Files.write(entries.get(3), fourth);
        for (Path entry : entries.subList(4, entries.size())) {
            Files.write(entry, new byte[0]);
        }
        assertSameAsCold("corrupt");
        assertSameAsCold("repaired");
    }

    @Test
    void deletingTheCacheWhileBuildingIsHarmless() throws Exception {
        AtomicBoolean building = new AtomicBoolean(true);
        Thread deleter = new Thread(() -> {
            while (building.get()) {
                deleteTree(cache);
            }
        });
        deleter.start();
        try {
            assertSameAsCold("during");
            assertSameAsCold("during-again");
        } finally {
            building.set(false);
            deleter.join();
        }
        deleteTree(cache);
        assertSameAsCold("after");
    }

    @Test
    void theCacheNeverReachesTheOutput() throws IOException {
        assertThat(cold.keySet()).noneMatch(path -> path.contains("so-mo-hinh-cache"));
        // An output folder holding the cache's folder: the build then keeps no cache at all.
        Path target = root.resolve("target");
        deleteTree(target);
        Run run = Run.of("build", "--root", root.toString(), "--out", target.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(PublishingTest.digest(target)).isEqualTo(cold);
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Path file = root.resolve(REGISTRATION);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + "hinh_thuc: tap-the\n", StandardCharsets.UTF_8);
        Run broken = build("broken");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains(REGISTRATION + ":" + (text.lines().count() + 1) + ":1")
                .contains("duplicate-key");
        Files.writeString(file, text.replace("Trồng dâu nuôi tằm", "Trồng dâu, nuôi tằm"), StandardCharsets.UTF_8);
        Run changed = build("changed");
        assertThat(changed.exit()).isZero();
        assertThat(PublishingTest.digest(tmp.resolve("changed"))).isNotEqualTo(cold);
        try (Stream<Path> pages = Files.walk(tmp.resolve("changed"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html"))).anyMatch(p -> read(p).contains("Trồng dâu, nuôi tằm"));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertSameAsCold("restored");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // another deletion or a write raced with this one: try again later
        }
    }
}
