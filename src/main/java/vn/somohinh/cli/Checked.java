package vn.somohinh.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import vn.somohinh.cache.Store;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.problem.Severity;
import vn.somohinh.validate.Validator;

/** The load and validate stages of a run, with their problems printed: what every command starts with. */
record Checked(DataSet data, LocalDate today, List<Problem> problems) {

    static Checked run(CommonOptions options, Session session) throws IOException {
        return run(options, session, Store.none());
    }

    /** As {@link #run(CommonOptions, Session)}, reusing the YAML trees that {@code store} holds. */
    static Checked run(CommonOptions options, Session session, Store store) throws IOException {
        Stopwatch watch = Stopwatch.of(session);
        Problems problems = new Problems();
        DataSet data = DataLoader.load(options.root(), problems, store);
        watch.lap("load");
        LocalDate today = ReferenceDate.resolve(options.root(), session.env(), data);
        Validator.validate(data, today, problems);
        watch.lap("validate");
        Checked checked = new Checked(data, today, problems.sorted());
        print(checked.problems, data.files().size(), options, session);
        watch.lap("print");
        return checked;
    }

    /** Prints {@code problems} in the chosen format with the summary line, as {@code validate} does. */
    static void print(List<Problem> problems, int filesRead, CommonOptions options, Session session) throws IOException {
        ProblemReport.print(problems, options.format, session.out());
        String summary = ProblemReport.summary(problems, filesRead);
        // JSON output stays one clean document on stdout; the human summary goes beside it.
        (options.format == ProblemReport.Format.JSON ? session.err() : session.out()).println(summary);
        if (options.format == ProblemReport.Format.GITHUB) {
            ProblemReport.appendStepSummary(problems, filesRead, session.env());
        }
    }

    boolean failed(boolean strict) {
        return problems.stream().anyMatch(p -> p.isError() || strict && p.severity() == Severity.WARNING);
    }

    int exitCode(boolean strict) {
        return failed(strict) ? Main.DATA_ERRORS : Main.OK;
    }
}
