package vn.somohinh.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.somohinh.render.Reuse;
import vn.somohinh.render.ReuseFile;

/**
 * What the last build wrote, for the next build to take over: in memory between the builds of one recipe, and on
 * disk ({@link Recipe#STATE}, render/ReuseFile) between runs, when the root has a cache. {@code build} writes it
 * after every build; serve only when it stops, and it deletes the one on disk before it first publishes, since a
 * state that no longer describes the output is worse than none.
 */
final class RenderState {
    private final Path file;
    private final Path out;
    private final boolean onStop;
    /** The last build's, for the next one; read from the file on the first run. */
    private Reuse last;
    /** The last build's, not yet written down (serve only). */
    private Reuse unkept;
    private boolean published;

    /** {@code file} null: no cache, nothing read or written. */
    RenderState(Path file, Path out, boolean onStop) {
        this.file = file;
        this.out = out;
        this.onStop = onStop;
    }

    /** What the last build wrote: this recipe's own, else the state an earlier run kept, else nothing. */
    Reuse last() {
        if (last == null) {
            last = file == null ? Reuse.none() : ReuseFile.read(file, out);
            if (onStop) {
                // serve: one build after another in this process, each finding the last one's digests.
                last = last.remembering();
            }
        }
        return last;
    }

    /** Before a build's files are published: serve's first publish makes the state on disk stale. */
    void beforePublish() throws IOException {
        if (onStop && !published && file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** After a build was published: its files are the ones the next build takes over. */
    void published(Reuse used) {
        published = true;
        last = used.next(out);
        if (onStop) {
            unkept = used;
        } else {
            write(used);
        }
    }

    /** Writes down what the last build wrote, if that is not done yet (serve, when it stops). */
    void keep() {
        if (unkept != null) {
            write(unkept);
            unkept = null;
        }
    }

    /** A root where target/ cannot be written (a read-only checkout) still builds: the next run makes every file. */
    private void write(Reuse used) {
        if (file == null) {
            return;
        }
        try {
            ReuseFile.write(file, used, out);
        } catch (IOException | RuntimeException e) {
            // Nothing kept: see the method's comment.
        }
    }
}
