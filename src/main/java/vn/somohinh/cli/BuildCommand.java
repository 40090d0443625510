package vn.somohinh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.somohinh.cache.Store;
import vn.somohinh.load.GitHistory;
import vn.somohinh.model.Site;
import vn.somohinh.model.SiteModel;
import vn.somohinh.publish.Publisher;
import vn.somohinh.render.SiteRenderer;

/** {@code build}: validate, then render into a staging folder and swap it into place. A failed run changes nothing. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Kiểm tra dữ liệu rồi dựng trang vào thư mục xuất.")
final class BuildCommand implements Callable<Integer> {
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
        Checked checked = Checked.run(options, session, cache(root, out));
        if (checked.failed(options.strict)) {
            session.err().println("Không dựng trang: dữ liệu còn lỗi, thư mục " + out + " giữ nguyên.");
            return Main.DATA_ERRORS;
        }
        Stopwatch watch = Stopwatch.of(session);
        checked.data().releaseTrees();
        Site site = SiteModel.build(checked.data(), checked.problems(), GitHistory.read(root));
        watch.lap("model");
        Path staging = Publisher.stagingFor(out);
        try {
            SiteRenderer.render(site, root, staging);
            watch.lap("render");
            Publisher.check(staging);
            Publisher.publish(staging, out);
            watch.lap("publish");
        } finally {
            Publisher.discardStaging(staging);
        }
        session.err().println("Đã dựng trang vào " + out + ".");
        return Main.OK;
    }

    /** The store of earlier runs' work, unless the output folder holds it or lies in it (docs/DECISIONS.md). */
    static Store cache(Path root, Path out) {
        Store store = Store.open(root);
        Path folder = store.folder().orElseThrow();
        return folder.startsWith(out) || out.startsWith(folder) ? Store.none() : store;
    }
}
