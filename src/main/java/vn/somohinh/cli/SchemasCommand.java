package vn.somohinh.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.JsonSchemas;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * {@code schemas}: write the JSON Schemas made from data/ (their code lists come from it) into schema/, where the
 * data files' relative schema lines point, or {@code --check} the committed ones. Never writes under data/.
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
        Map<String, String> schemas = JsonSchemas.all(DataLoader.load(options.root(), new Problems()));
        Path folder = options.root().resolve(FOLDER);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : schemas.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey());
            }
        }
        if (check) {
            Problems outdated = new Problems();
            stale.forEach(name -> outdated.add(FOLDER + "/" + name, 1, 1, Code.SCHEMAS_OUTDATED, FOLDER + "/" + name));
            outdated.sorted().forEach(p -> session.out().println(ProblemReport.text(p)));
            if (stale.isEmpty()) {
                session.err().println("Các tệp " + FOLDER + "/ khớp với data/.");
            }
            return stale.isEmpty() ? Main.OK : Main.DATA_ERRORS;
        }
        Files.createDirectories(folder);
        for (String name : stale) {
            Files.writeString(folder.resolve(name), schemas.get(name), StandardCharsets.UTF_8);
        }
        session.err().println(stale.isEmpty() ? "Các tệp " + FOLDER + "/ đã khớp với data/, không ghi gì."
                : "Đã ghi " + stale.size() + " tệp vào " + FOLDER + "/: " + String.join(", ", stale) + ".");
        return Main.OK;
    }
}
