package vn.somohinh.cli;

import java.io.IOException;
import java.util.List;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.pipeline.Stopwatch;
import vn.somohinh.problem.Problem;

/** The load and validate stages of a run (the recipe's check), with their problems printed: what every command starts with. */
final class Checked {
    private Checked() {
    }

    /** The recipe of a command's options: the site under {@code --root}, built into {@code --out}. */
    static Recipe recipe(CommonOptions options, Session session) {
        return new Recipe(options.root(), options.out(), session.env(), session.err());
    }

    static Recipe.Checked run(CommonOptions options, Session session) throws IOException {
        // It reads what a build cached (the YAML parsed, HEAD's commit time) and writes nothing.
        Recipe.Checked checked = recipe(options, session).withCacheToRead().check();
        Stopwatch watch = Stopwatch.of(session.env(), session.err());
        print(checked, options, session);
        watch.lap("print");
        return checked;
    }

    /** Prints what the check found, as {@code validate} does. */
    static void print(Recipe.Checked checked, CommonOptions options, Session session) throws IOException {
        print(checked.problems(), checked.data().files().size(), options, session);
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

    static int exitCode(Recipe.Checked checked, boolean strict) {
        return checked.failed(strict) ? Main.DATA_ERRORS : Main.OK;
    }
}
