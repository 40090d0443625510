package vn.somohinh.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of a later stage kept from one run to the next (serve), each with what it was made from: given again when
 * a run asks with the same records, the same objects in the same order (serve's loads give the records of unchanged
 * files back as such: {@link Reads}), and an equal value for anything else it read. {@link #none()} keeps nothing.
 *
 * @param <T> what a part gives
 */
public final class Recall<T> {
    private final boolean keeps;
    private volatile Map<Object, Made<T>> last = Map.of();
    private final Map<Object, Made<T>> now = new ConcurrentHashMap<>();

    private record Made<T>(List<?> records, Object value, T result) {
    }

    /**
     * The last two values compared and whether they were equal: the parts of a run often share one value (every
     * campaign of a run is asked with the same problems, tens of thousands at national scale), so it is compared
     * with the last run's once, not once per part.
     */
    private record Compared(Object before, Object now, boolean equal) {
    }

    private volatile Compared compared;
    /** The last run's results may not be given for their records ({@link #forget}), only when made again equal. */
    private volatile boolean forgotten;

    private Recall(boolean keeps) {
        this.keeps = keeps;
    }

    public static <T> Recall<T> none() {
        return new Recall<>(false);
    }

    public static <T> Recall<T> kept() {
        return new Recall<>(true);
    }

    /**
     * What {@code make} gives for {@code part}, or what it gave last run for the same records and an equal value;
     * the records are listed only when they are kept.
     */
    public T get(Object part, Object value, Supplier<List<?>> records, Supplier<T> make) {
        if (!keeps) {
            return make.get();
        }
        List<?> read = records.get();
        Made<T> before = last.get(part);
        Made<T> made;
        if (!forgotten && before != null && equal(before.value(), value) && sameObjects(before.records(), read)) {
            made = before;
        } else {
            T result = make.get();
            // Made again and equal (a changed record that the part does not show, a typo fixed in a model's text):
            // given as the last run's object, so that what a later stage keeps by identity holds, and a new object
            // always means a new value (render/Fingerprint counts on it).
            if (before != null && Objects.equals(result, before.result())) {
                result = before.result();
            }
            made = new Made<>(read, value, result);
        }
        now.put(part, made);
        return made.result();
    }

    private boolean equal(Object before, Object now) {
        Compared last = compared;
        if (last != null && last.before() == before && last.now() == now) {
            return last.equal();
        }
        boolean equal = Objects.equals(before, now);
        compared = new Compared(before, now, equal);
        return equal;
    }

    /** This run is over: what it made is what the next one may give again. */
    public void finished() {
        if (keeps) {
            last = Map.copyOf(now);
            now.clear();
            compared = null;
            forgotten = false;
        }
    }

    /**
     * Nothing of the last run may be given again for its records (what it was made from changed in a way the records
     * do not say): each part is made again, and only a result equal to the last run's is given as that object.
     */
    public void forget() {
        forgotten = true;
    }

    /** Whether two lists hold the same objects (not equal ones) in the same order. */
    public static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
