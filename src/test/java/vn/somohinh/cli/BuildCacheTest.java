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

    /** The entries of the YAML trees (the render stage keeps its own state beside them). */
    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.walk(cache.resolve("yaml-trees"))) {
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
        assertThat(entries).hasSize(1); // the trees of all data files, in one entry
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(entries.get(0), old);
        assertSameAsCold("warm");
        // Every tree came from the cache: nothing was stored again.
        assertThat(entries()).isEqualTo(entries);
        assertThat(Files.getLastModifiedTime(entries.get(0))).isEqualTo(old);
    }

    @Test
    void corruptEntriesAreIgnoredAndRewritten() throws IOException {
        Path pack = entries().get(0);
        byte[] whole = Files.readAllBytes(pack);
        Store.open(tmp).put("page", "x", "một trang".getBytes(StandardCharsets.UTF_8));
        byte[] foreign;
        try (Stream<Path> all = Files.walk(tmp.resolve(Store.FOLDER).resolve("page"))) {
            foreign = Files.readAllBytes(all.filter(Files::isRegularFile).findFirst().orElseThrow());
        }
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x10;
        byte[] otherFormat = whole.clone();
        otherFormat[7] ^= 0x01; // the format number (checksum aside)
        List<byte[]> corruptions = List.of(java.util.Arrays.copyOf(whole, whole.length / 2), flipped, new byte[0],
                foreign, otherFormat);
        int i = 0;
        for (byte[] corrupt : corruptions) {
            Files.write(pack, corrupt);
            assertSameAsCold("corrupt-" + i++);
            assertThat(Files.readAllBytes(pack)).as("rewritten whole").isEqualTo(whole);
        }
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

    @Test
    void validateReadsWhatABuildCachedAndWritesNothing() throws IOException {
        Map<String, String> before = PublishingTest.digest(cache);
        Run warm = Run.of("validate", "--root", root.toString());
        assertThat(PublishingTest.digest(cache)).isEqualTo(before);
        deleteTree(cache);
        Run bare = Run.of("validate", "--root", root.toString());
        assertThat(cache).doesNotExist();
        assertThat(bare.exit()).isEqualTo(warm.exit());
        assertThat(bare.out()).isEqualTo(warm.out()).contains("0 lỗi");
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
