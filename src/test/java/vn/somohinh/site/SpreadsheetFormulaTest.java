package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * CSV formula injection (OWASP): a model name that starts with {@code = + - @} must not become a live formula when
 * the report's CSV is opened in a spreadsheet. Checked as text, and with the real client, LibreOffice Calc.
 */
class SpreadsheetFormulaTest {
    static final List<String> NAMES = List.of("=1+2", "+1+2", "-1+2", "@SUM(1;2)",
            "=HYPERLINK(\"https://example.com/\";\"Bấm vào đây\")");
    static final String PLAIN = "Liên kết hộ trồng cà phê bền vững";
    static final int NAME_COLUMN = 4;

    @TempDir
    static Path work;
    static Path csv;
    static Path xlsx;

    @BeforeAll
    static void build() throws IOException {
        Path root = SiteBuild.compose("valid", work.resolve("site"));
        Path unit = root.resolve("data/registrations/2023/xa-loc-an");
        String model = Files.readString(unit.resolve("ca-phe-ben-vung.yaml"), StandardCharsets.UTF_8);
        for (int i = 0; i < NAMES.size(); i++) {
            String quoted = "'" + NAMES.get(i).replace("'", "''") + "'";
            Files.writeString(unit.resolve("mo-hinh-" + (i + 1) + ".yaml"),
                    model.replace("ten_mo_hinh: " + PLAIN, "ten_mo_hinh: " + quoted), StandardCharsets.UTF_8);
        }
        Path out = SiteBuild.build(root, work.resolve("out"), Map.of());
        csv = out.resolve("dot-dang-ky/2023/bao-cao-2023.csv");
        xlsx = out.resolve("dot-dang-ky/2023/bao-cao-2023.xlsx");
    }

    @Test
    void csvCellsStartingWithAFormulaSignAreQuotedAndPrefixedWithAnApostrophe() throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Map<String, String> names = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.skip(1);  // the BOM
            for (CSVRecord row : CSVFormat.EXCEL.parse(r)) {
                names.put(row.get(NAME_COLUMN).replaceFirst("^'", ""), row.get(NAME_COLUMN));
            }
        }
        for (String name : NAMES) {
            assertThat(names.get(name)).isEqualTo("'" + name);
            assertThat(text).contains(",\"'" + name.replace("\"", "\"\"") + "\",");
        }
        assertThat(names.get(PLAIN)).isEqualTo(PLAIN);
    }

    @Test
    void excelCellsAreTextNotFormulas() throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Row row : book.getSheet("Mô hình")) {
                Cell cell = row.getCell(NAME_COLUMN);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                names.add(cell.getStringCellValue());
            }
            assertThat(names).containsAll(NAMES).contains(PLAIN);
            assertThat(formulas(book)).isEmpty();
        }
    }

    @Test
    void libreOfficeOpensTheCsvAndTheWorkbookAsText() throws Exception {
        LibreOffice.require();
        Path fromCsv = LibreOffice.toXlsx(csv, LibreOffice.CSV_UTF8, work.resolve("lo-csv"));
        try (InputStream in = Files.newInputStream(fromCsv); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(formulas(book)).isEmpty();
            Map<String, Cell> cells = nameCells(book.getSheetAt(0));
            for (String name : NAMES) {
                assertThat(cells.get("'" + name).getCellType()).as(name).isEqualTo(CellType.STRING);
            }
            assertThat(cells).containsKey(PLAIN);
        }
        Path fromXlsx = LibreOffice.toXlsx(xlsx, null, work.resolve("lo-xlsx"));
        try (InputStream in = Files.newInputStream(fromXlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(formulas(book)).isEmpty();
            assertThat(nameCells(book.getSheet("Mô hình"))).containsKeys(NAMES.toArray(String[]::new));
        }
    }

    /** Negative control: the same CSV without the apostrophes gives live formulas in LibreOffice. */
    @Test
    void withoutTheApostropheLibreOfficeMakesFormulas() throws Exception {
        LibreOffice.require();
        Path raw = work.resolve("raw/bao-cao-2023.csv");
        Files.createDirectories(raw.getParent());
        Files.writeString(raw, Files.readString(csv, StandardCharsets.UTF_8).replace(",\"'", ",\""), StandardCharsets.UTF_8);
        Path converted = LibreOffice.toXlsx(raw, LibreOffice.CSV_UTF8, work.resolve("lo-raw"));
        try (InputStream in = Files.newInputStream(converted); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(formulas(book)).contains("1+2", "HYPERLINK(\"https://example.com/\",\"Bấm vào đây\")");
        }
    }

    private static List<String> formulas(XSSFWorkbook book) {
        List<String> found = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        found.add(cell.getCellFormula());
                    }
                }
            }
        }
        return found;
    }

    /** The name column's cells, by the text a spreadsheet shows in them. */
    private static Map<String, Cell> nameCells(Sheet sheet) {
        Map<String, Cell> cells = new HashMap<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(NAME_COLUMN);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                cells.put(cell.getStringCellValue(), cell);
            }
        }
        return cells;
    }
}
