package vn.somohinh.cli;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.model.CodeOwners;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/** {@code codeowners}: print the CODEOWNERS file derived from the roster, or {@code --check} the committed one. */
@Command(name = "codeowners", mixinStandardHelpOptions = true,
        description = "In tệp CODEOWNERS sinh từ danh sách đơn vị, hoặc kiểm tra tệp đã commit (--check).")
final class CodeownersCommand implements Callable<Integer> {
    private static final String FILE = "CODEOWNERS";
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--check", description = "Báo lỗi nếu tệp CODEOWNERS ở thư mục gốc không khớp với danh sách đơn vị.")
    boolean check;

    CodeownersCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        DataSet data = DataLoader.load(options.root(), new Problems());
        Optional<String> text = data.units() == null ? Optional.empty() : CodeOwners.render(data);
        if (text.isEmpty()) {
            session.err().println("Không sinh được CODEOWNERS: cần data/units.yaml đọc được, và một đơn vị trong đó có tên "
                    + "trùng cơ quan tổng hợp (co_quan_tong_hop) của đợt mới nhất, với tài khoản quan_tri.");
            return Main.DATA_ERRORS;
        }
        if (!check) {
            session.out().print(text.get());
            return Main.OK;
        }
        boolean missing = !Files.exists(options.root().resolve(FILE));
        return CommittedFiles.report(session, CommittedFiles.stale(options.root(), Map.of(FILE, text.get())),
                Code.CODEOWNERS_OUTDATED, file -> missing ? "thiếu tệp CODEOWNERS" : "CODEOWNERS không khớp với data/units.yaml",
                "CODEOWNERS khớp với data/units.yaml.");
    }
}
