package vn.somohinh.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.somohinh.load.Review;

/** The danh_gia group written into a review's text: every other byte kept, the file's line ends. */
class GradeTextTest {
    private static final Review.Evaluation TOT = new Review.Evaluation(LocalDate.of(2023, 12, 28), "tot", null, false, true);
    private static final String GROUP = "danh_gia:\n  ngay: 2023-12-28\n  xep_loai: tot\n  de_xuat_nhan_rong: false\n"
            + "  de_xuat_khen_thuong: true\n";
    private static final String STEPS = "# đầu tệp\nqua_trinh:\n  - ngay: 2023-12-12\n    trang_thai: tong-ket # xong\n";

    @Test
    void aFileWithoutTheGroupGetsItAtItsEnd() {
        assertThat(GradeText.write(STEPS, TOT)).isEqualTo(STEPS + GROUP);
        String open = STEPS.substring(0, STEPS.length() - 1);
        assertThat(GradeText.write(open, TOT)).isEqualTo(STEPS + GROUP);
    }

    @Test
    void crlfFilesGetCrlfLines() {
        String crlf = STEPS.replace("\n", "\r\n");
        assertThat(GradeText.write(crlf, TOT)).isEqualTo(crlf + GROUP.replace("\n", "\r\n"));
    }

    @Test
    void replacingChangesOnlyTheGroupsLines() {
        String old = "danh_gia:\n  ngay: 2023-12-20\n  xep_loai: dat\n  nhan_xet: cũ\n";
        String after = "\n# các bước\n" + STEPS;
        assertThat(GradeText.write("# đầu\n" + old + after, TOT)).isEqualTo("# đầu\n" + GROUP + after);
        assertThat(GradeText.write(STEPS + "danh_gia: {ngay: 2023-12-20, xep_loai: dat}\n", TOT)).isEqualTo(STEPS + GROUP);
    }

    @Test
    void aGroupAtTheEndWithoutFinalNewlineStaysWithout() {
        String old = STEPS + "danh_gia:\n  ngay: 2023-12-20\n  xep_loai: dat";
        assertThat(GradeText.write(old, TOT)).isEqualTo(STEPS + GROUP.substring(0, GROUP.length() - 1));
    }
}
