package vn.somohinh.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;
import vn.somohinh.yaml.TreeCodec;

/**
 * The YAML trees of data files, read by {@link SafeYamlReader} or, when the store holds the same file's read by the
 * same reader, taken from it. Each read is keyed by the reader's fingerprint, the path (the problems carry it) and
 * the bytes, so the tree and its problems are exactly what the reader would give. The reads of a run are stored
 * together, as one {@link TreePack}, once the run has read every file; for use by one load at a time.
 */
final class Trees {
    static final Trees NONE = new Trees(Store.none(), Map.of());
    private static final String KIND = "yaml-trees";
    /** One pack for the site's data/, replaced by each run that read something new. */
    private static final String PACK = "data";

    private final Store store;
    /** The reader's fingerprint, taken only when a store is used. */
    private final byte[] reader;
    private final Map<String, TreePack.Slice> earlier;
    private final Map<String, TreePack.Slice> now = new ConcurrentHashMap<>();
    private final AtomicBoolean parsed = new AtomicBoolean();

    private Trees(Store store, Map<String, TreePack.Slice> earlier) {
        this.store = store;
        // Not for NONE: a run without a store never reads the reader's classes back.
        this.reader = store.folder().isEmpty() ? null : TreeCodec.VERSION.getBytes(StandardCharsets.US_ASCII);
        this.earlier = earlier;
    }

    /**
     * The trees that {@code store} holds from an earlier run (none when it holds no whole pack); no store at all when
     * the reader cannot be fingerprinted.
     */
    static Trees open(Store store) {
        if (store.folder().isEmpty() || TreeCodec.VERSION == null) {
            return NONE;
        }
        return new Trees(store, store.read(KIND, PACK).map(TreePack::entries).orElse(Map.of()));
    }

    /** As {@link SafeYamlReader#read}: the file's root node, or null (the problems say why). */
    Node read(String path, byte[] bytes, Problems problems) {
        if (store.folder().isEmpty()) {
            return SafeYamlReader.read(path, bytes, problems);
        }
        String key = Store.key(reader, path.getBytes(StandardCharsets.UTF_8), bytes);
        TreePack.Slice slice = earlier.get(key);
        TreeCodec.Read read = slice == null ? null : decode(slice, key, path);
        if (read == null && !store.writes()) {
            return SafeYamlReader.read(path, bytes, problems);
        }
        if (read == null) {
            Problems found = new Problems();
            Node root = SafeYamlReader.read(path, bytes, found);
            read = new TreeCodec.Read(root, found.inOrder());
            slice = encode(read, key);
            parsed.set(true);
        }
        now.put(key, slice);
        problems.addAll(read.problems());
        return read.root();
    }

    /** A read is stored after its own key: one filed under another file's key is refused. */
    static TreePack.Slice encode(TreeCodec.Read read, String key) {
        byte[] label = key.getBytes(StandardCharsets.US_ASCII);
        byte[] codec = TreeCodec.encode(read);
        byte[] bytes = Arrays.copyOf(label, label.length + codec.length);
        System.arraycopy(codec, 0, bytes, label.length, codec.length);
        return TreePack.Slice.of(bytes);
    }

    private static TreeCodec.Read decode(TreePack.Slice slice, String key, String path) {
        byte[] label = key.getBytes(StandardCharsets.US_ASCII);
        if (slice.length() < label.length || !Arrays.equals(label, 0, label.length, slice.array(), slice.offset(),
                slice.offset() + label.length)) {
            return null;
        }
        return TreeCodec.decode(slice.array(), slice.offset() + label.length, slice.length() - label.length, path);
    }

    /** Stores this run's reads, unless they are exactly the stored ones. */
    void save() {
        if (store.writes() && (parsed.get() || now.size() != earlier.size())) {
            store.put(KIND, PACK, TreePack.parts(now));
        }
    }
}
