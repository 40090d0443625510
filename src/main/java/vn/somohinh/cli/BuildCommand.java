package vn.somohinh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.somohinh.pipeline.Recipe;

/**
 * {@code build}: the recipe once (validate, then render into a staging folder and swap it into place, or move the
 * files made again into place), with the cache of earlier runs. A failed run changes nothing.
 */
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
        Recipe.Outcome outcome = Checked.recipe(options, session).withCache().build(options.strict,
                checked -> Checked.print(checked, options, session));
        if (!outcome.published()) {
            session.err().println("Không dựng trang: dữ liệu còn lỗi, thư mục " + out + " giữ nguyên.");
            return Main.DATA_ERRORS;
        }
        session.err().println("Đã dựng trang vào " + out + ".");
        return Main.OK;
    }
}
