package vn.somohinh.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Stage times for benchmarks: printed to standard error when the environment sets {@code SOMOHINH_TIMINGS=1},
 * silent otherwise, so normal output stays the same (and reproducible).
 */
public final class Stopwatch {
    private final PrintStream err;
    private long last = System.nanoTime();

    private Stopwatch(PrintStream err) {
        this.err = err;
    }

    /** A stopwatch that prints to {@code err} when {@code env} sets SOMOHINH_TIMINGS=1. */
    public static Stopwatch of(Map<String, String> env, PrintStream err) {
        return new Stopwatch("1".equals(env.get("SOMOHINH_TIMINGS")) ? err : null);
    }

    /** Prints the time since the previous lap (or since this stopwatch was made) under the stage's name. */
    public void lap(String stage) {
        long now = System.nanoTime();
        if (err != null) {
            err.println(String.format(Locale.ROOT, "thời gian %-10s %6.2f s", stage, (now - last) / 1e9));
        }
        last = now;
    }
}
