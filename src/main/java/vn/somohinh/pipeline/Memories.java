package vn.somohinh.pipeline;

import java.nio.file.Path;
import vn.somohinh.load.HistoryMemory;
import vn.somohinh.load.Reads;
import vn.somohinh.model.ModelMemory;
import vn.somohinh.validate.ValidationMemory;

/**
 * What serve keeps from one build to the next, for the next to redo only what a change touches: the records of the
 * last load (load/Reads), what the last validation said of each year (validate/ValidationMemory), the models' rows
 * and pages and the campaigns' views (model/ModelMemory), the Git history while HEAD stays (load/HistoryMemory).
 * {@link #none()} keeps nothing: build, validate.
 */
final class Memories {
    final Reads reads;
    final ValidationMemory validation;
    final ModelMemory models;
    final HistoryMemory history;

    private Memories(Reads reads, ValidationMemory validation, ModelMemory models, HistoryMemory history) {
        this.reads = reads;
        this.validation = validation;
        this.models = models;
        this.history = history;
    }

    static Memories none() {
        return new Memories(Reads.NONE, ValidationMemory.none(), ModelMemory.none(), HistoryMemory.none());
    }

    static Memories kept() {
        return new Memories(Reads.kept(), ValidationMemory.kept(), ModelMemory.kept(), HistoryMemory.kept());
    }

    /** Whether the loads' records are kept, trees included (so they must not be released). */
    boolean keeps() {
        return reads.keeps();
    }

    /**
     * A watcher saw {@code file} change under {@code root} (null: it lost track): the next load reads it again, or
     * everything.
     */
    void touched(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path changed = file == null ? null : file.toAbsolutePath().normalize();
        if (changed != null && changed.startsWith(base)) {
            reads.touched(base.relativize(changed).toString().replace(java.io.File.separatorChar, '/'));
        } else {
            reads.touchedEverything();
        }
    }
}
