package vn.somohinh.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while work goes on; never throws, so every problem of a run is reported at once. */
public final class Problems {
    /**
     * How many problems of one file are printed in text and GitHub form; the rules spend costly advice (did-you-mean
     * searches, lists of allowed keys) on that many of a file and keep the later messages short.
     */
    public static final int PRINTED_PER_FILE = 50;

    private final List<Problem> found = new ArrayList<>();

    public void add(String file, int line, int column, Code code, Object... args) {
        found.add(new Problem(file, line, column, code.severity(), code.id(), code.message(args)));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public int size() {
        return found.size();
    }

    /** The problems in the order they were found: for sources read in order (a table's rows, a form's items). */
    public List<Problem> inOrder() {
        return List.copyOf(found);
    }

    /** The problems in their stable order: file, line, column. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
