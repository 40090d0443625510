package vn.somohinh.validate;

import vn.somohinh.load.Review;
import vn.somohinh.problem.Code;
import vn.somohinh.yaml.Pos;

/**
 * A review belongs to the registration at the same year/unit/slug. When that registration's file exists but could
 * not be read (its errors are reported on it), the review waits for it: it is not an orphan.
 */
final class OrphanReviewRule implements Rule {

    @Override
    public void check(Context ctx) {
        for (Review review : ctx.index.data.reviews()) {
            if (ctx.index.registrations.containsKey(review.key())) {
                continue;
            }
            String file = ctx.index.registrationFiles.get(review.key());
            if (file == null) {
                ctx.report(review.src(), Pos.START, Code.ORPHAN_REVIEW,
                        "data/registrations/" + review.key().path() + ".yaml");
            } else {
                ctx.report(review.src(), Pos.START, Code.REGISTRATION_UNREADABLE, file);
            }
        }
    }
}
