package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.somohinh.docs.MarkdownDoc.Part;
import vn.somohinh.docs.MarkdownDoc.Section;
import vn.somohinh.load.Field;
import vn.somohinh.load.Schemas;
import vn.somohinh.load.Shape;
import vn.somohinh.load.Status;

/**
 * docs/DATA.md and the one declaration of keys, load/Schemas.java, say the same: under the section of each file kind,
 * every key documented as implemented is declared at that place with the documented req. and value, every declared
 * key is documented, and every key tagged (planned) is not declared yet. The status table matches load/Status.java.
 */
class DataContractDocTest {
    private static final Path DOC = Path.of("docs/DATA.md");
    /** The section heading of each file kind, and its declaration. */
    private static final Map<String, String> FILES = Map.of(
            "data/site.yaml", "SITE",
            "data/units.yaml", "UNIT",
            "data/directives.yaml", "DIRECTIVE",
            "data/campaigns/<year>.yaml", "CAMPAIGN",
            "data/registrations/<year>/<unit-id>/<slug>.yaml", "REGISTRATION",
            "data/reviews/<year>/<unit-id>/<slug>.yaml", "REVIEW");

    @Test
    void everyFileKindOfSchemasHasItsSection() throws IOException, ReflectiveOperationException {
        Set<Shape> nested = new HashSet<>();
        Map<String, Shape> declared = declarations();
        declared.values().forEach(shape -> collectNested(shape, nested));
        MarkdownDoc doc = MarkdownDoc.read(DOC);
        List<String> missing = new ArrayList<>();
        declared.forEach((name, shape) -> {
            if (!nested.contains(shape) && !FILES.containsValue(name)) {
                missing.add("Schemas." + name + " is a file kind that DataContractDocTest.FILES does not name");
            }
        });
        FILES.forEach((heading, name) -> {
            if (doc.sectionsNamed(2, heading).size() != 1) {
                missing.add("docs/DATA.md needs one section \"## `" + heading + "`\" (for Schemas." + name + ")");
            }
        });
        assertThat(missing).as(String.join("\n", missing)).isEmpty();
    }

    @Test
    void everyKeyIsDocumentedAtItsPlaceAndEveryImplementedKeyIsDeclared() throws IOException, ReflectiveOperationException {
        MarkdownDoc doc = MarkdownDoc.read(DOC);
        Map<String, Shape> declared = declarations();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String where = "docs/DATA.md, section `" + file.getKey() + "`";
            String schema = "Schemas." + file.getValue();
            Map<String, Field> keys = new LinkedHashMap<>();
            flatten("", declared.get(file.getValue()), keys);
            Set<String> documented = new HashSet<>();
            for (Section section : doc.sectionsNamed(2, file.getKey())) {
                for (List<Part> row : MarkdownDoc.rows(section, "key")) {
                    String key = row.get(0).firstCode();
                    if (!documented.add(key)) {
                        wrong.add(where + ": key `" + key + "` has two rows");
                    } else {
                        checkRow(where + ": key `" + key + "`", schema, keys.get(key), row, wrong);
                    }
                }
            }
            keys.keySet().stream().filter(k -> !documented.contains(k)).forEach(k -> wrong.add(where + ": key `" + k
                    + "`, declared in " + schema + ", is not documented: add a row \"| `" + k + "` | "
                    + (keys.get(k).required() ? "yes" : "no") + " | " + value(keys.get(k)) + " | … |\""));
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    @Test
    void theStatusTableIsTheToolsOwn() throws IOException {
        MarkdownDoc doc = MarkdownDoc.read(DOC);
        List<String> documented = new ArrayList<>();
        for (Section section : doc.sections()) {
            if (section.level() == 3 && section.heading().text().equals("Statuses")) {
                for (List<Part> row : MarkdownDoc.rows(section, "status")) {
                    String id = row.get(0).firstCode();
                    Status status = Status.byId(id);
                    assertThat(status).as("docs/DATA.md documents status `%s`, which load/Status.java does not have", id).isNotNull();
                    assertThat(row.get(1).text()).as("docs/DATA.md: the label of `%s`", id).isEqualTo(status.label());
                    assertThat(row.get(2).codes()).as("docs/DATA.md: where `%s` may go", id).isEqualTo(status.nextIds());
                    documented.add(id);
                }
            }
        }
        assertThat(documented).as("docs/DATA.md, section Statuses: every status of load/Status.java, in its order")
                .isEqualTo(Arrays.stream(Status.values()).map(Status::id).toList());
    }

    /** A documented key against its declaration (null when it has none). */
    private static void checkRow(String key, String schema, Field field, List<Part> row, List<String> wrong) {
        if (row.get(0).planned()) {
            if (field != null) {
                wrong.add(key + " is tagged (planned) but " + schema + " declares it: remove the tag");
            }
            return;
        }
        if (field == null) {
            wrong.add(key + " is documented as implemented but " + schema + " does not declare it: tag it (planned) or remove the row");
            return;
        }
        String req = field.required() ? "yes" : "no";
        if (!row.get(1).text().equals(req)) {
            wrong.add(key + " has req. \"" + row.get(1).text() + "\", " + schema + " says \"" + req + "\"");
        }
        if (!row.get(2).text().equals(value(field))) {
            wrong.add(key + " has value \"" + row.get(2).text() + "\", " + schema + " says \"" + value(field) + "\"");
        }
    }

    /** The words of the value column of DATA.md ("How to read the tables") for a declared key. */
    static String value(Field field) {
        return switch (field.kind()) {
            case VALUE -> word(field);
            case VALUES -> "list of " + word(field) + "s";
            case GROUP -> "group";
            case GROUPS -> "list of groups";
        };
    }

    private static String word(Field field) {
        return switch (field.type()) {
            case TEXT -> "text";
            case MARKDOWN -> "Markdown";
            case ID -> "id";
            case DATE -> "date";
            case MONEY -> "amount";
            case BOOLEAN -> "true/false";
            case URL -> "URL";
            case ACCOUNT -> "account";
        };
    }

    /** Every key of a shape by its path: `thoi_gian.bat_dau` for a key of a group or of each item of a list of groups. */
    private static void flatten(String prefix, Shape shape, Map<String, Field> keys) {
        for (Field f : shape.fields()) {
            keys.put(prefix + f.key(), f);
            if (f.shape() != null) {
                flatten(prefix + f.key() + ".", f.shape(), keys);
            }
        }
    }

    private static void collectNested(Shape shape, Set<Shape> nested) {
        shape.fields().stream().map(Field::shape).filter(s -> s != null).forEach(s -> {
            nested.add(s);
            collectNested(s, nested);
        });
    }

    /** The public shapes of Schemas by constant name. */
    private static Map<String, Shape> declarations() throws ReflectiveOperationException {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (java.lang.reflect.Field f : Schemas.class.getDeclaredFields()) {
            if (f.getType() == Shape.class && Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())) {
                shapes.put(f.getName(), (Shape) f.get(null));
            }
        }
        return shapes;
    }
}
