package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.JsonSchemas;
import vn.somohinh.load.ValueType;
import vn.somohinh.load.Yaml12;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;
import vn.somohinh.validate.Validator;

/**
 * The JSON Schemas editors use agree with the build: every fixture file and every default data file is valid for
 * the schema made from its own site's data exactly when the build finds no problem of its own shape in it, nor a
 * reference to a code that its lists lack (other cross-file rules are beyond a schema). The committed schema/ files
 * are the ones generated from the default data.
 */
class SchemaAgreementTest {
    /** The problems a schema can see: the shape and form of one file's values. */
    private static final Set<String> SHAPE = Set.of("missing-key", "empty-value", "unknown-key", "wrong-type", "invalid-id",
            "invalid-date", "invalid-number", "invalid-boolean", "invalid-url", "invalid-account", "text-too-long", "wrong-shape",
            "unknown-reference");
    /** YAML the build refuses before reading values; a schema validator reads it differently, so it is not compared. */
    private static final Set<String> UNREAD = Set.of("yaml-syntax", "yaml-alias", "yaml-anchor", "yaml-merge-key", "yaml-tag",
            "duplicate-key", "multiple-documents", "not-utf8", "control-char", "empty-file", "file-too-large", "too-deep",
            "bad-path", "symlink");
    @TempDir
    Path tmp;

    @Test
    void committedSchemasAreTheGeneratedOnes() throws IOException {
        for (Map.Entry<String, String> e : JsonSchemas.all(DataLoader.load(Path.of("."), new Problems())).entrySet()) {
            Path file = Path.of("schema", e.getKey());
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(e.getValue());
        }
    }

    @Test
    void schemaAndBuildAgreeOnEveryFixtureAndTheDefaultData() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of(".")));
        try (Stream<Path> dirs = Files.list(FixtureSite.FIXTURES)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                if (!name.startsWith("_")) {
                    roots.add(FixtureSite.compose(name, tmp.resolve(name)));
                }
            }
        }
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path root : roots) {
            Problems problems = new Problems();
            DataSet data = DataLoader.load(root, problems);
            // References into the code lists are in the schemas too, so the rules that check them run as well.
            Validator.validate(data, LocalDate.of(2023, 6, 1), problems);
            Map<String, String> schemas = JsonSchemas.all(data);
            Map<String, List<String>> codes = new HashMap<>();
            for (Problem p : problems.sorted()) {
                codes.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p.code());
            }
            for (Path file : yamlFiles(root)) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String kind = kind(rel);
                List<String> found = codes.getOrDefault(rel, List.of());
                if (kind == null || found.stream().anyMatch(UNREAD::contains)) {
                    continue;
                }
                boolean buildOk = found.stream().noneMatch(SHAPE::contains);
                JsonNode tree = Yaml12.read(file);
                JsonSchema schema = schema(schemas.get(kind + ".schema.json"));
                boolean schemaOk = schema.validate(tree).isEmpty();
                compared++;
                if (buildOk != schemaOk) {
                    disagreements.add(root.getFileName() + "/" + rel + ": build " + found + ", schema " + schemaOk
                            + " " + schema.validate(tree));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void aTextIsBlankForTheSchemaExactlyWhenItIsForTheBuild() throws IOException {
        JsonNode registration = new ObjectMapper().readTree(JsonSchemas.all(DataLoader.load(Path.of("."), new Problems()))
                .get("registration.schema.json"));
        List<String> disagreements = new ArrayList<>();
        // A one-line text and a Markdown text, each made of one character of the whole BMP (surrogates aside).
        for (String key : List.of("nguoi_chu_tri", "thuc_trang")) {
            JsonSchema text = schema(registration.get("properties").get(key).toString());
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                String value = String.valueOf(c);
                if (!Character.isSurrogate(c) && text.validate(TextNode.valueOf(value)).isEmpty() == Spaces.isBlank(value)) {
                    disagreements.add(key + " U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT));
                }
            }
            assertThat(text.validate(TextNode.valueOf("\u200B\u2060 x\u00A0"))).isEmpty();
        }
        assertThat(disagreements).isEmpty();
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root.resolve("data"))) {
            return all.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static String kind(String rel) {
        if (rel.equals("data/site.yaml")) {
            return "site";
        }
        if (rel.equals("data/units.yaml") || rel.equals("data/directives.yaml")) {
            return rel.substring(5, rel.length() - 5);
        }
        if (rel.matches("data/campaigns/\\d{4}\\.yaml")) {
            return "campaign";
        }
        if (rel.startsWith("data/registrations/")) {
            return "registration";
        }
        return rel.startsWith("data/reviews/") ? "review" : null;
    }

    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();
    /** Draft 2020-12 with the language server's own keywords (messages, names of codes), which change no verdict. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword("errorMessage"))
                    .keyword(new NonValidationKeyword("patternErrorMessage"))
                    .keyword(new NonValidationKeyword("enumDescriptions")).build()));

    private static JsonSchema schema(String text) throws IOException {
        if (!SCHEMAS.containsKey(text)) {
            JsonNode node = new ObjectMapper().readTree(text);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            SCHEMAS.put(text, FACTORY.getSchema(node, config));
        }
        return SCHEMAS.get(text);
    }
}
