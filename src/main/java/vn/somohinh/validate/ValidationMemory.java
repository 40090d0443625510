package vn.somohinh.validate;

import java.util.List;
import java.util.function.Supplier;
import vn.somohinh.load.Recall;
import vn.somohinh.problem.Problem;

/**
 * serve's memory of the last validation: what a rule said about one part of the data (a year's registrations) with
 * the records it read, so that it is said again without checking when they are the same objects (load/Recall). A
 * save then re-checks only the changed registration's year. For the costliest rules, which compare every
 * registration of a year with the others (similar names and content: 1.1 s of a 52,000-model validation's 2.1 s of
 * CPU). {@link #none()} remembers nothing.
 */
public final class ValidationMemory {
    private final Recall<List<Problem>> said;

    private ValidationMemory(Recall<List<Problem>> said) {
        this.said = said;
    }

    public static ValidationMemory none() {
        return new ValidationMemory(Recall.none());
    }

    public static ValidationMemory kept() {
        return new ValidationMemory(Recall.kept());
    }

    /**
     * The problems {@code check} reports about {@code part}, or what it reported last time when it read the same
     * {@code records} (the same objects, in the same order) and an equal {@code value}.
     */
    List<Problem> said(Object part, Object value, Supplier<List<?>> records, Supplier<List<Problem>> check) {
        return said.get(part, value, records, check);
    }

    /** One validation is over: what it said is what the next one may say again. */
    void finished() {
        said.finished();
    }
}
