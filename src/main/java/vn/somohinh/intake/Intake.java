package vn.somohinh.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/** The one entry of the intake stage: a file's entries by its kind (a table or a Word form); never writes. */
public final class Intake {
    private Intake() {
    }

    /** {@code name}: how problems name the file (as given on the command line). */
    public static List<Entry> read(Path file, String name, Problems problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".doc") || lower.endsWith(".odt")) {
            Entry form = Forms.read(file, name, problems);
            return form == null ? List.of() : List.of(form);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".csv")) {
            return Tables.read(file, name, problems);
        }
        problems.add(name, 0, 0, Code.IMPORT_FORMAT, name);
        return List.of();
    }
}
