package vn.somohinh.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Node;
import vn.somohinh.yaml.SafeYamlReader;

/**
 * A data file as a YAML 1.2 editor sees it (the yaml-language-server's default): "yes" and "no" are text, only
 * true/false are booleans. Jackson reads YAML 1.1 (yes is true), which is not what an editor checks.
 */
public final class Yaml12 {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private Yaml12() {
    }

    /** The file's tree, or null when the build's reader refuses it. */
    public static JsonNode read(Path file) throws IOException {
        Node node = SafeYamlReader.read(file.toString(), Files.readAllBytes(file), new Problems());
        return node == null ? null : json(node);
    }

    private static JsonNode json(Node node) {
        if (node instanceof Node.Mapping m) {
            ObjectNode o = F.objectNode();
            m.entries().forEach((k, e) -> o.set(k, json(e.value())));
            return o;
        }
        if (node instanceof Node.Seq s) {
            var a = F.arrayNode();
            s.items().forEach(i -> a.add(json(i)));
            return a;
        }
        Node.Scalar s = (Node.Scalar) node;
        if (!s.plain()) {
            return F.textNode(s.text());
        }
        String t = s.text();
        if (s.isNull() || t.isEmpty()) {
            return F.nullNode();
        }
        if (t.equals("true") || t.equals("True") || t.equals("TRUE")) {
            return F.booleanNode(true);
        }
        if (t.equals("false") || t.equals("False") || t.equals("FALSE")) {
            return F.booleanNode(false);
        }
        if (INT.matcher(t).matches() || FLOAT.matcher(t).matches()) {
            return F.numberNode(t.startsWith("0o") || t.startsWith("0x") || t.contains("inf") || t.contains("nan")
                    || t.contains("Inf") || t.contains("NaN") ? 0 : new java.math.BigDecimal(t).doubleValue());
        }
        return F.textNode(t);
    }
}
