package vn.somohinh.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.load.RegistrationColumns;

/** A registration file as a table row in the cell syntax of docs/DATA.md (as a clerk would type it), for tests. */
final class RegistrationRows {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RegistrationRows() {
    }

    /** {@code withIdentity}: the export's year, unit and code columns too. */
    static Entry row(Path root, String path, String place, boolean withIdentity) throws IOException {
        JsonNode file = YAML.readTree(Files.readString(root.resolve(path)));
        String[] parts = path.substring("data/registrations/".length(), path.length() - 5).split("/");
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String key : RegistrationColumns.all().keySet()) {
            String text = switch (key) {
                case RegistrationColumns.YEAR -> withIdentity ? parts[0] : null;
                case RegistrationColumns.UNIT -> withIdentity ? parts[1] : null;
                case RegistrationColumns.CODE -> withIdentity ? parts[2] : null;
                default -> text(key, key.contains(".") ? file.path(key.split("\\.")[0]).get(key.split("\\.")[1]) : file.get(key));
            };
            if (text != null || !RegistrationColumns.isIdentity(key)) {
                cells.put(key, Cell.text(place + "!" + key, text == null ? "" : text));
            }
        }
        return new Entry("bang.xlsx", place, cells);
    }

    private static String text(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> lines = new ArrayList<>();
            for (JsonNode item : value) {
                lines.add(item.isObject() ? line(key, item) : item.asText());
            }
            return String.join("\n", lines);
        }
        return value.asText();
    }

    private static String line(String key, JsonNode item) {
        if (key.equals("tai_lieu")) {
            return item.get("ten").asText() + ": " + item.get("lien_ket").asText();
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<JsonNode> it = item.elements(); it.hasNext(); ) {
            parts.add(it.next().asText());
        }
        return String.join(": ", parts);
    }
}
