package vn.somohinh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.somohinh.convert.Conversion;
import vn.somohinh.convert.Draft;
import vn.somohinh.intake.Entry;
import vn.somohinh.intake.Intake;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.pipeline.Stopwatch;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;
import vn.somohinh.write.FileChange;
import vn.somohinh.write.FileWrites;
import vn.somohinh.write.ImportCheck;
import vn.somohinh.write.Importing;
import vn.somohinh.write.UnifiedDiff;

/** {@code import}: filled Word forms and tables become registration files; never overwrites unasked (CLI.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập phiếu đăng ký Word (.docx) và bảng (.xlsx, .csv) thành tệp đăng ký; có lỗi thì không ghi gì.")
final class ImportCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Các tệp cần nhập: .docx, .xlsx, .csv.")
    List<Path> files;

    @Option(names = "--year", paramLabel = "Y", description = "Năm đăng ký, khi tệp không ghi năm.")
    Integer year;

    @Option(names = "--unit", paramLabel = "ID", description = "Mã đơn vị, khi tệp không ghi đơn vị.")
    String unit;

    @Option(names = "--partial", description = "Vẫn ghi các dòng đúng khi có dòng lỗi (các dòng lỗi không được nhập).")
    boolean partial;

    @Option(names = "--update", description = "Sửa tệp đã có khi nội dung khác, chỉ ở các trường khác; giữ nguyên phần còn lại.")
    boolean update;

    @Option(names = "--dry-run", description = "Chỉ in phần thay đổi (diff), không ghi tệp.")
    boolean dryRun;

    ImportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        Stopwatch watch = Stopwatch.of(session.env(), session.err());
        Problems dataProblems = new Problems();
        DataSet data = DataLoader.load(root, dataProblems);
        LocalDate today = ReferenceDate.resolve(root, session.env(), data);
        Validator.validate(data, today, dataProblems);
        watch.lap("load and validate");
        Problems report = new Problems();
        List<Draft> drafts = drafts(data, report);
        watch.lap("read and convert");
        Importing.Plan plan = new Importing(root, data, dataProblems.sorted()).plan(drafts, update, report);
        watch.lap("plan");
        List<Importing.Target> targets = plan.targets();
        Problems checked = new Problems();
        List<Importing.Target> failed = check(root, data, targets, today, checked);
        if (partial && !failed.isEmpty()) {
            // The rows whose files would not validate are left out, and the rest checked again without them.
            report.addAll(checked.inOrder());
            targets = targets.stream().filter(t -> !failed.contains(t)).toList();
            checked = new Problems();
            check(root, data, targets, today, checked);
        }
        report.addAll(checked.inOrder());
        watch.lap("check");
        List<Problem> problems = report.inOrder();
        ImportReport.print(problems, files.size(), options, session);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors && (!partial || checked.hasErrors())) {
            session.err().println("Không ghi tệp nào: hãy sửa các điểm trên rồi chạy lại lệnh.");
            return Main.DATA_ERRORS;
        }
        List<FileChange> changes = targets.stream().map(Importing.Target::change).toList();
        if (dryRun) {
            changes.forEach(c -> session.out().print(UnifiedDiff.of(c)));
            session.err().println("Chạy thử: sẽ ghi " + changes.size() + " tệp; " + plan.same().size()
                    + " tệp đã có đúng như vậy; chưa ghi tệp nào.");
            return errors ? Main.DATA_ERRORS : Main.OK;
        }
        FileWrites.commit(root, changes);
        watch.lap("write");
        for (FileChange c : changes) {
            session.err().println((c.before() == null ? "Đã tạo " : "Đã sửa ") + c.path());
        }
        session.err().println("Đã ghi " + changes.size() + " tệp; " + plan.same().size()
                + " tệp đã có đúng như vậy, không ghi lại.");
        return errors ? Main.DATA_ERRORS : Main.OK;
    }

    /** The registry as it would be is validated only when something would change: nothing new, nothing to check. */
    private static List<Importing.Target> check(Path root, DataSet data, List<Importing.Target> targets, LocalDate today,
                                                Problems out) throws java.io.IOException {
        return targets.isEmpty() ? List.of() : ImportCheck.run(root, data, targets, today, out);
    }

    /** Every entry of every file converted; an entry with an error is left out (and its problems kept). */
    private List<Draft> drafts(DataSet data, Problems report) {
        Conversion conversion = new Conversion(data, year, unit);
        List<Draft> drafts = new ArrayList<>();
        for (Path file : files) {
            Problems read = new Problems();
            List<Entry> entries = Files.isRegularFile(file) ? Intake.read(file, file.getFileName().toString(), read) : List.of();
            if (!Files.isRegularFile(file)) {
                read.add(file.toString(), 0, 0, Code.IMPORT_MISSING, file.toString());
            }
            report.addAll(read.inOrder());
            for (Entry entry : entries) {
                Problems one = new Problems();
                Draft draft = conversion.convert(entry, one);
                report.addAll(one.inOrder());
                if (draft != null && !one.hasErrors()) {
                    drafts.add(draft);
                }
            }
        }
        return drafts;
    }

    private static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }
}
