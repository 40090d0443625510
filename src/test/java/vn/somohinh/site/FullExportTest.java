package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.load.Field;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.load.Schemas;
import vn.somohinh.load.ValueType;
import vn.somohinh.load.Yaml12;

/**
 * The full export of the default 2023 campaign (dang-ky-2023.xlsx and .csv), read back as {@code import} will: a column
 * per key of {@link RegistrationColumns} under its heading, a row per registration file whose cells are the values
 * that file holds, recomputed here from the YAML; dates and amounts typed in the workbook; no live formula in the CSV;
 * and the same cells once LibreOffice has opened and saved the workbook.
 */
class FullExportTest {
    static final Path DATA = Path.of("data/registrations/2023");

    @TempDir
    static Path work;
    static Path dir;
    /** year/unit/slug → key → the value as the YAML holds it, in the cell syntax; absent keys left out. */
    static Map<String, Map<String, String>> expected;
    static Set<String> dates = new java.util.HashSet<>();
    static Set<String> amounts = new java.util.HashSet<>();

    @BeforeAll
    static void build() throws IOException {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        dir = out.resolve("dot-dang-ky/2023");
        for (Field f : Schemas.REGISTRATION.fields()) {
            if (f.kind() == Field.Kind.GROUP) {
                f.shape().fields().forEach(sub -> type(f.key() + "." + sub.key(), sub.type()));
            } else if (f.kind() == Field.Kind.VALUE) {
                type(f.key(), f.type());
            }
        }
        expected = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String unit = file.getParent().getFileName().toString();
                String slug = file.getFileName().toString().replace(".yaml", "");
                expected.put("2023/" + unit + "/" + slug, values(Yaml12.read(file), unit, slug));
            }
        }
        assertThat(expected).hasSizeGreaterThan(40);
    }

    private static void type(String key, ValueType type) {
        if (type == ValueType.DATE) {
            dates.add(key);
        } else if (type == ValueType.MONEY) {
            amounts.add(key);
        }
    }

    /** A registration file's values as the export writes them, computed from its YAML tree. */
    private static Map<String, String> values(JsonNode yaml, String unit, String slug) {
        Map<String, String> v = new HashMap<>(Map.of("nam", "2023", "don_vi", unit, "ma", slug));
        yaml.fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            if (n.isObject()) {
                n.fields().forEachRemaining(s -> v.put(e.getKey() + "." + s.getKey(), scalar(s.getValue())));
            } else if (n.isArray()) {
                List<String> lines = new ArrayList<>();
                for (JsonNode item : n) {
                    lines.add(!item.isObject() ? item.asText().strip() : item.has("ngay")
                            ? item.get("ngay").asText() + ": " + item.get("noi_dung").asText().strip()
                            : item.get("ten").asText().strip() + ": " + item.get("lien_ket").asText().strip());
                }
                v.put(e.getKey(), String.join("\n", lines));
            } else {
                v.put(e.getKey(), scalar(n));
            }
        });
        return v;
    }

    /** A scalar's text; a number written in digits (the reader gives amounts as doubles). */
    private static String scalar(JsonNode n) {
        return n.isNumber() ? n.decimalValue().toBigIntegerExact().toString() : n.asText().strip();
    }

    @Test
    void theWorkbookHasAColumnPerKeyAndARowPerFileHoldingItsValues() throws IOException {
        try (XSSFWorkbook book = open(dir.resolve("dang-ky-2023.xlsx"))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(RegistrationColumns.all().values());
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertSameValues(rows(sheet));
        }
    }

    /** The sheet's rows by year/unit/slug, each cell by its column's key. */
    private static Map<String, Map<String, String>> rows(XSSFSheet sheet) {
        List<String> keys = List.copyOf(RegistrationColumns.all().keySet());
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < keys.size(); c++) {
                String text = text(row.getCell(c), keys.get(c));
                if (text != null) {
                    cells.put(keys.get(c), text);
                }
            }
            found.put(cells.get("nam") + "/" + cells.get("don_vi") + "/" + cells.get("ma"), cells);
        }
        return found;
    }

    /**
     * A workbook cell as the import reads it, checking its type: a date cell for a date (given back ISO), a number for
     * the year and the amounts, text for the rest; null for a blank cell.
     */
    private static String text(Cell cell, String key) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (dates.contains(key)) {
            assertThat(cell.getCellType()).as(key).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).as(key).isTrue();
            assertThat(cell.getCellStyle().getDataFormatString()).as(key).isEqualTo("dd/mm/yyyy");
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (amounts.contains(key) || key.equals("nam")) {
            assertThat(cell.getCellType()).as(key).isEqualTo(CellType.NUMERIC);
            return String.valueOf((long) cell.getNumericCellValue());
        }
        assertThat(cell.getCellType()).as(key).isEqualTo(CellType.STRING);
        if (cell.getStringCellValue().contains("\n")) {
            assertThat(cell.getCellStyle().getWrapText()).as(key + " wraps its lines").isTrue();
        }
        return cell.getStringCellValue();
    }

    @Test
    void theWorkbookPrintsLandscapeWithItsHeaderFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = open(dir.resolve("dang-ky-2023.xlsx"))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AB" + (expected.size() + 1));
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(new DataFormatter(java.util.Locale.ROOT).formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("2023");
        }
    }

    @Test
    void theCsvHoldsTheSameValuesGuardedAgainstFormulas() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("dang-ky-2023.csv"));
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", 2)[0]).startsWith("\"Năm\",\"Đơn vị\",\"Mã\",\"Tên mô hình\"");
        List<CSVRecord> rows;
        try (Reader r = new StringReader(text)) {
            rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(RegistrationColumns.all().values());
        List<String> keys = List.copyOf(RegistrationColumns.all().keySet());
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        int guarded = 0;
        for (CSVRecord row : rows) {
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < keys.size(); c++) {
                String cell = row.get(c);
                assertThat(cell).as("no live formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
                if (cell.startsWith("'")) {
                    guarded++;
                    cell = cell.substring(1);
                }
                if (!cell.isEmpty()) {
                    cells.put(keys.get(c), cell);
                }
            }
            found.put(cells.get("nam") + "/" + cells.get("don_vi") + "/" + cells.get("ma"), cells);
        }
        assertSameValues(found);
        // The default data's Markdown lists ("- Ký số…") start with a minus: the guard is exercised, not assumed.
        assertThat(guarded).isGreaterThan(10);
        assertThat(text).contains("\"'- ").doesNotContain(",\"=").doesNotContain(",\"-");
    }

    @Test
    void theCampaignPageLinksBothFiles() throws IOException {
        var page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        var xlsx = page.select("a[href$=dot-dang-ky/2023/dang-ky-2023.xlsx]");
        assertThat(xlsx.text()).isEqualTo("Toàn bộ hồ sơ đăng ký (Excel, để sửa rồi nhập lại)");
        assertThat(page.select("a[href$=dot-dang-ky/2023/dang-ky-2023.csv]")).hasSize(1);
    }

    @Test
    void libreOfficeOpensTheWorkbookWithTheSameCells() throws Exception {
        LibreOffice.require();
        Path saved = LibreOffice.toXlsx(dir.resolve("dang-ky-2023.xlsx"), null, work.resolve("lo-xlsx"));
        try (XSSFWorkbook book = open(saved)) {
            assertSameValues(rows(book.getSheetAt(0)));
        }
    }

    /** Every registration file has its row, and every key of it its value (a message short enough to read). */
    private static void assertSameValues(Map<String, Map<String, String>> found) {
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
            Map<String, String> row = found.get(e.getKey());
            Set<String> keys = new java.util.TreeSet<>(e.getValue().keySet());
            keys.addAll(row.keySet());
            for (String key : keys) {
                assertThat(row.get(key)).as(e.getKey() + ": " + key).isEqualTo(e.getValue().get(key));
            }
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
