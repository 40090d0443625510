package vn.somohinh.validate;

import java.util.List;
import vn.somohinh.load.CodeLists.Kind;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;

/** A year-end evaluation comes only once the model is tong-ket, after its last step, with a known grade. */
final class EvaluationRule implements Rule {

    @Override
    public void check(Context ctx) {
        ctx.eachYear("evaluation", null, EvaluationRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        for (Review review : ctx.index.reviewsByYear.getOrDefault(year, List.of())) {
            Review.Evaluation e = review.danhGia();
            if (e == null) {
                continue;
            }
            List<Review.Step> steps = review.quaTrinh();
            Review.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            String status = last == null || last.trangThai() == null ? Status.DA_DANG_KY.id() : last.trangThai();
            if (!Status.TONG_KET.id().equals(status)) {
                ctx.report(review.src(), "danh_gia", Code.EVALUATION_TOO_EARLY, status);
            }
            if (last != null && last.ngay() != null && e.ngay() != null && e.ngay().isBefore(last.ngay())) {
                ctx.report(review.src(), "danh_gia.ngay", Code.DATE_ORDER, "qua_trinh[" + last.index() + "].ngay",
                        "ngày bước xem xét cuối", Dates.show(last.ngay()), "danh_gia.ngay", "ngày đánh giá",
                        Dates.show(e.ngay()));
            }
            ctx.requireKnown(review.src(), "danh_gia.xep_loai", "xếp loại", e.xepLoai(),
                    ctx.index.grades, Kind.GRADES.where());
        }
    }
}
