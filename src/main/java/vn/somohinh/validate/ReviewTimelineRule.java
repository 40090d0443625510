package vn.somohinh.validate;

import java.time.LocalDate;
import vn.somohinh.load.CodeLists.Kind;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;

/**
 * The review steps tell a possible story: known statuses, each move allowed by the status table, dates in order
 * and not before the registration.
 */
final class ReviewTimelineRule implements Rule {

    @Override
    public void check(Context ctx) {
        ctx.eachYear("review-timeline", null, ReviewTimelineRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        for (Review review : ctx.index.reviewsByYear.getOrDefault(year, java.util.List.of())) {
            Registration registration = ctx.index.registrations.get(review.key());
            checkSteps(ctx, review, registration == null ? null : registration.ngayDangKy());
        }
    }

    private static void checkSteps(Context ctx, Review review, LocalDate registered) {
        Status current = Status.DA_DANG_KY;
        LocalDate previousDate = null;
        String previousAt = null;
        for (Review.Step step : review.quaTrinh()) {
            String at = "qua_trinh[" + step.index() + "]";
            if (step.ngay() != null) {
                if (registered != null && step.ngay().isBefore(registered)) {
                    ctx.report(review.src(), at + ".ngay", Code.REVIEW_BEFORE_REGISTRATION, at + ".ngay",
                            Dates.show(step.ngay()), Dates.show(registered));
                }
                if (previousDate != null && step.ngay().isBefore(previousDate)) {
                    ctx.report(review.src(), at + ".ngay", Code.REVIEW_ORDER, at + ".ngay",
                            Dates.show(step.ngay()), Dates.show(previousDate), previousAt + ".ngay");
                }
                previousDate = step.ngay();
                previousAt = at;
            }
            if (step.vanBan() != null) {
                ctx.requireKnown(review.src(), at + ".van_ban", "văn bản", step.vanBan(),
                        ctx.index.directiveIds, Kind.DIRECTIVES.where());
            }
            if (step.trangThai() == null) {
                continue;
            }
            Status next = Status.byId(step.trangThai());
            if (next == null) {
                ctx.requireKnown(review.src(), at + ".trang_thai", "trạng thái", step.trangThai(),
                        Status.ids(), "danh sách trạng thái (" + String.join(", ", Status.ids()) + ")");
                continue;
            }
            if (current != null && !current.canGoTo(next)) {
                ctx.report(review.src(), at + ".trang_thai", Code.STATUS_TRANSITION, at + ".trang_thai", current.id(), next.id(),
                        current.id(), current.next().isEmpty() ? "không trạng thái nào (đã kết thúc)"
                                : String.join(", ", current.nextIds()));
            }
            current = next;
        }
    }
}
