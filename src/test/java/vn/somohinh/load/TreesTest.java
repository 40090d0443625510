package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;
import vn.somohinh.yaml.TreeCodec;

/** The store is really consulted, under a key of the reader, the path and the bytes; what it holds is the read. */
class TreesTest {
    @TempDir
    Path root;

    private static final byte[] YAML = "ten: \"một\"\nso: 007\n".getBytes(StandardCharsets.UTF_8);

    private static Node read(Trees trees, String path, byte[] bytes, Problems problems) {
        return trees.read(path, bytes, problems);
    }

    @Test
    void theSecondReadComesFromTheStore() {
        Store store = Store.open(root);
        Problems direct = new Problems();
        Node expected = SafeYamlReader.read("data/a.yaml", YAML, direct);
        Problems first = new Problems();
        assertThat(read(new Trees(store), "data/a.yaml", YAML, first)).isEqualTo(expected);
        String key = Store.key(TreeCodec.VERSION.getBytes(StandardCharsets.US_ASCII),
                "data/a.yaml".getBytes(StandardCharsets.UTF_8), YAML);
        assertThat(store.get("yaml", key)).isPresent();

        // Plant another (well-formed) read under the same key: a warm read returns it, so the store was used.
        Problems other = new Problems();
        Node planted = SafeYamlReader.read("data/a.yaml", "khac: 1\n".getBytes(StandardCharsets.UTF_8), other);
        store.put("yaml", key, TreeCodec.encode(new TreeCodec.Read(planted, List.of())));
        assertThat(read(new Trees(store), "data/a.yaml", YAML, new Problems())).isEqualTo(planted);
        // Another path or other bytes have other keys.
        assertThat(read(new Trees(store), "data/b.yaml", YAML, new Problems())).isEqualTo(expected);
        byte[] changed = "ten: \"hai\"\nso: 007\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(new Trees(store), "data/a.yaml", changed, new Problems()))
                .isEqualTo(SafeYamlReader.read("data/a.yaml", changed, new Problems()));
    }

    @Test
    void problemsComeBackAtTheirPlaces() {
        byte[] broken = "a: 1\na: 2\n".getBytes(StandardCharsets.UTF_8);
        Store store = Store.open(root);
        Problems cold = new Problems();
        Problems warm = new Problems();
        assertThat(read(new Trees(store), "data/x.yaml", broken, cold)).isNull();
        assertThat(read(new Trees(store), "data/x.yaml", broken, warm)).isNull();
        assertThat(cold.size()).isEqualTo(1);
        assertThat(warm.sorted()).isEqualTo(cold.sorted());
    }
}
