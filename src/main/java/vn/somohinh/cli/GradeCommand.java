package vn.somohinh.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.somohinh.load.Review;
import vn.somohinh.text.Spaces;
import vn.somohinh.write.Decision;
import vn.somohinh.write.Grading;

/** {@code grade}: writes the year-end evaluation ({@code danh_gia}) into each model's review file, all or nothing. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Ghi đánh giá cuối năm (danh_gia) vào tệp xem xét của từng mô hình đã tổng kết; có lỗi thì không ghi gì.")
final class GradeCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--xep-loai", required = true, paramLabel = "ID", description = "Mã xếp loại, trong xep_loai của data/site.yaml.")
    String xepLoai;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = DecideCommand.DateConverter.class,
            description = "Ngày đánh giá.")
    LocalDate date;

    @Option(names = "--nhan-xet", paramLabel = "TEXT", description = "Nhận xét của Ban (nhan_xet).")
    String nhanXet;

    @Option(names = "--nhan-rong", description = "Đề xuất nhân rộng (de_xuat_nhan_rong: true).")
    boolean nhanRong;

    @Option(names = "--khen-thuong", description = "Đề xuất khen thưởng (de_xuat_khen_thuong: true).")
    boolean khenThuong;

    @Option(names = "--replace", description = "Thay đánh giá đã có (nếu không, mô hình đã có đánh giá bị từ chối).")
    boolean replace;

    @Option(names = "--dry-run", description = "Chỉ in phần thay đổi (diff), không ghi tệp.")
    boolean dryRun;

    @Mixin
    SelectedModels selection = new SelectedModels();

    GradeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        DecideCommand.Request r = DecideCommand.request(selection, spec, options, session);
        String remark = nhanXet == null || Spaces.isBlank(nhanXet) ? null : Spaces.strip(nhanXet);
        Review.Evaluation evaluation = new Review.Evaluation(date, Spaces.strip(xepLoai), remark, nhanRong, khenThuong);
        Decision.Plan plan = new Grading(options.root(), r.data(), r.problems().sorted())
                .plan(r.keys(), evaluation, replace, r.today());
        r.refusals().addAll(plan.refusals());
        return DecideCommand.finish(r.refusals(), plan, r.data(), dryRun, options, session, "Đã ghi đánh giá vào ");
    }
}
