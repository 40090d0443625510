package vn.somohinh.validate;

import java.time.LocalDate;
import java.util.List;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Problems;

/** The validate stage: runs every rule over the loaded data. Pure: the same data and date give the same problems. */
public final class Validator {
    private static final List<Rule> RULES = List.of(
            new DuplicateIdRule(),
            new ForgeRule(),
            new CatalogReferenceRule(),
            new PathRule(),
            new RegistrationReferenceRule(),
            new DateOrderRule(),
            new IssuerLinesRule(),
            new OrphanReviewRule(),
            new ReviewTimelineRule(),
            new EvaluationRule(),
            new LateRule(),
            new CoverageRule(),
            new BasisRule(),
            new StaleRule(),
            new GenericContentRule(),
            new SimilarNameRule(),
            new SimilarContentRule());

    private Validator() {
    }

    /**
     * Adds every problem of {@code data} to {@code problems}.
     *
     * @param today the build's reference date, for rules that depend on time; never the machine's clock
     */
    public static void validate(DataSet data, LocalDate today, Problems problems) {
        validate(data, today, problems, ValidationMemory.none());
    }

    /**
     * As {@link #validate(DataSet, LocalDate, Problems)}, saying again what the last validation said about the parts
     * of the data whose records are the same objects (serve): the problems are the same either way.
     */
    public static void validate(DataSet data, LocalDate today, Problems problems, ValidationMemory memory) {
        // Rules only read the data and the index: they run side by side.
        new Context(new Index(data), today, problems, memory).forEachInParallel(RULES, (ctx, rule) -> rule.check(ctx));
        memory.finished();
    }
}
