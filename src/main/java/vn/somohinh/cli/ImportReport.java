package vn.somohinh.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;
import vn.somohinh.text.Numbers;

/**
 * How {@code import} prints its problems: in the order the sources were read, and, in {@code text} and {@code github}
 * form, the same note about many cells once ("đã đọc "Tập thể" thành tap-the", and in how many other cells), since a
 * table of 10,000 rows would otherwise print the same reading 10,000 times. JSON keeps every problem.
 */
final class ImportReport {
    private ImportReport() {
    }

    static void print(List<Problem> problems, int files, CommonOptions options, Session session) {
        List<Problem> shown = options.format == ProblemReport.Format.JSON ? problems : collapsed(problems);
        ProblemReport.print(shown, options.format, session.out());
        long errors = problems.stream().filter(Problem::isError).count();
        long notes = problems.stream().filter(p -> p.severity() == Severity.NOTE).count();
        String summary = problems.isEmpty() ? "Không có lỗi, không có cảnh báo" : Numbers.grouped(errors) + " lỗi, "
                + Numbers.grouped(problems.size() - errors - notes) + " cảnh báo, " + Numbers.grouped(notes) + " ghi chú";
        (options.format == ProblemReport.Format.JSON ? session.err() : session.out())
                .println(summary + " (đã đọc " + files + " tệp nhập).");
    }

    /** Notes with the same message kept once, at their first place, with how many more cells read the same. */
    static List<Problem> collapsed(List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.severity() == Severity.NOTE) {
                counts.merge(p.code() + "\u0000" + p.message(), 1, Integer::sum);
            }
        }
        List<Problem> shown = new ArrayList<>();
        for (Problem p : problems) {
            if (p.severity() != Severity.NOTE) {
                shown.add(p);
                continue;
            }
            Integer n = counts.remove(p.code() + "\u0000" + p.message());
            if (n != null) {
                shown.add(n == 1 ? p : new Problem(p.file(), p.line(), p.column(), p.severity(), p.code(),
                        p.message() + " (và " + Numbers.grouped(n - 1) + " ô khác đọc như vậy)"));
            }
        }
        return shown;
    }
}
