package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;

/** Problems of a foreign file (a workbook's cell, a form's item) have a place and no line; notes never fail. */
class SourcePlaceTest {
    private static final Problem CELL = new Problem("bang-2022.xlsx:Mô hình!E12", 0, 0, Severity.ERROR, "import-date",
            "không đọc được ngày \"31/2/2023\"");
    private static final Problem NOTE = new Problem("xa-loc-an.docx: mục \"Ngày đăng ký\"", 0, 0, Severity.NOTE,
            "import-converted", "đã đọc \"8/3/2023\" thành 2023-03-08");

    @Test
    void textNamesThePlaceWithoutALine() {
        assertThat(ProblemReport.text(CELL))
                .isEqualTo("bang-2022.xlsx:Mô hình!E12: error: không đọc được ngày \"31/2/2023\" [import-date]");
        assertThat(ProblemReport.text(NOTE)).startsWith("xa-loc-an.docx: mục \"Ngày đăng ký\": note: ");
    }

    @Test
    void githubPutsThePlaceInTheMessageAndANoteIsANotice() {
        assertThat(ProblemReport.github(CELL))
                .isEqualTo("::error title=import-date::bang-2022.xlsx:Mô hình!E12: không đọc được ngày \"31/2/2023\"");
        assertThat(ProblemReport.github(NOTE)).startsWith("::notice title=import-converted::xa-loc-an.docx");
    }

    @Test
    void theSummaryCountsNotesApartAndTheyNeverFail() {
        assertThat(ProblemReport.summary(List.of(CELL, NOTE), 1)).startsWith("1 lỗi, 0 cảnh báo, 1 ghi chú trong 2 tệp");
        assertThat(new Recipe.Checked(null, null, List.of(NOTE)).failed(true)).isFalse();
        assertThat(new Recipe.Checked(null, null, List.of(CELL)).failed(false)).isTrue();
    }
}
