package vn.somohinh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import vn.somohinh.load.Status;

/**
 * Turns a registry into the source of an equivalent Hugo site, for the side-by-side benchmark ({@code bench/run.sh}):
 * {@code --data DIR --layouts DIR --out DIR}. Each registration becomes one content file whose front matter is the
 * registration itself, plus the unit's name and the review, so Hugo parses the same YAML we parse; code lists go to
 * Hugo's data folder for labels. Hugo 0.111 (Debian's) has no content adapters, hence the files. Not timed.
 */
public final class HugoSite {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path data = Path.of(options.get("--data"));
        Path out = Path.of(options.get("--out"));
        Path layouts = Path.of(options.get("--layouts"));
        int pages = write(data, layouts, out);
        System.out.println(pages + " trang mô hình → " + out);
    }

    static int write(Path data, Path layouts, Path out) throws IOException {
        FileUtils.copyDirectory(layouts.toFile(), out.toFile());
        Path hugoData = Files.createDirectories(out.resolve("data"));
        Files.copy(data.resolve("site.yaml"), hugoData.resolve("site.yaml"));
        Files.copy(data.resolve("directives.yaml"), hugoData.resolve("directives.yaml"));
        StringBuilder statuses = new StringBuilder();
        for (Status status : Status.values()) {
            statuses.append(status.id()).append(": \"").append(status.label()).append("\"\n");
        }
        Files.writeString(hugoData.resolve("trang_thai.yaml"), statuses);
        Map<String, String> unitNames = new HashMap<>();
        for (JsonNode unit : YAML.readTree(data.resolve("units.yaml").toFile())) {
            unitNames.put(unit.get("id").asText(), unit.get("ten").asText());
        }
        Path content = Files.createDirectories(out.resolve("content/mo-hinh"));
        Files.writeString(content.resolve("_index.md"), "---\ntitle: \"Danh sách mô hình\"\n---\n");
        Path registrations = data.resolve("registrations");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(registrations)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Path relative = registrations.relativize(file);
            String year = relative.getName(0).toString();
            String unit = relative.getName(1).toString();
            StringBuilder page = new StringBuilder("---\n");
            String registration = Files.readString(file);
            page.append(registration).append('\n');
            // Hugo sorts listings by title by default: give it the model's name, as our listing sorts by it.
            registration.lines().filter(line -> line.startsWith("ten_mo_hinh:")).findFirst()
                .ifPresent(line -> page.append("title:").append(line.substring("ten_mo_hinh:".length())).append('\n'));
            page.append("nam: ").append(year).append('\n');
            page.append("don_vi: ").append(unit).append('\n');
            page.append("ten_don_vi: \"").append(unitNames.get(unit)).append("\"\n");
            Path review = data.resolve("reviews").resolve(relative);
            if (Files.exists(review)) {
                page.append("xet_duyet:\n");
                for (String line : Files.readAllLines(review)) {
                    page.append("  ").append(line).append('\n');
                }
            }
            page.append("---\n");
            Path target = content.resolve(relative.toString().replace(".yaml", ".md"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, page, StandardCharsets.UTF_8);
        }
        return files.size();
    }
}
