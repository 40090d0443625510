package vn.somohinh.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.somohinh.cache.Store;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.GitHead;
import vn.somohinh.load.GitHistory;
import vn.somohinh.load.History;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.model.Site;
import vn.somohinh.model.SiteModel;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.problem.Severity;
import vn.somohinh.publish.Publisher;
import vn.somohinh.render.DeferredDocuments;
import vn.somohinh.render.Reuse;
import vn.somohinh.render.SiteRenderer;
import vn.somohinh.validate.Validator;

/**
 * The stages of a build, in their one order, for {@code build} and {@code serve}: load, reference date, validate,
 * then (when the data allows) model, render into a staging folder, check, publish, and the staging folder discarded
 * whatever happens. Returns what it found and prints nothing but stage times. One recipe serves several runs (serve
 * rebuilds with the same one), one run at a time; it keeps what a later run may reuse.
 *
 * <p>{@link #withCache} adds the work of earlier runs: the YAML trees of unchanged files (cache.Store) and the files
 * of the last build that stay as they are (render/Reuse, through RenderState: kept in the cache's folder between
 * runs, in memory between serve's rebuilds).
 */
public final class Recipe {
    /** What the last build wrote, beside the cache (render/ReuseFile). */
    public static final String STATE = Store.FOLDER + "/trang.tsv";
    private final Path root;
    private final Path out;
    private final Map<String, String> env;
    private final PrintStream timings;
    private final Store store;
    /** serve's: the render state is written when it stops (keepState), not after every build. */
    private final boolean stateOnStop;
    private final RenderState state;
    /** serve's: what the last build read and made, for the next to take what a change does not touch. */
    private final Memories memories;
    /** The last site published by this recipe. */
    private Site previous;
    /** serve's: the documents of the last published build, not made yet (see {@link #writeDocuments}). */
    private final LaterDocuments later = new LaterDocuments();

    /** What load and validate found. */
    public record Checked(DataSet data, LocalDate today, List<Problem> problems) {
        /** Errors, or with {@code strict} warnings too: nothing may be published. */
        public boolean failed(boolean strict) {
            return problems.stream().anyMatch(p -> p.isError() || strict && p.severity() == Severity.WARNING);
        }
    }

    /** A run's result: what was checked, and whether the output folder now holds the new site. */
    public record Outcome(Checked checked, boolean published) {
    }

    /** Called between validating and rendering, e.g. to print the problems before the long part starts. */
    @FunctionalInterface
    public interface AfterCheck {
        void checked(Checked checked) throws IOException;
    }

    /** A recipe for the site under {@code root}, built into {@code out}; stage times go to {@code timings} when the environment asks. */
    public Recipe(Path root, Path out, Map<String, String> env, PrintStream timings) {
        this(root, out, env, timings, Store.none(), false, Memories.none());
    }

    private Recipe(Path root, Path out, Map<String, String> env, PrintStream timings, Store store,
                   boolean stateOnStop, Memories memories) {
        this.root = root;
        this.out = out;
        this.env = Map.copyOf(env);
        this.timings = timings;
        this.store = store;
        this.stateOnStop = stateOnStop;
        this.memories = memories;
        this.state = new RenderState(store.writes() ? root.resolve(STATE) : null, out, stateOnStop);
    }

    /**
     * This recipe with the cache under the root's target/, unless the output folder holds it or lies in it: the
     * cache never reaches the site (docs/DECISIONS.md).
     */
    public Recipe withCache() {
        return with(Store.open(root));
    }

    /** This recipe reading the cache a build left and adding nothing to it: for the commands that write nothing. */
    public Recipe withCacheToRead() {
        return with(Store.open(root).readOnly());
    }

    private Recipe with(Store opened) {
        Path folder = opened.folder().orElseThrow();
        return folder.startsWith(out) || out.startsWith(folder) ? this
                : new Recipe(root, out, env, timings, opened, stateOnStop, memories);
    }

