package vn.somohinh.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.somohinh.text.Spaces;

/**
 * A registration's values as YAML text, in block style as the contract's examples are: Jackson's YAML writer picks
 * the quoting (so a name like "yes", "2023" or "@a" stays text), long texts as literal blocks. Also reads a text back
 * into plain values, to compare what a file says with what was meant.
 */
final class RegistrationYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private RegistrationYaml() {
    }

    /** A new file: its modeline (or none), then every value. */
    static String file(String modeline, Map<String, Object> values) {
        return (modeline == null ? "" : modeline + "\n") + entries(values);
    }

    /** "key: value" lines for each entry, LF-ended. */
    static String entries(Map<String, Object> values) {
        try {
            return YAML.writeValueAsString(tidy(values));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level values of a YAML text, strings stripped as the loader strips them; null when it is not a map. */
    static ObjectNode read(String text) {
        try {
            JsonNode node = YAML.readTree(text);
            return node instanceof ObjectNode o ? (ObjectNode) strip(o) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Values as plain nodes, stripped as {@link #read} strips them; compare with {@link #same}. */
    static ObjectNode tree(Map<String, Object> values) {
        return (ObjectNode) strip(YAML.valueToTree(tidy(values)));
    }

    /** Equal values, a number equal to a number whatever its width (YAML reads 15000000 as an int, not a long). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }

    /** A read value as plain Java values again, to write it. */
    static Object plain(JsonNode node) {
        return YAML.convertValue(node, Object.class);
    }

    /** Markdown lines lose trailing spaces, which would force a quoted one-line form instead of a readable block. */
    private static Map<String, Object> tidy(Map<String, Object> values) {
        Map<String, Object> tidy = new LinkedHashMap<>();
        values.forEach((k, v) -> tidy.put(k, v instanceof String s && s.contains("\n")
                ? s.replaceAll("[ \\t]+\\n", "\n") : v));
        return tidy;
    }

    private static JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(Spaces.strip(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), strip(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(strip(n)));
            return copy;
        }
        return node;
    }
}
