package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full export imports back: every registration of the default data, made again from dang-ky-2023.xlsx (and from
 * the CSV) into an empty registrations folder, has every key's original value at its original path; imported over
 * the data as it is, nothing changes; a cell corrected in Excel comes back onto its own file, with --update only.
 */
class ExportImportRoundTripTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    @TempDir
    static Path work;
    static Path export;

    @BeforeAll
    static void build() {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        export = out.resolve("dot-dang-ky/2023");
    }

    @Test
    void everyRegistrationComesBackWithEveryValueFromTheWorkbookAndTheCsv() throws IOException {
        List<Path> originals = registrations(Path.of("."));
        assertThat(originals).hasSizeGreaterThan(40);
        for (String file : List.of("dang-ky-2023.xlsx", "dang-ky-2023.csv")) {
            Path root = copy(file);
            PathUtils.deleteDirectory(root.resolve("data/registrations"));
            Run run = Run.of("import", export.resolve(file).toString(), "--root", root.toString());
            assertThat(run.exit()).as(file + "\n" + run.out() + run.err()).isZero();
            assertThat(run.out()).doesNotContain(": error: ");
            for (Path original : originals) {
                Path again = root.resolve(original.toString());
                assertThat(again).as(file + ": " + original).exists();
                assertThat(values(again)).as(file + ": " + original).isEqualTo(values(original));
            }
            assertThat(registrations(root)).hasSameSizeAs(originals);
        }
    }

    @Test
    void overTheDataAsItIsNothingChangesAndACorrectionNeedsUpdate() throws IOException {
        Path root = copy("as-is");
        Run same = Run.of("import", export.resolve("dang-ky-2023.xlsx").toString(), "--root", root.toString());
        assertThat(same.exit()).as(same.out() + same.err()).isZero();
        assertThat(same.err()).contains("Đã ghi 0 tệp; " + registrations(root).size() + " tệp đã có");

        Path corrected = work.resolve("sua.xlsx");
        String path = correct(export.resolve("dang-ky-2023.xlsx"), corrected, "Người chủ trì", "Bí thư chi bộ thôn");
        String before = Files.readString(root.resolve(path));
        Run refused = Run.of("import", corrected.toString(), "--root", root.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("error: tệp " + path + " đã có, nội dung khác ở nguoi_chu_tri: không ghi đè");
        Run dry = Run.of("import", corrected.toString(), "--update", "--dry-run", "--root", root.toString());
        assertThat(dry.exit()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out().lines().filter(l -> l.startsWith("+") || l.startsWith("-")).toList())
                .hasSize(4).contains("+nguoi_chu_tri: Bí thư chi bộ thôn").anyMatch(l -> l.startsWith("-nguoi_chu_tri: "));
        assertThat(Files.readString(root.resolve(path))).isEqualTo(before);
        Run update = Run.of("import", corrected.toString(), "--update", "--root", root.toString());
        assertThat(update.exit()).isZero();
        String after = Files.readString(root.resolve(path));
        assertThat(after.lines().filter(l -> !before.lines().toList().contains(l)).toList())
                .containsExactly("nguoi_chu_tri: Bí thư chi bộ thôn");
        assertThat(Run.of("validate", "--root", root.toString()).exit()).isZero();
    }

    /** Changes one column of the first row; gives the registration path that row names. */
    private static String correct(Path from, Path to, String heading, String value) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int header = -1;
            int column = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(heading)) {
                        header = row.getRowNum();
                        column = cell.getColumnIndex();
                    }
                }
                if (header >= 0) {
                    break;
                }
            }
            Row first = sheet.getRow(header + 1);
            // A new cell, as Excel writes an edited one: POI would keep the export's inline string beside a new value.
            first.removeCell(first.getCell(column));
            first.createCell(column).setCellValue(value);
            String path = "data/registrations/" + (long) first.getCell(0).getNumericCellValue() + "/"
                    + first.getCell(1).getStringCellValue() + "/" + first.getCell(2).getStringCellValue() + ".yaml";
            try (OutputStream out = Files.newOutputStream(to)) {
                book.write(out);
            }
            return path;
        }
    }

    private static Path copy(String name) throws IOException {
        Path root = Files.createDirectories(work.resolve("root-" + name));
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
        return root;
    }

    private static List<Path> registrations(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("data/registrations"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).map(root::relativize).sorted().toList();
        }
    }

    /** A file's values, texts without their surrounding white space (a literal block ends with a line break). */
    private static JsonNode values(Path file) throws IOException {
        return strip(YAML.readTree(Files.readString(file)));
    }

    private static JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(node.asText().strip());
        }
        if (node.isObject()) {
            var copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), strip(e.getValue())));
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
