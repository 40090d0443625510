package vn.somohinh.validate;

import vn.somohinh.load.Campaign;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Code;

/** Warns of a model that cites none of its campaign's bases (can_cu). */
final class BasisRule implements Rule {

    @Override
    public void check(Context ctx) {
        for (Registration r : ctx.index.data.registrations()) {
            Campaign c = ctx.index.campaigns.get(r.key().year());
            if (c == null || c.canCu().isEmpty() || r.canCu().isEmpty()) {
                continue;
            }
            if (r.canCu().stream().noneMatch(c.canCu()::contains)) {
                ctx.report(r.src(), "can_cu", Code.NO_BASIS, c.year(), String.join(", ", c.canCu()));
            }
        }
    }
}
