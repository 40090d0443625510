package vn.somohinh.validate;

import java.util.regex.Pattern;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Code;

/**
 * The dispatch's own complaint, "còn chung chung, chưa có tính mới": a tinh_moi of only a few words, and targets
 * of which none has a number in it.
 */
final class GenericContentRule implements Rule {
    /** Fewer words than this in tinh_moi is "only a few words". */
    static final int MIN_NOVELTY_WORDS = 12;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");

    @Override
    public void check(Context ctx) {
        // What it says of a registration depends on that registration alone: a year of the same records as at the
        // last validation is not read again (serve).
        ctx.index.registrationsByYear.forEach((year, models) -> ctx.remembered("generic-content " + year, null,
                () -> models, own -> checkYear(own, models)));
    }

    private static void checkYear(Context ctx, java.util.List<Registration> models) {
        for (Registration r : models) {
            if (r.tinhMoi() != null) {
                long words = WORDS.matcher(r.tinhMoi()).results().count();
                if (words < MIN_NOVELTY_WORDS) {
                    ctx.report(r.src(), "tinh_moi", Code.GENERIC_NOVELTY, words);
                }
            }
            if (!r.chiTieu().isEmpty() && r.chiTieu().stream().noneMatch(t -> DIGIT.matcher(t).find())) {
                ctx.report(r.src(), "chi_tieu", Code.NO_MEASURABLE_TARGET);
            }
        }
    }
}
