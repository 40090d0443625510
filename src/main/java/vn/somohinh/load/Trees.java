package vn.somohinh.load;

import java.nio.charset.StandardCharsets;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;
import vn.somohinh.yaml.TreeCodec;

/**
 * The YAML trees of data files, read by {@link SafeYamlReader} or, when a store holds the same file's tree read by
 * the same reader, taken from it: keyed by the reader's fingerprint, the path (the problems carry it) and the bytes,
 * so the tree and its problems are exactly what the reader would give.
 */
final class Trees {
    static final Trees NONE = new Trees(Store.none());
    private static final String KIND = "yaml";
    private static final byte[] READER = TreeCodec.VERSION.getBytes(StandardCharsets.US_ASCII);

    private final Store store;

    Trees(Store store) {
        this.store = store;
    }

    /** As {@link SafeYamlReader#read}: the file's root node, or null (the problems say why). */
    Node read(String path, byte[] bytes, Problems problems) {
        if (store.folder().isEmpty()) {
            return SafeYamlReader.read(path, bytes, problems);
        }
        String key = Store.key(READER, path.getBytes(StandardCharsets.UTF_8), bytes);
        TreeCodec.Read read = store.get(KIND, key).map(value -> TreeCodec.decode(value, path)).orElse(null);
        if (read == null) {
            Problems found = new Problems();
            Node root = SafeYamlReader.read(path, bytes, found);
            read = new TreeCodec.Read(root, found.inOrder());
            store.put(KIND, key, TreeCodec.encode(read));
        }
        problems.addAll(read.problems());
        return read.root();
    }
}
