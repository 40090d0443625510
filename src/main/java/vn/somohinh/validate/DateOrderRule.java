package vn.somohinh.validate;

import java.time.LocalDate;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Source;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;

/** A period never ends before it starts: a model's {@code thoi_gian}, a unit's {@code tu_ngay}/{@code den_ngay}. */
final class DateOrderRule implements Rule {

    @Override
    public void check(Context ctx) {
        for (Registration r : ctx.index.data.registrations()) {
            if (r.thoiGian() != null) {
                order(ctx, r.src(), "thoi_gian.bat_dau", r.thoiGian().batDau(), "thoi_gian.ket_thuc", "ngày kết thúc",
                        r.thoiGian().ketThuc());
            }
        }
        if (ctx.index.data.units() != null) {
            for (Unit u : ctx.index.data.units()) {
                order(ctx, u.src(), "tu_ngay", u.tuNgay(), "den_ngay", "ngày thôi hoạt động", u.denNgay());
            }
        }
    }

    private static void order(Context ctx, Source src, String startPath, LocalDate start, String endPath,
                              String endName, LocalDate end) {
        if (start != null && end != null && start.isAfter(end)) {
            ctx.report(src, startPath, Code.DATE_ORDER, src.keyPath(startPath), "ngày bắt đầu", Dates.show(start),
                    src.keyPath(endPath), endName, Dates.show(end));
        }
    }
}
