package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key of every file of the "site" fixture, deleted or given a value of each wrong kind: the tool answers with
 * problems (exit 1) or builds (exit 0), and never fails inside (exit 3). Catches the null that one rule forgot, and
 * any message about a value that does not name its key path ({@link ProblemPaths}).
 */
class MutationTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    @TempDir
    Path tmp;

    @Test
    void noMutationMakesTheToolFailInside() throws IOException {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        List<Path> files;
        try (Stream<Path> all = Files.walk(root.resolve("data"))) {
            files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int runs = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode tree = YAML.readTree(original);
            for (String path : paths(tree, "")) {
                for (Consumer<ObjectNode> mutation : mutations(path)) {
                    JsonNode copy = tree.deepCopy();
                    mutation.accept(parent(copy, path));
                    Files.writeString(file, YAML.writeValueAsString(copy), StandardCharsets.UTF_8);
                    Run run = Run.of(Map.of(), "validate", "--root", root.toString());
                    runs++;
                    if (run.exit() != 0 && run.exit() != 1) {
                        failures.add(root.relativize(file) + " " + path + ": " + run.err().strip());
                    }
                    ProblemPaths.unnamed(root, run.out()).forEach(p -> failures.add(path + ": " + p));
                }
            }
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        assertThat(failures).isEmpty();
        assertThat(runs).isGreaterThan(300);
    }

    /** Dotted paths of every key in mappings, entering list items as [i]. */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node instanceof ObjectNode obj) {
            for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                String path = prefix + key;
                out.add(path);
                out.addAll(paths(obj.get(key), path + "."));
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                out.addAll(paths(arr.get(i), prefix + "[" + i + "]."));
            }
        }
        return out;
    }

    private static ObjectNode parent(JsonNode root, String path) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            node = part.startsWith("[") ? node.get(Integer.parseInt(part.substring(1, part.length() - 1))) : node.get(part);
        }
        return (ObjectNode) node;
    }

    private static List<Consumer<ObjectNode>> mutations(String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        return List.of(
                o -> o.remove(key),
                o -> o.putNull(key),
                o -> o.put(key, ""),
                o -> o.put(key, "x"),
                o -> o.set(key, F.arrayNode()),
                o -> o.set(key, F.arrayNode().add("a").add(F.objectNode().put("b", 1))),
                o -> o.set(key, F.objectNode()),
                o -> o.set(key, F.objectNode().put("c", "d")));
    }
}
