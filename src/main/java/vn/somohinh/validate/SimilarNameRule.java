package vn.somohinh.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Fold;

/**
 * Warns when two units register, in the same year, models whose names are the same once case, diacritics, word
 * order, punctuation and filler words ("mô hình", "xây dựng"…) are set aside. Grouping by that signature keeps it
 * linear in the number of models.
 */
final class SimilarNameRule implements Rule {
    private static final Set<String> FILLER = Set.of("mo", "hinh", "cach", "lam", "sang", "tao", "moi", "xay", "dung",
            "thuc", "hien", "trien", "khai", "va", "cua", "tai", "trong", "cho", "voi", "the", "nam");
    private static final Comparator<Registration> KEY_ORDER = (a, b) -> a.key().compareTo(b.key());

    @Override
    public void check(Context ctx) {
        // Names are compared within a year: a year whose registrations and roster are the records of the last
        // validation is not compared again (serve).
        ctx.index.registrationsByYear.forEach((year, models) -> ctx.remembered("similar-name " + year, null,
                () -> ctx.index.withUnits(models), own -> checkYear(own, models)));
    }

    private static void checkYear(Context ctx, List<Registration> models) {
        Map<String, List<Registration>> groups = new HashMap<>();
        for (Registration r : models) {
            if (r.tenMoHinh() != null) {
                String sig = signature(r.tenMoHinh());
                if (!sig.isEmpty()) {
                    groups.computeIfAbsent(sig, k -> new ArrayList<>()).add(r);
                }
            }
        }
        for (List<Registration> group : groups.values()) {
            // Each model is pointed at the first model (by key) of another unit: the group's first, or for that
            // unit's own models the first of any other unit. Two passes, however large the group.
            Registration first = group.stream().min(KEY_ORDER).orElseThrow();
            Registration otherUnit = group.stream()
                    .filter(o -> !o.key().unitId().equals(first.key().unitId())).min(KEY_ORDER).orElse(null);
            for (Registration r : group) {
                Registration o = r.key().unitId().equals(first.key().unitId()) ? otherUnit : first;
                if (o != null) {
                    ctx.report(r.src(), "ten_mo_hinh", Code.SIMILAR_NAME, o.tenMoHinh(),
                            unitName(ctx, o.key().unitId()), "data/registrations/" + o.key().path() + ".yaml");
                }
            }
        }
    }

    static String signature(String name) {
        return Arrays.stream(Fold.fold(name).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .sorted()
                .distinct()
                .collect(Collectors.joining(" "));
    }

    private static String unitName(Context ctx, String unitId) {
        Unit u = ctx.index.units == null ? null : ctx.index.units.get(unitId);
        return u == null || u.ten() == null ? unitId : u.ten();
    }
}
