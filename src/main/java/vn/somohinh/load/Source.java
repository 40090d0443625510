package vn.somohinh.load;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a record came from: its file and its mapping, so that any later stage can point at a value by path
 * ({@code "thoi_gian.bat_dau"}, {@code "can_cu[2]"}, 1-based) without keeping positions in every record field.
 */
public final class Source {
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    private final String file;
    /** Null once released: the tree is what holds most of a large registry's memory. */
    private volatile Node.Mapping node;

    public Source(String file, Node.Mapping node) {
        this.file = file;
        this.node = node;
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
     * Where each item of the list at {@code key} stands, by its text (the first of equal items), else the key's
     * place: one pass over the list, for rules that look up every item of a list of thousands.
     */
    public Function<String, Pos> itemPositions(String key) {
        Map<String, Pos> first = new HashMap<>();
        if (node().get(key) instanceof Node.Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Node.Scalar s) {
                    first.putIfAbsent(s.text().strip(), s.pos());
                }
            }
        }
        Pos fallback = pos(key);
        return value -> first.getOrDefault(value, fallback);
    }

    private static boolean isEmpty(Node n) {
        return n instanceof Node.Scalar s && s.isBlank();
    }
}
