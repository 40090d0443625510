package vn.somohinh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.somohinh.cache.Store;
import vn.somohinh.load.GitHistory;
import vn.somohinh.model.Site;
import vn.somohinh.model.SiteModel;
import vn.somohinh.publish.Publisher;
import vn.somohinh.render.Reuse;
import vn.somohinh.render.ReuseFile;
import vn.somohinh.render.SiteRenderer;

/**
 * {@code build}: validate, then render into a staging folder and swap it into place. A failed run changes nothing.
 * Files whose inputs are those of the last build's are taken over from it (render/Reuse).
 */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Kiểm tra dữ liệu rồi dựng trang vào thư mục xuất.")
final class BuildCommand implements Callable<Integer> {
    /** What the last build wrote, so that the next one takes over its unchanged files (render/ReuseFile). */
    static final String STATE = Store.FOLDER + "/trang.tsv";
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    BuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        Path out = options.out();
        String refusal = OutputGuard.refusal(root, out);
        if (refusal != null) {
            session.err().println(refusal);
            return Main.USAGE;
        }
        Store cache = cache(root, out);
        Checked checked = Checked.run(options, session, cache);
        if (checked.failed(options.strict)) {
            session.err().println("Không dựng trang: dữ liệu còn lỗi, thư mục " + out + " giữ nguyên.");
            return Main.DATA_ERRORS;
        }
        Stopwatch watch = Stopwatch.of(session);
        checked.data().releaseTrees();
        Site site = SiteModel.build(checked.data(), checked.problems(), GitHistory.read(root));
        watch.lap("model");
        Path staging = Publisher.stagingFor(out);
        // Kept beside the cache, and like it never in the output folder.
        Path state = cache.folder().isPresent() ? root.resolve(STATE) : null;
        Reuse reuse = state == null ? Reuse.none() : ReuseFile.read(state, out);
        try {
            SiteRenderer.render(site, root, staging, reuse);
            reuse.madeElsewhere(staging);
            watch.lap("render");
            Publisher.check(staging);
            if (reuse.incremental() && Files.isDirectory(out)) {
                Publisher.update(staging, out, reuse.removed());
            } else {
                Publisher.publish(staging, out);
            }
            saveState(state, reuse, out);
            watch.lap("publish");
        } finally {
            Publisher.discardStaging(staging);
        }
        session.err().println("Đã dựng trang vào " + out + ".");
        return Main.OK;
    }

    /** A root where target/ cannot be written (a read-only checkout) still builds: the next build makes every file. */
    private static void saveState(Path state, Reuse reuse, Path out) {
        if (state == null) {
            return;
        }
        try {
            ReuseFile.write(state, reuse, out);
        } catch (java.io.IOException | RuntimeException e) {
            // Nothing to keep: see the method's comment.
        }
    }

    /** The store of earlier runs' work, unless the output folder holds it or lies in it (docs/DECISIONS.md). */
    static Store cache(Path root, Path out) {
        Store store = Store.open(root);
        Path folder = store.folder().orElseThrow();
        return folder.startsWith(out) || out.startsWith(folder) ? Store.none() : store;
    }
}
