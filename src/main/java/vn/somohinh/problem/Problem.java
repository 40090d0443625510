package vn.somohinh.problem;

import java.util.Comparator;

/**
 * One thing wrong with the data, where it is and what to do about it.
 *
 * @param file   path from the site root, with {@code /}
 * @param line   1-based line
 * @param column 1-based column, in characters
 */
public record Problem(String file, int line, int column, Severity severity, String code, String message) {

    /** File, then line, then column, then the rest, so that output never depends on the order work was done. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file, Problem::comparePaths)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A file's problems share its path string: sorting 100,000 of them need not compare it letter by letter. */
    private static int comparePaths(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }
}
