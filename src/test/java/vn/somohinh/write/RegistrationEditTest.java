package vn.somohinh.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.somohinh.load.Field;
import vn.somohinh.load.Schemas;

/**
 * {@code import --update} changes an entry and keeps every other byte: for every default registration, each key in
 * turn, with LF, CRLF and no final newline, the new text reads back as the old values with that one changed.
 */
class RegistrationEditTest {
    private static final List<String> ORDER = Schemas.REGISTRATION.fields().stream().map(Field::key).toList();

    @Test
    void changingOneEntryKeepsEveryOtherValueAndByte() throws Exception {
        int edits = 0;
        for (Path file : registrations()) {
            String lf = Files.readString(file);
            for (String text : List.of(lf, lf.replace("\n", "\r\n"), lf.stripTrailing())) {
                ObjectNode old = RegistrationYaml.read(text);
                for (Iterator<String> keys = old.fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put(key, "Giá trị mới: " + key);
                    String after = RegistrationEdit.apply(text, Map.of(key, RegistrationYaml.entries(one)), ORDER);
                    ObjectNode expected = old.deepCopy();
                    expected.put(key, "Giá trị mới: " + key);
                    assertThat(RegistrationYaml.read(after)).as(file + " " + key).isEqualTo(expected);
                    assertKeptAround(text, after, key);
                    edits++;
                }
            }
        }
        assertThat(edits).isGreaterThan(1000);
    }

    @Test
    void aNewKeyGoesBeforeTheNextKeyOfTheContractAndARemovedOneLeavesNoTrace() throws Exception {
        String text = "# đầu tệp\nten_mo_hinh: A\n# về lĩnh vực\nlinh_vuc: kinh-te\nngay_dang_ky: 2023-03-10\n";
        String added = RegistrationEdit.apply(text, Map.of("hinh_thuc", "hinh_thuc: tap-the\n",
                "nguoi_chu_tri", "nguoi_chu_tri: Bí thư\n", "tai_lieu", "tai_lieu: []\n"), ORDER);
        assertThat(added).isEqualTo("# đầu tệp\nten_mo_hinh: A\nhinh_thuc: tap-the\n# về lĩnh vực\nlinh_vuc: kinh-te\n"
                + "nguoi_chu_tri: Bí thư\nngay_dang_ky: 2023-03-10\ntai_lieu: []\n");
        java.util.HashMap<String, String> remove = new java.util.HashMap<>();
        remove.put("linh_vuc", null);
        assertThat(RegistrationEdit.apply(text, remove, ORDER))
                .isEqualTo("# đầu tệp\nten_mo_hinh: A\n# về lĩnh vực\nngay_dang_ky: 2023-03-10\n");
        assertThat(RegistrationEdit.apply("ten_mo_hinh: A", Map.of("linh_vuc", "linh_vuc: x\n"), ORDER))
                .isEqualTo("ten_mo_hinh: A\nlinh_vuc: x\n");
    }

    @Test
    void aFileNotInBlockStyleIsRefused() {
        assertThatThrownBy(() -> RegistrationEdit.apply("{ten_mo_hinh: A, linh_vuc: b}\n", Map.of("linh_vuc", "linh_vuc: c\n"), ORDER))
                .isInstanceOf(RegistrationEdit.Refused.class);
        assertThatThrownBy(() -> RegistrationEdit.apply("---\nten_mo_hinh: A\n", Map.of("linh_vuc", "linh_vuc: c\n"), ORDER))
                .isInstanceOf(RegistrationEdit.Refused.class);
    }

    /** The text before the key's line and after its entry is the old text's. */
    private static void assertKeptAround(String before, String after, String key) {
        int at = before.startsWith(key + ":") ? 0 : before.indexOf("\n" + key + ":") + 1;
        assertThat(after).startsWith(before.substring(0, at));
        String tail = before.substring(at);
        List<String> lines = new ArrayList<>(tail.lines().toList());
        // The entry's own lines: the key line and what is indented under it.
        int n = 1;
        while (n < lines.size() && (lines.get(n).isEmpty() || Character.isWhitespace(lines.get(n).charAt(0)))) {
            n++;
        }
        String rest = String.join("\n", lines.subList(n, lines.size()));
        assertThat(after.replace("\r\n", "\n").stripTrailing()).endsWith(rest.stripTrailing());
    }

    private static List<Path> registrations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("data/registrations"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
