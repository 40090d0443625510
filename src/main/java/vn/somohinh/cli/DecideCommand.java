package vn.somohinh.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;
import vn.somohinh.validate.Validator;
import vn.somohinh.write.Decision;
import vn.somohinh.write.FileChange;
import vn.somohinh.write.FileWrites;
import vn.somohinh.write.Step;
import vn.somohinh.write.UnifiedDiff;

/** {@code decide}: appends one review step to each model's review file, all or nothing (CLI.md). */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Ghi một bước xem xét (quyết định) vào tệp xem xét của từng mô hình; có lỗi thì không ghi gì.")
final class DecideCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--status", required = true, paramLabel = "ID", converter = StatusConverter.class,
            description = "Trạng thái mới của các mô hình, ví dụ duoc-duyet.")
    Status status;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Ngày của bước xem xét.")
    LocalDate date;

    @Option(names = "--van-ban", paramLabel = "ID", description = "Mã văn bản ghi quyết định, trong data/directives.yaml.")
    String vanBan;

    @Option(names = "--note", paramLabel = "TEXT", description = "Ghi chú của bước (ghi_chu).")
    String note;

    @Option(names = "--dry-run", description = "Chỉ in phần thay đổi (diff), không ghi tệp.")
    boolean dryRun;

    @Mixin
    SelectedModels selection = new SelectedModels();

    DecideCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Request r = request(selection, spec, options, session);
        Decision.Plan plan = new Decision(options.root(), r.data(), r.problems().sorted())
                .plan(r.keys(), new Step(date, status, text(vanBan), text(note)), r.today());
        r.refusals().addAll(plan.refusals());
        return finish(r.refusals(), plan, r.data(), dryRun, options, session, "Đã ghi thêm bước vào ");
    }

    /** What a writing command starts from: the data as it is, validated, its date, and the models asked for. */
    record Request(DataSet data, LocalDate today, Problems problems, Problems refusals, List<ModelKey> keys) {
    }

    /** Shared by the writing commands: checks the selection's usage, loads and validates, selects the models. */
    static Request request(SelectedModels selection, CommandSpec spec, CommonOptions options, Session session) {
        selection.checkUsage(spec.commandLine());
        Problems problems = new Problems();
        DataSet data = DataLoader.load(options.root(), problems);
        LocalDate today = ReferenceDate.resolve(options.root(), session.env(), data);
        Validator.validate(data, today, problems);
        Problems refusals = new Problems();
        return new Request(data, today, problems, refusals, selection.keys(data, refusals));
    }

    /** Shared by the writing commands: the refusals (nothing written), the dry run's diff, or the writes. */
    static int finish(Problems refusals, Decision.Plan plan, DataSet data, boolean dryRun, CommonOptions options,
                      Session session, String written) throws java.io.IOException {
        if (refusals.size() > 0) {
            Checked.print(refusals.sorted(), data.files().size(), options, session);
            session.err().println("Không ghi tệp nào: hãy sửa các điểm trên rồi chạy lại lệnh.");
            return Main.DATA_ERRORS;
        }
        if (dryRun) {
            plan.changes().forEach(c -> session.out().print(UnifiedDiff.of(c)));
            session.err().println("Chạy thử: sẽ ghi " + plan.changes().size() + " tệp, chưa ghi tệp nào.");
            return Main.OK;
        }
        FileWrites.commit(options.root(), plan.changes());
        for (FileChange change : plan.changes()) {
            session.err().println((change.before() == null ? "Đã tạo " : written) + change.path());
        }
        return Main.OK;
    }

    /** As the loader reads a value: without surrounding spaces, none when blank. */
    private static String text(String value) {
        return value == null || Spaces.isBlank(value) ? null : Spaces.strip(value);
    }

    /** A status id of DATA.md's table. */
    static final class StatusConverter implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            Status status = Status.byId(value);
            if (status == null) {
                throw new TypeConversionException("không phải mã trạng thái: hãy chọn một trong " + String.join(", ", Status.ids()));
            }
            return status;
        }
    }

    /** A real day written year-month-day, as in the data files. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, ISO);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("cần một ngày có thật dạng năm-tháng-ngày, ví dụ 2023-03-24");
            }
        }
    }
}
