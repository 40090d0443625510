package vn.somohinh.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.load.Scaffold;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.load.ValueType;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Suggest;
import vn.somohinh.write.FileChange;
import vn.somohinh.write.FileWrites;

/** {@code new --unit ID --year YYYY --slug SLUG}: writes a registration file with every key and a comment per key. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Tạo tệp đăng ký mô hình mới có đủ các trường và chú thích, để đơn vị điền vào.")
final class NewCommand implements Callable<Integer> {
    private final Session session;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "Mã đơn vị trong data/units.yaml.")
    String unit;

    /** As typed: it becomes a folder name, so "0999" must be told as "0999" (and refused, as the layout does). */
    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm của đợt đăng ký.",
            converter = YearText.class)
    String year;

    @Option(names = "--slug", required = true, paramLabel = "SLUG", description = "Mã mô hình, thành tên tệp, ví dụ ca-phe-ben-vung.")
    String slug;

    NewCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        Path root = options.root();
        String file = "data/registrations/" + year + "/" + unit + "/" + slug + ".yaml";
        DataSet data = DataLoader.load(root, new Problems());
        Problems problems = new Problems();
        if (!ValueType.isSlug(slug)) {
            problems.add(file, 1, 1, Code.BAD_PATH, "mã mô hình \"" + slug + "\" (--slug) là tên tệp, phải là mã: chữ "
                    + "thường không dấu, số và dấu gạch ngang, tối đa 64 ký tự, ví dụ ca-phe-ben-vung");
        }
        if (!ValueType.isYear(year)) {
            problems.add(file, 1, 1, Code.BAD_PATH, "thư mục năm \"" + year + "\" (--year) phải là năm của đợt đăng ký, "
                    + "4 chữ số không bắt đầu bằng 0: hãy ghi năm của đợt, ví dụ --year 2023");
        } else if (data.campaigns().stream().noneMatch(c -> c.year() == Integer.parseInt(year))) {
            problems.add(file, 1, 1, Code.UNKNOWN_YEAR, year, year);
        }
        if (data.units() == null || data.units().stream().noneMatch(u -> unit.equals(u.id()))) {
            problems.add(file, 1, 1, Code.UNKNOWN_UNIT_FOLDER, unit, data.units() == null ? ""
                    : Suggest.hint(unit, data.units().stream().map(u -> u.id()).filter(id -> id != null).toList()));
        }
        Path target = root.resolve(file);
        if (problems.size() == 0 && Files.exists(target)) {
            problems.add(file, 1, 1, Code.FILE_EXISTS);
        }
        if (problems.size() > 0) {
            for (Problem p : problems.sorted()) {
                session.err().println(ProblemReport.text(p));
            }
            return Main.DATA_ERRORS;
        }
        LocalDate today = ReferenceDate.resolve(root, session.env(), data);
        byte[] text = Scaffold.registration(today, SiteAddress.schemaRef(data.site(), file)).getBytes(StandardCharsets.UTF_8);
        FileWrites.commit(root, List.of(new FileChange(file, null, text)));
        session.err().println("Đã tạo " + file + ": hãy điền các trường rồi chạy validate.");
        return Main.OK;
    }

    /** The year as typed; anything but digits is wrong usage, as for a number. */
    static final class YearText implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new TypeConversionException("cần một số nguyên, ví dụ 2023");
            }
            return value;
        }
    }
}
