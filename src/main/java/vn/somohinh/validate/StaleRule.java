package vn.somohinh.validate;

import vn.somohinh.load.Campaign;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;
import vn.somohinh.yaml.Pos;

/** Warns of a model nobody has reviewed 30 days after the deadline, judged at the build's reference date. */
final class StaleRule implements Rule {
    static final int DAYS = 30;

    @Override
    public void check(Context ctx) {
        ctx.eachYear("stale", ctx.today, StaleRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        for (Registration r : ctx.index.registrationsByYear.getOrDefault(year, java.util.List.of())) {
            Campaign c = ctx.index.campaigns.get(r.key().year());
            if (c == null || c.hanDangKy() == null || ctx.index.reviews.containsKey(r.key())) {
                continue;
            }
            if (ctx.today.isAfter(c.hanDangKy().plusDays(DAYS))) {
                // About the whole model, not one value: placed at the start of its file.
                ctx.report(r.src(), Pos.START, Code.NOT_REVIEWED, DAYS, Dates.show(c.hanDangKy()),
                        c.coQuanTongHop() == null ? "cơ quan tổng hợp" : c.coQuanTongHop(),
                        "data/reviews/" + r.key().path() + ".yaml");
            }
        }
    }
}
