package vn.somohinh.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: check data/, print every problem, write nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Chỉ kiểm tra dữ liệu, in các vấn đề, không ghi gì.")
final class ValidateCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    ValidateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        return Checked.exitCode(Checked.run(options, session), options.strict);
    }
}
