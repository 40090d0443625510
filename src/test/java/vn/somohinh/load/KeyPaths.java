package vn.somohinh.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.Pos;
import vn.somohinh.yaml.SafeYamlReader;

/**
 * For tests: the key paths (the notation of docs/DECISIONS.md, "Messages") of every key and value of a data file, by
 * the line:column where each starts, as the tool reads the file. The whole file's path is ""; an entry of a list file
 * may also be named by its id.
 */
public final class KeyPaths {
    private KeyPaths() {
    }

    /** "line:column" to the paths starting there; empty when the file cannot be read as YAML. */
    public static Map<String, Set<String>> of(String file, byte[] bytes) {
        Node root = SafeYamlReader.read(file, bytes, new Problems());
        Map<String, Set<String>> at = new HashMap<>();
        if (root != null) {
            visit(root, "", at);
        }
        return at;
    }

    private static void visit(Node node, String path, Map<String, Set<String>> at) {
        add(at, node.pos(), path);
        if (node instanceof Node.Mapping map) {
            for (Node.Entry entry : map.entries().values()) {
                String child = path.isEmpty() ? entry.key() : path + "." + entry.key();
                add(at, entry.keyPos(), child);
                if (entry.value() != null) {
                    visit(entry.value(), child, at);
                }
            }
        } else if (node instanceof Node.Seq seq) {
            List<Node> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                visit(items.get(i), path + "[" + (i + 1) + "]", at);
                if (path.isEmpty() && items.get(i) instanceof Node.Mapping entry
                        && entry.get("id") instanceof Node.Scalar id && !id.isBlank()) {
                    add(at, entry.pos(), id.text());
                }
            }
        }
    }

    private static void add(Map<String, Set<String>> at, Pos pos, String path) {
        at.computeIfAbsent(pos.line() + ":" + pos.column(), k -> new TreeSet<>()).add(path);
    }
}
