package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problems;

/** A hand-compiled workbook ({@link CompiledTable}) read into entries, cell by cell. */
class TablesTest {
    @TempDir
    static Path dir;
    private static List<Entry> entries;
    private static Problems problems;

    @BeforeAll
    static void read() throws IOException {
        problems = new Problems();
        entries = Tables.read(CompiledTable.write(dir), "bang-2023.xlsx", problems);
    }

    @Test
    void oneEntryPerModelOnEverySheetWithAHeader() {
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).extracting(Entry::place).containsExactly("bang-2023.xlsx:Mô hình!7",
                "bang-2023.xlsx:Mô hình!8", "bang-2023.xlsx:Mô hình!9", "bang-2023.xlsx:Khối Đảng!2");
        assertThat(entries).extracting(Entry::source).containsOnly("bang-2023.xlsx");
    }

    @Test
    void headingsAsPeopleWriteThemAndSplitOverTwoRowsNameTheirKeys() {
        assertThat(entries.get(0).cells().keySet()).containsExactly("ten_mo_hinh", "don_vi", "linh_vuc",
                "ngay_dang_ky", "thoi_gian.bat_dau", "thoi_gian.ket_thuc", "kinh_phi.ngan_sach", "kinh_phi.xa_hoi_hoa");
        assertThat(entries.get(3).cells().keySet()).containsExactly("ten_mo_hinh", "don_vi", "linh_vuc",
                "ngay_dang_ky", "hinh_thuc");
    }

    @Test
    void cellsKeepTheirTextTheirPlaceAndTheirTypedValue() {
        Map<String, Cell> first = entries.get(0).cells();
        assertThat(first.get("ten_mo_hinh")).isEqualTo(Cell.text("bang-2023.xlsx:Mô hình!B7", "Cà phê bền vững"));
        assertThat(first.get("ngay_dang_ky"))
                .isEqualTo(new Cell("bang-2023.xlsx:Mô hình!E7", "10/03/2023", LocalDate.of(2023, 3, 10), null));
        assertThat(first.get("thoi_gian.bat_dau")).isEqualTo(Cell.text("bang-2023.xlsx:Mô hình!F7", "01/4/2023"));
        assertThat(first.get("thoi_gian.ket_thuc").date()).isEqualTo(LocalDate.of(2023, 12, 31));
        Cell budget = first.get("kinh_phi.ngan_sach");
        assertThat(budget.number().toPlainString()).isEqualTo("15000000");
        assertThat(budget.text()).isEqualTo("15.000.000");
        assertThat(budget.date()).isNull();
        assertThat(first.get("kinh_phi.xa_hoi_hoa")).isEqualTo(Cell.text("bang-2023.xlsx:Mô hình!I7", "5.000.000"));
    }

    @Test
    void aUnitMergedDownItsModelsGivesItsCellToEachOfThem() {
        for (Entry e : entries.subList(0, 3)) {
            assertThat(e.cells().get("don_vi")).isEqualTo(Cell.text("bang-2023.xlsx:Mô hình!C7", "Xã Lộc An"));
        }
    }

    @Test
    void lineBreaksAreKeptAndDatesWrittenAsTextStayText() {
        Map<String, Cell> second = entries.get(1).cells();
        assertThat(second.get("ten_mo_hinh").text()).isEqualTo("Nhà văn hóa thông minh\nkết nối thôn bản");
        assertThat(second.get("ngay_dang_ky")).isEqualTo(Cell.text("bang-2023.xlsx:Mô hình!E8", "10-03-2023"));
        assertThat(entries.get(2).cells().get("ngay_dang_ky").text()).isEqualTo("10.3.2023");
    }

    @Test
    void aFormulaGivesItsCachedValueAndIsNeverEvaluated() {
        Cell formula = entries.get(1).cells().get("kinh_phi.ngan_sach");
        assertThat(formula.number()).isEqualByComparingTo(BigDecimal.valueOf(99));
        assertThat(formula.place()).isEqualTo("bang-2023.xlsx:Mô hình!H8");
    }

    @Test
    void booleansAreText() {
        assertThat(entries.get(3).cells().get("hinh_thuc")).isEqualTo(Cell.text("bang-2023.xlsx:Khối Đảng!F2", "TRUE"));
    }
}
