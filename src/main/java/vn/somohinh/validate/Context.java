package vn.somohinh.validate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.somohinh.load.Source;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Suggest;
import vn.somohinh.yaml.Pos;

/** What every rule sees: the data, its indexes, the reference date ("today") and where problems go. */
final class Context {
    /**
     * A "did you mean" is looked for among the whole catalog (a roster of 100,000 units): at most this many per file
     * and rule, so that a file of 60,000 unknown ids costs 50 searches, not 60,000. The first 50 are those printed.
     */
    static final int HINTS_PER_FILE = Problems.PRINTED_PER_FILE;

    final Index index;
    final LocalDate today;
    private final Problems problems;
    private final ValidationMemory memory;
    /** Hints given so far, by file; one context serves one rule on one thread. */
    private final Map<String, Integer> hints = new HashMap<>();

    Context(Index index, LocalDate today, Problems problems) {
        this(index, today, problems, ValidationMemory.none());
    }

    Context(Index index, LocalDate today, Problems problems, ValidationMemory memory) {
        this.index = index;
        this.today = today;
        this.problems = problems;
        this.memory = memory;
    }

    /**
     * Runs {@code check} for one part of the data into its own problems, or takes what it found at the last
     * validation when it read the same {@code records} (ValidationMemory); {@code value} is anything else it read.
     */
    void remembered(Object part, Object value, java.util.function.Supplier<List<?>> records,
                    java.util.function.Consumer<Context> check) {
        problems.addAll(memory.said(part, value, records, () -> own(check)));
    }

    /**
     * Runs {@code check} once per year that models are filed under, for a rule that looks at each registration and
     * review of the year on its own, with the catalogs: what it said about a year is said again when the year's
     * records and the catalogs are the same objects as at the last validation (serve: a save re-checks one year).
     * {@code value} is anything else the rule reads (the reference date).
     */
    void eachYear(String rule, Object value, java.util.function.BiConsumer<Context, Integer> check) {
        for (int year : index.years()) {
            remembered(rule + " " + year, value, () -> index.yearRecords(year), own -> check.accept(own, year));
        }
    }

    /**
     * Runs {@code check} for every item side by side, each into its own list of problems, then adds the lists in
     * the items' order: the result is the same as one item after the other. The checks must only read.
     */
    <T> void forEachInParallel(Collection<T> items, BiConsumer<Context, T> check) {
        List<List<Problem>> found = items.parallelStream().map(item -> own(c -> check.accept(c, item))).toList();
        found.forEach(problems::addAll);
    }

    /** What {@code check} reports into a context of its own, in order. */
    private List<Problem> own(java.util.function.Consumer<Context> check) {
        Problems own = new Problems();
        check.accept(new Context(index, today, own, memory));
        return own.sorted();
    }

    void report(Source src, Pos pos, Code code, Object... args) {
        problems.add(src.file(), pos.line(), pos.column(), code, args);
    }

    void report(Source src, String path, Code code, Object... args) {
        report(src, src.pos(path), code, args);
    }

    /**
     * Reports {@code value}, at {@code path} in its file, unless {@code known} contains it; a null {@code known}
     * (catalog unreadable) checks nothing. {@code what} names the kind of thing, {@code where} the list it should be in.
     */
    void requireKnown(Source src, String path, String what, String value, java.util.Collection<String> known, String where) {
        if (value != null && known != null && !known.contains(value)) {
            boolean hinted = hints.merge(src.file(), 1, Integer::sum) <= HINTS_PER_FILE;
            report(src, path, Code.UNKNOWN_REFERENCE, src.keyPath(path), what, value, where,
                    hinted ? Suggest.hint(value, known) : "");
        }
    }
}
