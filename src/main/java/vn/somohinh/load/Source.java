package vn.somohinh.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.text.Spaces;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.Pos;

/**
 * Where a record came from: its file and its mapping, so that any later stage can point at a value by path
 * ({@code "thoi_gian.bat_dau"}, {@code "can_cu[2]"}, 1-based) without keeping positions in every record field.
 */
public final class Source {
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private final String file;
    /** Where the mapping sits in its file, as a key path: {@code "[3]."} for the third entry of a list file. */
    private final String prefix;
    /** Null once released: the tree is what holds most of a large registry's memory. */
    private volatile Node.Mapping node;

    public Source(String file, Node.Mapping node) {
        this(file, node, "");
    }

    /** A mapping inside a list file, {@code prefix} being its key path with a final dot: {@code "[3]."}. */
    public Source(String file, Node.Mapping node, String prefix) {
        this.file = file;
        this.node = node;
        this.prefix = prefix;
    }

    /** The file's path from the site root ("data/…"). */
    public String file() {
        return file;
    }

    /** The file's top mapping, as written. */
    public Node.Mapping node() {
        Node.Mapping tree = node;
        if (tree == null) {
            throw new IllegalStateException(file + ": YAML tree already released (positions are for validation)");
        }
        return tree;
    }

    /** Drops the tree once no stage will point into the file again (see {@link DataSet#releaseTrees()}). */
    void release() {
        node = null;
    }

    /** The place of the value at {@code path}, or of the nearest enclosing value that exists. */
    public Pos pos(String path) {
        Node current = node();
        Pos best = current.pos();
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches() || !(current instanceof Node.Mapping map) || !map.entries().containsKey(m.group(1))) {
                return best;
            }
            Node.Entry entry = map.entries().get(m.group(1));
            current = entry.value();
            best = current == null || isEmpty(current) ? entry.keyPos() : current.pos();
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2)) - 1;
                if (!(current instanceof Node.Seq seq) || index < 0 || index >= seq.items().size()) {
                    return best;
                }
                current = seq.items().get(index);
                best = current.pos();
            }
        }
        return best;
    }

    /**
     * The key path of {@code path} in its file, as messages name it (docs/DECISIONS.md): the same path, after the
     * entry's position in a list file ({@code "[3].loai"}).
     */
    public String keyPath(String path) {
        return prefix + path;
    }

    /**
     * The path of each item of the list at {@code key} by its text ("can_cu[2]", the first of equal items), else the
     * key: one pass over the list, for rules that look up every item of a list of thousands.
     */
    public Function<String, String> itemPaths(String key) {
        Map<String, Integer> first = new HashMap<>();
        if (node().get(key) instanceof Node.Seq seq) {
            List<Node> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Node.Scalar s) {
                    first.putIfAbsent(Spaces.strip(s.text()), i + 1);
                }
            }
        }
        return value -> {
            Integer index = first.get(value);
            return index == null ? key : key + "[" + index + "]";
        };
    }

    private static boolean isEmpty(Node n) {
        return n instanceof Node.Scalar s && s.isBlank();
    }
}
