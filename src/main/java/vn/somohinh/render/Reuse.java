package vn.somohinh.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the previous build wrote, so that this one takes over the files whose inputs are unchanged instead of making
 * them again: for each path of the site, the fingerprint of what it was made from (the page's view, the frame, its
 * templates; a document's view) and the file's size and time when it was written. A file is taken over only when
 * its fingerprint is the same and the published file still has that size and time, so that a file changed or
 * removed by hand is made again; it is hard-linked into the staging folder (copied where links are refused), so the
 * build still publishes a whole new folder. One state serves one output folder; {@link #next} gives the state for
 * the build after this one.
 */
public final class Reuse {
    /** A file of a build: the fingerprint of its inputs (null: made every time), its size and time. */
    record Entry(String key, long size, long modified) {
    }

    private final Path published;
    private final Map<String, Entry> before;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    Reuse(Path published, Map<String, Entry> before) {
        this.published = published;
        this.before = before;
    }

    /** Nothing to take over: every file is made. */
    public static Reuse none() {
        return new Reuse(null, Map.of());
    }

    /** The state for the next build, once this build's staging folder is published as {@code published}. */
    public Reuse next(Path published) {
        return new Reuse(published, Map.copyOf(now));
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

    /**
     * Puts the previous build's {@code path} into {@code staging} when it was made from the same inputs ({@code key})
     * and is untouched since; false when the file must be made.
     */
    boolean take(String path, String key, Path staging) {
        Entry e = before.get(path);
        if (key == null || e == null || !key.equals(e.key) || published == null) {
            return false;
        }
        Path old = published.resolve(path);
        Path target = staging.resolve(path);
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class);
            if (!a.isRegularFile() || a.size() != e.size || a.lastModifiedTime().toMillis() != e.modified) {
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, old);
            } catch (UnsupportedOperationException | IOException refused) {
                Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException gone) {
            return false;
        }
        now.put(path, e);
        taken.incrementAndGet();
        return true;
    }

    /** Records that this build made {@code file} (at {@code path} of the site) from inputs {@code key}. */
    void made(String path, String key, Path file) {
        made.incrementAndGet();
        if (key == null) {
            return;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            now.put(path, new Entry(key, a.size(), a.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            // Not recorded: the next build makes it again.
        }
    }
}
