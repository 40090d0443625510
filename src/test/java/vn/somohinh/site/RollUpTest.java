package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.somohinh.cli.SiteBuild;

/**
 * The year-end roll-up per unit of the default 2023 campaign, recomputed here from the YAML files alone, as the
 * campaign page, the report page, the Word report, the workbook's sheet and the JSON export show it.
 */
class RollUpTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String DEADLINE = "2023-03-10";
    static Path dir;

    @BeforeAll
    static void build(@org.junit.jupiter.api.io.TempDir Path work) {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        dir = out.resolve("dot-dang-ky/2023");
    }

    /** Đăng ký, mô hình, duyệt, triển khai, sơ kết, tổng kết, kết quả, the four grades, nhân rộng, khen thưởng. */
    static List<String> expected(String unit) throws IOException {
        Path regs = Path.of("data/registrations/2023", unit);
        List<Path> files = Files.isDirectory(regs) ? list(regs) : List.of();
        int[] n = new int[12];
        List<String> grades = List.of("xuat-sac", "tot", "dat", "khong-dat");
        boolean onTime = false;
        for (Path f : files) {
            JsonNode reg = YAML.readTree(f.toFile());
            onTime |= reg.get("ngay_dang_ky").asText().compareTo(DEADLINE) <= 0;
            n[5] += reg.has("ket_qua_thuc_hien") ? 1 : 0;
            Path review = Path.of("data/reviews/2023", unit, f.getFileName().toString());
            if (!Files.exists(review)) {
                continue;
            }
            JsonNode rev = YAML.readTree(review.toFile());
            List<String> steps = new ArrayList<>();
            rev.get("qua_trinh").forEach(s -> steps.add(s.get("trang_thai").asText()));
            String last = steps.get(steps.size() - 1);
            n[1] += steps.contains("duoc-duyet") ? 1 : 0;
            n[2] += last.equals("dang-trien-khai") || last.equals("so-ket") ? 1 : 0;
            n[3] += steps.contains("so-ket") ? 1 : 0;
            n[4] += steps.contains("tong-ket") ? 1 : 0;
            JsonNode e = rev.get("danh_gia");
            if (e != null) {
                n[6 + grades.indexOf(e.get("xep_loai").asText())]++;
                n[10] += e.path("de_xuat_nhan_rong").asBoolean(false) ? 1 : 0;
                n[11] += e.path("de_xuat_khen_thuong").asBoolean(false) ? 1 : 0;
            }
        }
        n[0] = files.size();
        List<String> row = new ArrayList<>(List.of(files.isEmpty() ? "Chưa đăng ký" : onTime ? "Đúng hạn" : "Muộn"));
        for (int x : n) {
            row.add(String.valueOf(x));
        }
        return row;
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static String name(String unit) throws IOException {
        for (JsonNode u : YAML.readTree(Path.of("data/units.yaml").toFile())) {
            if (u.get("id").asText().equals(unit)) {
                return u.get("ten").asText();
            }
        }
        throw new AssertionError(unit);
    }

    /** A unit with graded, replicated and commended models; one late; one with nothing; one not registered. */
    @ParameterizedTest
    @ValueSource(strings = {"huyen-doan", "mttq", "xa-loc-lam", "xa-loc-nam", "ldld", "phong-noi-vu"})
    void everyFormShowsTheFiguresOfTheYaml(String unit) throws IOException {
        List<String> want = expected(unit);
        String name = name(unit);
        assertThat(pageRow(dir.resolve("index.html"), name)).isEqualTo(want);
        assertThat(pageRow(dir.resolve("bao-cao/index.html"), name)).isEqualTo(want);
        assertThat(sheetRow(name)).isEqualTo(want);
        assertThat(jsonRow(unit)).isEqualTo(want);
        assertThat(wordRow(name)).isEqualTo(want);
    }

    /** The Word report's roll-up: the last table, in the landscape annex. */
    static List<String> wordRow(String name) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = PrintedDocx.open(dir.resolve("bao-cao-2023.docx"))) {
            var table = doc.getTables().get(doc.getTables().size() - 1);
            for (var row : table.getRows()) {
                List<String> cells = row.getTableCells().stream().map(c -> c.getText()).toList();
                if (cells.get(1).equals(name)) {
                    return cells.subList(2, cells.size());
                }
            }
        }
        throw new AssertionError(name);
    }

    static List<String> pageRow(Path page, String name) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element table = doc.selectFirst("div[aria-label=Tổng hợp kết quả theo đơn vị] table");
        assertThat(table.selectFirst("caption")).isNotNull();
        for (Element tr : table.select("tbody tr")) {
            if (tr.selectFirst("th[scope=row]").text().equals(name)) {
                return tr.select("td").eachText();
            }
        }
        throw new AssertionError(name + " not in " + page);
    }

    static List<String> sheetRow(String name) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("bao-cao-2023.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Theo đơn vị");
            for (Row row : sheet) {
                if (row.getCell(1).getStringCellValue().equals(name)) {
                    List<String> out = new ArrayList<>();
                    for (int i = 2; i < row.getLastCellNum(); i++) {
                        Cell c = row.getCell(i);
                        out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((int) c.getNumericCellValue())
                                : c.getStringCellValue());
                    }
                    return out;
                }
            }
        }
        throw new AssertionError(name);
    }

    static List<String> jsonRow(String unit) throws IOException {
        JsonNode json = new ObjectMapper().readTree(dir.resolve("bao-cao-2023.json").toFile());
        for (JsonNode u : json.get("theo_don_vi")) {
            if (u.get("don_vi").asText().equals(unit)) {
                String reg = switch (u.get("dang_ky").asText()) {
                    case "dung-han" -> "Đúng hạn";
                    case "muon" -> "Muộn";
                    default -> "Chưa đăng ký";
                };
                List<String> out = new ArrayList<>(List.of(reg));
                for (String k : List.of("so_mo_hinh", "duoc_duyet", "dang_trien_khai", "so_ket", "tong_ket",
                        "co_ket_qua_thuc_hien")) {
                    out.add(u.get(k).asText());
                }
                for (String g : List.of("xuat-sac", "tot", "dat", "khong-dat")) {
                    out.add(u.get("xep_loai").get(g).asText());
                }
                out.add(u.get("de_xuat_nhan_rong").asText());
                out.add(u.get("de_xuat_khen_thuong").asText());
                return out;
            }
        }
        throw new AssertionError(unit);
    }
}
