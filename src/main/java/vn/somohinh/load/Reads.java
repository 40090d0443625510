package vn.somohinh.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * serve's memory of its last load: what each data file gave, with the file's size, time and identity when it was
 * listed, so that a rebuild reads again only the files that changed (issue 18: at 52,000 models re-reading,
 * hashing and decoding 86,000 unchanged files was a quarter of a save). A file is read again when the watcher named
 * it since the last load, and, when the load walks data/, when its stamp differs or it is new. {@link #NONE}
 * remembers nothing (build, validate).
 *
 * <p>Walking data/ itself takes 1.2–1.4 s at 52,000 models, so once the watcher runs ({@link #watching}) and one
 * walk has compared every stamp after it started (a file changed before the watcher started is caught there), a load
 * takes the last listing and looks again only at the paths the watcher named. A path that is now a folder (one moved
 * in), or a watcher that lost track ({@link #touchedEverything}), makes the next load walk again.
 *
 * <p>The records kept are the very objects of the last load, trees included: the caller must not release them
 * (see {@code DataSet.releaseTrees}) while a later load may reuse them.
 */
public final class Reads {
    /** Remembers nothing: every load reads every file. */
    public static final Reads NONE = new Reads(false);

    private final boolean keeps;
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private boolean everything = true;
    private volatile boolean watching;
    /** A walk that began while the watcher ran has completed: its listing, kept up to date, can be trusted. */
    private boolean trusted;
    private Map<String, Kept> last = Map.of();
    private Listing listing;

    /** A file as listed: enough to tell that it was not written since. */
    record Stamp(long size, FileTime modified, Object identity) {
        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey());
        }
    }

    record Kept(Stamp stamp, FileReader.Result result) {
    }

    /** The files under data/ by sorted path with their stamps, and the symbolic links met (reported, not read). */
    record Listing(Map<String, Stamp> files, Set<String> links) {
        /**
         * This listing after the changes at {@code paths}, each looked at again; null when one of them is now a
         * folder, which only a walk can list.
         */
        Listing updated(Path root, Set<String> paths) {
            TreeMap<String, Stamp> files = new TreeMap<>(this.files);
            TreeSet<String> links = new TreeSet<>(this.links);
            for (String path : paths) {
                if (!path.startsWith("data/") || hidden(path)) {
                    continue;
                }
                // Whatever it was, a folder's files go with it; a folder now there is walked.
                files.remove(path);
                links.remove(path);
                files.subMap(path + "/", path + "/\uffff").clear();
                links.subSet(path + "/", path + "/\uffff").clear();
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(root.resolve(path), BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                } catch (IOException e) {
                    throw new UncheckedIOException("không đọc được tệp " + path, e);
                }
                if (attrs.isDirectory()) {
                    return null;
                } else if (attrs.isSymbolicLink()) {
                    links.add(path);
                } else if (attrs.isRegularFile()) {
                    files.put(path, Stamp.of(attrs));
                }
            }
            return new Listing(files, links);
        }

        /** Inside a folder whose name starts with a dot, which the walk skips (data/.git/…). */
        private static boolean hidden(String path) {
            String[] parts = path.split("/");
            for (int i = 1; i < parts.length - 1; i++) {
                if (parts[i].startsWith(".")) {
                    return true;
                }
            }
            return false;
        }
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

    /**
     * The watcher now runs and names every change through {@link #touched}: after the next walk, loads stop walking
     * data/ and look only at the paths named.
     */
    public void watching() {
        watching = true;
    }

    /** The watcher saw {@code path} (from the site root, "data/…") change: it is read again whatever its stamp. */
    public void touched(String path) {
        touched.add(path);
    }

    /** The watcher lost track (its queue overflowed): the next load walks data/ and reads every file. */
    public synchronized void touchedEverything() {
        everything = true;
        trusted = false;
    }

    /** What the next load may reuse; the watcher's marks so far are taken by it, later ones wait for the one after. */
    synchronized Round begin() {
        if (!keeps || everything) {
            everything = false;
            touched.clear();
            return new Round(Map.of(), Set.of(), null, watching);
        }
        Set<String> marked = Set.copyOf(touched);
        touched.removeAll(marked);
        return new Round(last, marked, trusted ? listing : null, watching);
    }

    /** Keeps this load's files and listing for the next one. */
    synchronized void remember(Round round, Listing listed, Map<String, Kept> files) {
        if (keeps) {
            last = files;
            listing = listed;
            trusted |= round.listing() == null && round.watching();
        }
    }

    /**
     * One load's view of the memory: the last load's files, the paths the watcher named since, and the listing to
     * start from (null: walk data/).
     */
    record Round(Map<String, Kept> last, Set<String> marked, Listing listing, boolean watching) {
        /** The last result for {@code path} when the file is as it was, else null. */
        FileReader.Result reuse(String path, Stamp stamp) {
            Kept kept = last.get(path);
            return kept == null || marked.contains(path) || !Objects.equals(kept.stamp(), stamp) ? null
                    : kept.result();
        }

        /** The files of this load: the last listing brought up to date, or null when data/ must be walked. */
        Listing listed(Path root) {
            return listing == null ? null : listing.updated(root, marked);
        }
    }
}
