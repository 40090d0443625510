package vn.somohinh.validate;

import vn.somohinh.load.Pos;
import vn.somohinh.load.Review;
import vn.somohinh.problem.Code;

/** A review belongs to the registration at the same year/unit/slug. */
final class OrphanReviewRule implements Rule {

    @Override
    public void check(Context ctx) {
        for (Review review : ctx.index.data.reviews()) {
            if (!ctx.index.registrations.containsKey(review.key())) {
                ctx.report(review.src(), Pos.START, Code.ORPHAN_REVIEW,
                        "data/registrations/" + review.key().path() + ".yaml");
            }
        }
    }
}
