package vn.somohinh.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.JsonSchemas;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * {@code schemas}: write the JSON Schemas made from data/ (their code lists come from it) into schema/, where the
 * data files' relative schema lines point, or {@code --check} the committed ones. Never writes under data/. While a
 * catalog the code lists come from has errors, neither compares nor writes: the schemas would lack its codes.
 */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "Ghi các JSON Schema sinh từ data/ vào thư mục schema/, hoặc kiểm tra bản đã commit (--check).")
final class SchemasCommand implements Callable<Integer> {
    static final String FOLDER = "schema";
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--check", description = "Báo lỗi nếu các tệp trong schema/ không khớp với data/.")
    boolean check;

    SchemasCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Problems problems = new Problems();
        DataSet data = DataLoader.load(options.root(), problems);
        Validator.validate(data, ReferenceDate.resolve(options.root(), session.env(), data), problems);
        List<Problem> broken = problems.sorted().stream()
                .filter(p -> p.isError() && JsonSchemas.CATALOGS.contains(p.file())).toList();
        if (!broken.isEmpty()) {
            Checked.print(broken, data.files().size(), options, session);
            session.err().println("Không " + (check ? "kiểm tra" : "ghi") + " " + FOLDER + "/: các danh mục mã ("
                    + String.join(", ", JsonSchemas.CATALOGS) + ") còn lỗi ở trên; hãy sửa rồi chạy lại lệnh.");
            return Main.DATA_ERRORS;
        }
        Map<String, String> schemas = JsonSchemas.all(data);
        Path folder = options.root().resolve(FOLDER);
        List<String> stale = CommittedFiles.stale(folder, schemas);
        if (check) {
            return CommittedFiles.report(session, stale.stream().map(name -> FOLDER + "/" + name).toList(),
                    Code.SCHEMAS_OUTDATED, file -> file, "Các tệp " + FOLDER + "/ khớp với data/.");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        stale.forEach(name -> changed.put(name, schemas.get(name)));
        CommittedFiles.write(folder, changed);
        session.err().println(stale.isEmpty() ? "Các tệp " + FOLDER + "/ đã khớp với data/, không ghi gì."
                : "Đã ghi " + stale.size() + " tệp vào " + FOLDER + "/: " + String.join(", ", stale) + ".");
        return Main.OK;
    }
}
