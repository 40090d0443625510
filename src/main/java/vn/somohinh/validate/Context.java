package vn.somohinh.validate;

import java.time.LocalDate;
import vn.somohinh.load.Pos;
import vn.somohinh.load.Source;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Suggest;

/** What every rule sees: the data, its indexes, the reference date ("today") and where problems go. */
final class Context {
    final Index index;
    final LocalDate today;
    private final Problems problems;

    Context(Index index, LocalDate today, Problems problems) {
        this.index = index;
        this.today = today;
        this.problems = problems;
    }

    /** The same data and date, reporting into {@code other}: for work split across threads. */
    Context into(Problems other) {
        return new Context(index, today, other);
    }

    /** Adds what a split-off context found. */
    void addAll(Problems found) {
        problems.addAll(found.sorted());
    }

    void report(Source src, Pos pos, Code code, Object... args) {
        problems.add(src.file(), pos.line(), pos.column(), code, args);
    }

    void report(Source src, String path, Code code, Object... args) {
        report(src, src.pos(path), code, args);
    }

    /**
     * Reports {@code value} unless {@code known} contains it; a null {@code known} (catalog unreadable) checks
     * nothing. {@code what} names the kind of thing, {@code where} the list it should be in.
     */
    void requireKnown(Source src, Pos pos, String what, String value, java.util.Collection<String> known, String where) {
        if (value != null && known != null && !known.contains(value)) {
            report(src, pos, Code.UNKNOWN_REFERENCE, what, value, where, Suggest.hint(value, known));
        }
    }
}
