package vn.somohinh.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the previous build wrote, so that this one leaves in place the files whose inputs are unchanged instead of
 * making them again: for each path of the site, the fingerprint of what it was made from (the page's view, the
 * frame, its templates; a document's view; none for a file made every time) and the file's size and time when it
 * was written. A file is left in place only when its fingerprint is the same and the published file still has that
 * size and time, so that a file changed or removed by hand is made again.
 *
 * <p>With a previous build ({@link #incremental}), the staging folder receives only the files made again;
 * publish/Publisher then moves each into the published folder (a rename: a reader sees the old file or the new one)
 * and deletes the files of the previous build that this one no longer makes ({@link #removed}). Without one, every
 * file is made and the staging folder replaces the published one whole. {@link #next} gives the state for the build
 * after this one.
 */
public final class Reuse {
    /** A file of a build: the fingerprint of its inputs (null: made every time), its size and time. */
    record Entry(String key, long size, long modified) {
    }

    private final Path published;
    private final Map<String, Entry> before;
    private final Map<String, Entry> now;
    /**
     * How many of the previous build's paths this build has an entry for: when it is all of them, no file is to be
     * deleted ({@link #removed}) and the 114,000 paths of a national registry need not be looked up one by one.
     */
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    /** What serve's builds keep in memory for the next one. */
    private final Remembered remembered;

    Reuse(Path published, Map<String, Entry> before) {
        this(published, before, Remembered.NONE);
    }

    private Reuse(Path published, Map<String, Entry> before, Remembered remembered) {
        this.published = published;
        this.before = before;
        // Sized for the previous build's files, so that filling it does not rehash it again and again.
        this.now = new ConcurrentHashMap<>(before.size() + 1_024);
        this.remembered = remembered;
    }

    /**
     * This state, for builds that follow each other in one process (serve): each build's views' digests are kept
     * for the next. Keeping them costs a hash of every view, which a single build would pay for nothing.
     */
    public Reuse remembering() {
        return new Reuse(published, before, remembered.remembering());
    }

    /** What this build keeps in memory for the next, beside the files' entries. */
    Remembered remembered() {
        return remembered;
    }

    /** Nothing to take over: every file is made. */
    public static Reuse none() {
        return new Reuse(null, Map.of());
    }

    /** The state for the next build, once this build's staging folder is published as {@code published}. */
    public Reuse next(Path published) {
        return new Reuse(published, Map.copyOf(now), remembered.next());
    }

    /**
     * A file left as the previous build made it, to be made later if at all (serve's documents): its entry stays,
     * so that this build neither deletes it nor forgets what it was made from.
     */
    /** The previous build's paths whose key starts with {@code prefix}, with their keys. */
    Map<String, String> keysBefore(String prefix) {
        Map<String, String> found = new java.util.HashMap<>();
        before.forEach((path, e) -> {
            if (e.key != null && e.key.startsWith(prefix)) {
                found.put(path, e.key);
            }
        });
        return found;
    }

    /** Takes over every one of {@code files} (path and key, as {@link #take}) or, if any has changed, none. */
    boolean takeAll(Map<String, String> files) {
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (unchanged(f.getKey(), f.getValue()) == null) {
                return false;
            }
        }
        files.forEach(this::take);
        return true;
    }

    /** Whether this build has recorded {@code path} as made, taken over or carried so far, other than as JBake's. */
    boolean recordedByRegistry(String path) {
        Entry e = now.get(path);
        return e != null && (e.key == null || !e.key.startsWith(JBakePart.KEYS));
    }

    /** Whether this build has recorded {@code path} as made, taken over or carried so far. */
    boolean recorded(String path) {
        return now.containsKey(path);
    }

    void carry(String path) {
        Entry e = before.get(path);
        if (e != null && now.putIfAbsent(path, e) == null) {
            kept.incrementAndGet();
        }
    }

    /**
     * This state after a part of the site (the deferred documents) was made on top of the previous build's: every
     * entry of that build, then this part's.
     */
    public Reuse whole() {
        Reuse whole = new Reuse(published, before, remembered.copy());
        whole.now.putAll(before);
        whole.now.putAll(now);
        whole.kept.set(before.size());
        whole.made.set(made.get());
        whole.taken.set(taken.get());
        return whole;
    }

    /** This build's files that a later build may take over, by path. */
    Map<String, Entry> entries() {
        return now;
    }

    /** How many files this build took over from the previous one, and how many it made. */
    public int taken() {
        return taken.get();
    }

    public int made() {
        return made.get();
    }

    /** Whether a previous build is there to take files over from: the staging folder then holds only new files. */
    public boolean incremental() {
        return published != null;
    }

    /** The previous build's files that this one did not make: to delete from the published folder. */
    public java.util.List<String> removed() {
        if (kept.get() == before.size()) {
            return List.of();
        }
        return before.keySet().stream().filter(p -> !now.containsKey(p)).sorted().toList();
    }

    /**
     * Whether the published {@code path} was made from the same inputs ({@code key}) and is untouched since: then
     * it stays where it is and this build does not make it.
     */
    boolean take(String path, String key) {
        Entry e = unchanged(path, key);
        if (e == null) {
            return false;
        }
        record(path, e);
        taken.incrementAndGet();
        return true;
    }

    /**
     * As {@link #take}, for a file that every staged build must hold (publish/Publisher checks for it): when it is
     * unchanged, the published copy is copied to {@code target} in the staging folder and counted as made.
     */
    boolean copy(String path, String key, Path target) {
        if (unchanged(path, key) == null) {
            return false;
        }
        try {
            Files.copy(published.resolve(path), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return false;
        }
        made(path, key, target);
        return true;
    }

    /** The previous build's entry for {@code path} when it was made from {@code key} and is untouched; else null. */
    private Entry unchanged(String path, String key) {
        Entry e = before.get(path);
        if (key == null || e == null || !key.equals(e.key) || published == null) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(published.resolve(path), BasicFileAttributes.class);
            if (!a.isRegularFile() || a.size() != e.size || a.lastModifiedTime().toMillis() != e.modified) {
                return null;
            }
        } catch (IOException gone) {
            return null;
        }
        return e;
    }

    /**
     * Records every file of {@code staging} that the pages and documents did not record (JBake's content pages and
     * assets): made every time, but known, so that the build after one that drops them deletes them.
     */
    public void madeElsewhere(Path staging) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(staging)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String path = staging.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (!now.containsKey(path)) {
                    made(path, null, f);
                }
            }
        }
    }

    /** Records that this build made {@code file} (at {@code path} of the site) from inputs {@code key}. */
    void made(String path, String key, Path file) {
        made.incrementAndGet();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            record(path, new Entry(key, a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            // Not recorded: the next build makes it again.
        }
    }

    /** This build's entry for {@code path}, counted when the previous build had the path too. */
    private void record(String path, Entry e) {
        if (now.put(path, e) == null && before.containsKey(path)) {
            kept.incrementAndGet();
        }
    }
}
