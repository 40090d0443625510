package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.problem.Problems;

/** The full export's headings name their keys, every one, and its cells read back as written. */
class ExportShapeTest {
    @TempDir
    Path dir;

    @Test
    void everyColumnOfTheExportComesBackUnderItsKey() throws IOException {
        Path file = ExportShape.write(dir.resolve("dang-ky-2023.xlsx"), 3);
        Problems problems = new Problems();
        List<Entry> entries = Tables.read(file, "dang-ky-2023.xlsx", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).hasSize(3);
        Entry third = entries.get(2);
        assertThat(third.place()).isEqualTo("dang-ky-2023.xlsx:Đăng ký 2023!4");
        assertThat(third.cells().keySet()).containsExactlyElementsOf(RegistrationColumns.all().keySet());
        assertThat(third.cells().get("nam").number()).isEqualByComparingTo(BigDecimal.valueOf(2023));
        assertThat(third.cells().get("ngay_dang_ky").date()).isEqualTo(LocalDate.of(2023, 1, 4));
        assertThat(third.cells().get("ngay_dang_ky").text()).isEqualTo("2023-01-04");
        assertThat(third.cells().get("kinh_phi.xa_hoi_hoa").number().toPlainString()).isEqualTo("3000000");
        assertThat(third.cells().get("chi_tieu").text()).isEqualTo(ExportShape.text("chi_tieu", 3));
        assertThat(third.cells().get("lien_he.dien_thoai").text()).isEqualTo("lien_he.dien_thoai 3");
    }

    @Test
    void keysWrittenAsHeadingsAreHeadingsToo() throws IOException {
        java.nio.file.Path file = dir.resolve("keys.csv");
        java.nio.file.Files.writeString(file, String.join(",", RegistrationColumns.all().keySet()) + "\n"
                + "2023,xa-loc-an,ca-phe\n");
        List<Entry> entries = Tables.read(file, "keys.csv", new Problems());
        assertThat(entries).singleElement().satisfies(e ->
                assertThat(e.cells().keySet()).containsExactly("nam", "don_vi", "ma"));
    }
}
