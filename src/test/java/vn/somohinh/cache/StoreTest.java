package vn.somohinh.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry is given back only when whole and unaltered, of this format, kind and key; nothing is ever an error. */
class StoreTest {
    @TempDir
    Path root;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givesBackWhatWasPut() {
        Store store = Store.open(root);
        assertThat(store.get("yaml", "a")).isEmpty();
        store.put("yaml", "a", bytes("một"));
        store.put("yaml", "b", new byte[0]);
        store.put("page", "a", bytes("hai"));
        assertThat(Store.open(root).get("yaml", "a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("một")));
        assertThat(store.get("yaml", "b")).hasValueSatisfying(v -> assertThat(v).isEmpty());
        assertThat(store.get("page", "a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("hai")));
        store.put("yaml", "a", bytes("ba"));
        assertThat(store.get("yaml", "a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("ba")));
        assertThat(root.resolve(Store.FOLDER)).isDirectory();
    }

    @Test
    void keysTellTheirPartsApart() {
        assertThat(Store.key("ab", "c")).isNotEqualTo(Store.key("a", "bc")).hasSize(64);
        assertThat(Store.key("ab", "c")).isEqualTo(Store.key(bytes("ab"), bytes("c")));
    }

    @Test
    void truncatedFlippedOrEmptyEntriesAreMisses() throws IOException {
        Store store = Store.open(root);
        byte[] value = bytes("giá trị ".repeat(50));
        store.put("yaml", "k", value);
        Path file = store.fileOf("yaml", "k");
        byte[] whole = Files.readAllBytes(file);
        for (int length = 0; length < whole.length; length += 7) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertThat(store.get("yaml", "k")).as("truncated to %d", length).isEmpty();
        }
        for (int i = 0; i < whole.length; i++) {
            byte[] flipped = whole.clone();
            flipped[i] ^= 1;
            Files.write(file, flipped);
            assertThat(store.get("yaml", "k")).as("byte %d flipped", i).isEmpty();
        }
        Files.write(file, whole);
        assertThat(store.get("yaml", "k")).isPresent();
    }

    @Test
    void anEntryOfAnotherKeyKindOrFormatIsAMiss() throws IOException {
        Store store = Store.open(root);
        store.put("yaml", "k", bytes("của k"));
        Files.createDirectories(store.fileOf("yaml", "other").getParent());
        Files.copy(store.fileOf("yaml", "k"), store.fileOf("yaml", "other"));
        assertThat(store.get("yaml", "other")).isEmpty();
        Files.createDirectories(store.fileOf("page", "k").getParent());
        Files.copy(store.fileOf("yaml", "k"), store.fileOf("page", "k"));
        assertThat(store.get("page", "k")).isEmpty();
        // Well sealed, but by another format version of the store.
        Files.write(store.fileOf("yaml", "k"), sealed(Store.FORMAT + 1, "yaml", "k", bytes("của k")));
        assertThat(store.get("yaml", "k")).isEmpty();
        Files.write(store.fileOf("yaml", "k"), sealed(Store.FORMAT, "yaml", "k", bytes("của k")));
        assertThat(store.get("yaml", "k")).isPresent();
    }

    /** An entry as the store writes one, with any format number. */
    private static byte[] sealed(int format, String kind, String key, byte[] value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x534d4843);
        out.writeInt(format);
        out.writeUTF(kind);
        out.writeUTF(key);
        out.writeInt(value.length);
        out.write(value);
        out.flush();
        out.writeInt(Entry.crc(bytes.toByteArray(), bytes.size()));
        return bytes.toByteArray();
    }

    @Test
    void anUnusableFolderIsNeverAnError() throws IOException {
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve(Store.FOLDER), "not a folder");
        Store store = Store.open(root);
        store.put("yaml", "k", bytes("v"));
        assertThat(store.get("yaml", "k")).isEmpty();
        assertThat(Store.none().get("yaml", "k")).isEmpty();
        Store.none().put("yaml", "k", bytes("v"));
        assertThat(Store.none().folder()).isEmpty();
    }

    @Test
    void concurrentWritersAndDeletionLeaveOnlyWholeEntries() throws Exception {
        Store store = Store.open(root);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                int writer = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String key = "k" + i % 20;
                        store.put("yaml", key, bytes(key.repeat(200)));
                        store.get("yaml", key).ifPresent(v -> assertThat(v).isEqualTo(bytes(key.repeat(200))));
                        if (writer == 0 && i % 50 == 0) {
                            deleteTree(root.resolve(Store.FOLDER));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 20; i++) {
            String key = "k" + i;
            store.get("yaml", key).ifPresent(v -> assertThat(v).isEqualTo(bytes(key.repeat(200))));
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // raced with a writer: the point of the test
        }
    }
}
