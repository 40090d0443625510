package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problems;
import vn.somohinh.site.LibreOffice;

/**
 * The compiled table as a LibreOffice user sends it: opened, saved as .ods, saved back as .xlsx by LibreOffice,
 * which writes its own shared strings, styles and merged ranges. Every cell reads as from the original.
 */
class LibreOfficeTablesTest {
    @TempDir
    Path dir;

    @Test
    void aTableSavedByLibreOfficeReadsAsTheOriginal() throws Exception {
        LibreOffice.require();
        Path original = CompiledTable.write(Files.createDirectories(dir.resolve("original")));
        Path ods = LibreOffice.convert(original, null, "ods", Files.createDirectories(dir.resolve("ods")));
        Path back = LibreOffice.convert(ods, null, "xlsx", Files.createDirectories(dir.resolve("back")));
        Problems problems = new Problems();
        List<Entry> expected = Tables.read(original, "bang-2023.xlsx", new Problems());
        List<Entry> actual = Tables.read(back, "bang-2023.xlsx", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).hasSize(4);
    }
}
