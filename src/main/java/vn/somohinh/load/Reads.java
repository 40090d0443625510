package vn.somohinh.load;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * serve's memory of its last load: what each data file gave, with the file's size, time and identity when it was
 * listed, so that a rebuild reads again only the files that changed (issue 18: at 52,000 models re-reading,
 * hashing and decoding 86,000 unchanged files was a quarter of a save). A file is read again when its stamp differs,
 * when it is new, or when the watcher named it since the last load: the watcher covers a change that keeps the
 * size and falls within the file system's clock tick. {@link #NONE} remembers nothing (build, validate).
 *
 * <p>The records kept are the very objects of the last load, trees included: the caller must not release them
 * (see {@code DataSet.releaseTrees}) while a later load may reuse them.
 */
public final class Reads {
    /** Remembers nothing: every load reads every file. */
    public static final Reads NONE = new Reads(false);

    private final boolean keeps;
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private volatile boolean everything = true;
    private Map<String, Kept> last = Map.of();

    /** A file as listed: enough to tell that it was not written since. */
    record Stamp(long size, FileTime modified, Object identity) {
        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey());
        }
    }

    record Kept(Stamp stamp, FileReader.Result result) {
    }

    private Reads(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memory for one serve session, empty: its first load reads everything. */
    public static Reads kept() {
        return new Reads(true);
    }

    /** Whether this memory keeps the records (and their trees) for the next load. */
    public boolean keeps() {
        return keeps;
    }

    /** The watcher saw {@code path} (from the site root, "data/…") change: it is read again whatever its stamp. */
    public void touched(String path) {
        touched.add(path);
    }

    /** The watcher lost track (its queue overflowed): the next load reads every file. */
    public void touchedEverything() {
        everything = true;
    }

    /** What the next load may reuse; the watcher's marks so far are taken by it, later ones wait for the one after. */
    synchronized Round begin() {
        if (!keeps || everything) {
            everything = false;
            touched.clear();
            return new Round(Map.of(), Set.of(), true);
        }
        Set<String> marked = Set.copyOf(touched);
        touched.removeAll(marked);
        return new Round(last, marked, false);
    }

    /** Keeps this load's files for the next one. */
    synchronized void remember(Map<String, Kept> files) {
        if (keeps) {
            last = files;
        }
    }

    /** One load's view of the memory. {@code first}: nothing to reuse. */
    record Round(Map<String, Kept> last, Set<String> marked, boolean first) {
        /** The last result for {@code path} when the file is as it was, else null. */
        FileReader.Result reuse(String path, Stamp stamp) {
            Kept kept = last.get(path);
            return kept == null || marked.contains(path) || !Objects.equals(kept.stamp(), stamp) ? null
                    : kept.result();
        }
    }
}