    /**
     * This recipe for serve, which builds after every save. It writes the render state down only when
     * {@link #keepState} is called and keeps it in memory meanwhile (writing 62,000 lines after each save was 5% of
     * a save at national scale). The state on disk is deleted before this recipe first publishes, so that a serve
     * killed before it could keep its state leaves none, and the next build makes every file. It also keeps the
     * records of each load and reads again only the data files that changed (load/Reads): tell it what the watcher
     * sees through {@link #touched}. And after its first build it publishes the pages before the documents, which
     * {@link #writeDocuments} then makes.
     */
    public Recipe keepingStateUntilStop() {
        return new Recipe(root, out, env, timings, store, true, Memories.kept());
    }

    /**
     * A watcher now reports every change through {@link #touched}: after one more walk of data/, loads look only at
     * the files it names (load/Reads).
     */
    public void watching() {
        memories.reads.watching();
    }

    /**
     * A watcher saw {@code file} change (null: it lost track, e.g. its queue overflowed): the next load reads it
     * again, or everything, whatever the files' sizes and times say.
     */
    public void touched(Path file) {
        memories.touched(root, file);
    }

    /** Writes down what the last build wrote, if this recipe has not yet (see {@link #keepingStateUntilStop}). */
    public void keepState() {
        state.keep();
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return out;
    }

    /** The path prefix of the last published site ("/" before the first), from site.yaml's duong_dan_goc. */
    public String basePath() {
        return previous == null ? "/" : previous.info().basePath();
    }

    /** Load, reference date and validate: what every command starts with. */
    public Checked check() throws IOException {
        Stopwatch watch = Stopwatch.of(env, timings);
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems, store, memories.reads);
        watch.lap("load");
        LocalDate today = ReferenceDate.resolve(root, env, data, store);
        Validator.validate(data, today, problems, memories.validation);
        watch.lap("validate");
        return new Checked(data, today, problems.sorted());
    }

    /**
     * The whole build: check, hand the result to {@code afterCheck}, and unless the data failed ({@code strict}:
     * warnings too), model, render, check and publish. A failed or interrupted run leaves the output as it was and
     * no staging folder behind.
     */
    public Outcome build(boolean strict, AfterCheck afterCheck) throws IOException {
        // Neither depends on the data: both run on the spare core while the data is loaded and checked.
        SiteRenderer.warmUp(root, state.last(), GitHead.commit(root).orElse(null));
        Supplier<History> history = GitHistory.inBackground(root, memories.history, store);
        Checked checked = check();
        Stopwatch watch = Stopwatch.of(env, timings);
        afterCheck.checked(checked);
        watch.lap("print");
        if (checked.failed(strict)) {
            return new Outcome(checked, false);
        }
        if (!memories.keeps()) {
            // The next load reads the trees again; serve's reuses them (load/Reads).
            checked.data().releaseTrees();
        }
        Site site = SiteModel.build(checked.data(), checked.problems(), history.get(), memories.models);
        watch.lap("model");
        Path staging = Publisher.stagingFor(out);
        Reuse used = state.last();
        later.leave(null);
        DeferredDocuments documents = null;
        try {
            if (stateOnStop && used.incremental()) {
                documents = SiteRenderer.renderPages(site, root, staging, used);
            } else {
                SiteRenderer.render(site, root, staging, used);
            }
            used.madeElsewhere(staging);
            watch.lap("render");
            Publisher.check(staging);
            state.beforePublish();
            if (used.incremental() && Files.isDirectory(out)) {
                Publisher.update(staging, out, used.removed());
            } else {
                Publisher.publish(staging, out);
            }
            watch.lap("publish");
        } finally {
            Publisher.discardStaging(staging);
        }
        previous = site;
        state.published(used);
        later.leave(documents);
        return new Outcome(checked, true);
    }

    /**
     * serve: makes the documents of the last published build whose inputs changed, and publishes them (each moved
     * into place: a reader gets the old file or the new one). Returns how many were made, or -1 when there was
     * nothing to make or {@code stop} said to leave them (a newer change waits): the published documents then stay
     * those of an earlier build, the render state says so, and the next build makes them.
     */
    public int writeDocuments(BooleanSupplier stop) throws IOException {
        return later.write(state, out, Stopwatch.of(env, timings), stop);
    }
}
