package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;
import vn.somohinh.yaml.TreeCodec;

/**
 * The store is really consulted, per file under a key of the reader, the path and the bytes; a read filed under
 * another key, or stored by another reader, is never used; the pack is written only when something was read anew.
 */
class TreesTest {
    private static final byte[] YAML = "ten: \"một\"\nso: 007\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "khac: 1\n".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path root;

    private static String key(String reader, String path, byte[] bytes) {
        return Store.key(reader.getBytes(StandardCharsets.US_ASCII), path.getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static TreeCodec.Read direct(String path, byte[] bytes) {
        Problems problems = new Problems();
        return new TreeCodec.Read(SafeYamlReader.read(path, bytes, problems), problems.inOrder());
    }

    /** One run over the files: each read through a fresh {@link Trees} of the store, then saved. */
    private static Map<String, Node> run(Store store, Map<String, byte[]> files) {
        Trees trees = Trees.open(store);
        Map<String, Node> roots = new java.util.TreeMap<>();
        files.forEach((path, bytes) -> roots.put(path, trees.read(path, bytes, new Problems())));
        trees.save();
        return roots;
    }

    private void plant(Store store, Map<String, TreePack.Slice> entries) {
        store.put("yaml-trees", "data", TreePack.parts(entries));
    }

    @Test
    void aLaterRunTakesItsTreesFromTheStore() {
        Store store = Store.open(root);
        Node expected = direct("data/a.yaml", YAML).root();
        assertThat(run(store, Map.of("data/a.yaml", YAML))).containsEntry("data/a.yaml", expected);
        // Plant another read under the file's key: the next run returns it, so the store was used.
        String key = key(TreeCodec.VERSION, "data/a.yaml", YAML);
        Node planted = direct("data/a.yaml", OTHER).root();
        plant(store, Map.of(key, Trees.encode(new TreeCodec.Read(planted, List.of()), key)));
        assertThat(run(store, Map.of("data/a.yaml", YAML))).containsEntry("data/a.yaml", planted);
        // The same bytes at another path, and other bytes at the same path, have other keys.
        assertThat(run(store, Map.of("data/b.yaml", YAML, "data/a.yaml", OTHER)))
                .containsEntry("data/b.yaml", expected).containsEntry("data/a.yaml", direct("data/a.yaml", OTHER).root());
    }

    @Test
    void aReadFiledUnderAnotherKeyOrByAnotherReaderIsNotUsed() {
        Store store = Store.open(root);
        Node expected = direct("data/a.yaml", YAML).root();
        String key = key(TreeCodec.VERSION, "data/a.yaml", YAML);
        String otherKey = key(TreeCodec.VERSION, "data/b.yaml", OTHER);
        // The read of data/b.yaml, filed under data/a.yaml's key (as a swapped entry would be).
        plant(store, Map.of(key, Trees.encode(direct("data/b.yaml", OTHER), otherKey)));
        assertThat(run(store, Map.of("data/a.yaml", YAML))).containsEntry("data/a.yaml", expected);
        // A wrong tree, well labelled, but keyed by another version of the reader.
        String oldKey = key("0".repeat(64), "data/a.yaml", YAML);
        plant(store, Map.of(oldKey, Trees.encode(direct("data/a.yaml", OTHER), oldKey)));
        assertThat(run(store, Map.of("data/a.yaml", YAML))).containsEntry("data/a.yaml", expected);
    }

    @Test
    void thePackIsWrittenOnlyWhenSomethingChanged() throws Exception {
        Store store = Store.open(root);
        Map<String, byte[]> files = Map.of("data/a.yaml", YAML, "data/b.yaml", OTHER);
        run(store, files);
        Path pack;
        try (var all = Files.walk(root.resolve(Store.FOLDER))) {
            pack = all.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(pack, old);
        run(store, files);
        assertThat(Files.getLastModifiedTime(pack)).isEqualTo(old);
        run(store, Map.of("data/a.yaml", YAML)); // a file removed: its read is dropped from the pack
        assertThat(Files.getLastModifiedTime(pack)).isNotEqualTo(old);
        assertThat(TreePack.entries(store.read("yaml-trees", "data").orElseThrow())).hasSize(1);
    }

    @Test
    void problemsComeBackAtTheirPlaces() {
        byte[] broken = "a: 1\na: 2\n".getBytes(StandardCharsets.UTF_8);
        Store store = Store.open(root);
        for (int round = 0; round < 2; round++) {
            Trees trees = Trees.open(store);
            Problems problems = new Problems();
            assertThat(trees.read("data/x.yaml", broken, problems)).isNull();
            trees.save();
            assertThat(problems.sorted()).hasSize(1).isEqualTo(direct("data/x.yaml", broken).problems());
        }
    }
}
