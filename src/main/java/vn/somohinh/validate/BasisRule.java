package vn.somohinh.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Numbers;

/** Warns of a model that cites none of its campaign's bases (can_cu). */
final class BasisRule implements Rule {
    static final int SHOWN = 10;

    @Override
    public void check(Context ctx) {
        ctx.eachYear("basis", null, BasisRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        // Once: the campaign's list as a set, and its text for the message (a list may hold thousands).
        Map<Integer, Set<String>> bases = new HashMap<>();
        Map<Integer, String> shown = new HashMap<>();
        for (Registration r : ctx.index.registrationsByYear.getOrDefault(year, List.of())) {
            Campaign c = ctx.index.campaigns.get(r.key().year());
            if (c == null || c.canCu().isEmpty() || r.canCu().isEmpty()) {
                continue;
            }
            Set<String> basis = bases.computeIfAbsent(c.year(), y -> new HashSet<>(c.canCu()));
            if (r.canCu().stream().noneMatch(basis::contains)) {
                ctx.report(r.src(), "can_cu", Code.NO_BASIS, c.year(),
                        shown.computeIfAbsent(c.year(), y -> firstOf(c.canCu())));
            }
        }
    }

    /** The campaign's bases, or the first of them and how many more: a warning on every model must stay short. */
    static String firstOf(List<String> ids) {
        if (ids.size() <= SHOWN) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, SHOWN)) + " và " + Numbers.grouped(ids.size() - SHOWN) + " văn bản khác";
    }
}
