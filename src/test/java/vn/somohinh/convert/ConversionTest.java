package vn.somohinh.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/** What one row's cells become: the contract's values, with a note for each reading and an error for each doubt. */
class ConversionTest {
    private static final DataSet DATA = DataLoader.load(Path.of("."), new Problems());

    @Test
    void directivesByNumberFormsAndFieldsByNameListsAndMilestonesByLine() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("can_cu", Cell.text("b!G2", "☒ Kết luận số 14-KL/TW của Bộ Chính trị\nnq-07-hu"));
        cells.put("hinh_thuc", Cell.text("b!D2", "Tập thể"));
        cells.put("linh_vuc", Cell.text("b!E2", "kinh te"));
        cells.put("chi_tieu", Cell.text("b!L2", "100% hộ ký cam kết; giảm 30% vụ việc"));
        cells.put("lo_trinh", Cell.text("b!M2", "30/6/2023: Hoàn thành khảo sát\n2023-09-30 - Sơ kết"));
        cells.put("tai_lieu", Cell.text("b!N2", "Kế hoạch: https://example.org/ke-hoach.pdf"));
        cells.put("nguoi_chu_tri", Cell.text("b!F2", "Bí thư\nchi bộ"));
        Problems problems = new Problems();
        Draft d = new Conversion(DATA, 2023, "xa-loc-an").convert(new Entry("b.xlsx", "b!2", cells), problems);
        assertThat(d.values().get("can_cu")).isEqualTo(List.of("kl-14-tw", "nq-07-hu"));
        assertThat(d.values().get("hinh_thuc")).isEqualTo("tap-the");
        assertThat(d.values().get("linh_vuc")).isEqualTo("kinh-te");
        assertThat(d.values().get("chi_tieu")).isEqualTo(List.of("100% hộ ký cam kết", "giảm 30% vụ việc"));
        assertThat(d.values().get("lo_trinh")).isEqualTo(List.of(
                Map.of("ngay", "2023-06-30", "noi_dung", "Hoàn thành khảo sát"), Map.of("ngay", "2023-09-30", "noi_dung", "Sơ kết")));
        assertThat(d.values().get("tai_lieu")).isEqualTo(List.of(Map.of("ten", "Kế hoạch", "lien_ket", "https://example.org/ke-hoach.pdf")));
        assertThat(d.values().get("nguoi_chu_tri")).isEqualTo("Bí thư chi bộ");
        assertThat(problems.sorted()).noneMatch(Problem::isError)
                .extracting(Problem::file).contains("b!G2", "b!D2", "b!E2", "b!F2");
        assertThat(d.year()).isEqualTo(2023);
        assertThat(d.unit()).isEqualTo("xa-loc-an");
    }

    @Test
    void aCsvCellGuardedAgainstFormulasReadsAsItWas() {
        Map<String, Cell> cells = Map.of("muc_tieu", Cell.text("b.csv!K2", "'- Huy động 40 hộ\n- Tiết kiệm"),
                "nguoi_chu_tri", Cell.text("b.csv!F2", "'=chủ tịch"), "ten_mo_hinh", Cell.text("b.csv!C2", "''Ba không' ở bon"));
        Draft d = new Conversion(DATA, 2023, "xa-loc-an").convert(new Entry("b.csv", "b.csv!2", cells), new Problems());
        assertThat(d.values().get("muc_tieu")).isEqualTo("- Huy động 40 hộ\n- Tiết kiệm");
        assertThat(d.values().get("nguoi_chu_tri")).isEqualTo("=chủ tịch");
        assertThat(d.values().get("ten_mo_hinh")).as("a text that starts with an apostrophe").isEqualTo("'Ba không' ở bon");
        Draft x = new Conversion(DATA, 2023, "xa-loc-an").convert(new Entry("b.xlsx", "b!2", Map.of("nguoi_chu_tri",
                Cell.text("b!F2", "'=chủ tịch"))), new Problems());
        assertThat(x.values().get("nguoi_chu_tri")).as("only CSV is guarded by the export").isEqualTo("'=chủ tịch");
    }

    @Test
    void withoutUnitOrYearTheRowCannotBePlaced() {
        Problems problems = new Problems();
        Draft d = new Conversion(DATA, null, null).convert(new Entry("b.xlsx", "b!9", Map.of("ten_mo_hinh",
                Cell.text("b!C9", "X"))), problems);
        assertThat(d).isNull();
        assertThat(problems.sorted()).extracting(Problem::file, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("b!9", "import-no-unit"), org.assertj.core.groups.Tuple.tuple("b!9", "import-no-year"));
    }
}
