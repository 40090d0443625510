package vn.somohinh.validate;

import vn.somohinh.load.Campaign;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;

/** Warns of a registration dated after its campaign's deadline. */
final class LateRule implements Rule {

    @Override
    public void check(Context ctx) {
        ctx.eachYear("late", null, LateRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        for (Registration r : ctx.index.registrationsByYear.getOrDefault(year, java.util.List.of())) {
            Campaign c = ctx.index.campaigns.get(r.key().year());
            if (c != null && c.hanDangKy() != null && r.ngayDangKy() != null && r.ngayDangKy().isAfter(c.hanDangKy())) {
                ctx.report(r.src(), "ngay_dang_ky", Code.LATE, Dates.show(r.ngayDangKy()), Dates.show(c.hanDangKy()),
                        c.year(), c.coQuanTongHop() == null ? "cơ quan tổng hợp" : c.coQuanTongHop());
            }
        }
    }
}
