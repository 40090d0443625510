package vn.somohinh.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Fold;

/**
 * Warns when two units register, the same year, models whose name and content (tinh_moi, noi_dung) are nearly the
 * same: at least {@link #THRESHOLD} of their word pairs in common (Jaccard similarity of folded word bigrams). Pairs
 * are only compared when they share a rare word (one used by at most {@link #RARE} models of the year), so the rule
 * stays close to linear on large registries.
 */
final class SimilarContentRule implements Rule {
    static final double THRESHOLD = 0.6;
    static final int RARE = 50;

    @Override
    public void check(Context ctx) {
        Map<Integer, List<Registration>> byYear = new HashMap<>();
        ctx.index.data.registrations().forEach(r -> byYear.computeIfAbsent(r.key().year(), y -> new ArrayList<>()).add(r));
        for (List<Registration> year : byYear.values()) {
            checkYear(ctx, year);
        }
    }

    private static void checkYear(Context ctx, List<Registration> models) {
        List<Set<String>> shingles = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            String[] w = Fold.fold(text(models.get(i))).split("[^a-z0-9]+");
            Set<String> pairs = new HashSet<>();
            Set<String> distinct = new HashSet<>();
            for (int k = 0; k < w.length; k++) {
                if (!w[k].isEmpty()) {
                    distinct.add(w[k]);
                    if (k + 1 < w.length && !w[k + 1].isEmpty()) {
                        pairs.add(w[k] + " " + w[k + 1]);
                    }
                }
            }
            shingles.add(pairs);
            words.add(distinct);
            for (String word : distinct) {
                postings.computeIfAbsent(word, x -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < models.size(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String word : words.get(i)) {
                List<Integer> list = postings.get(word);
                if (list.size() <= RARE) {
                    candidates.addAll(list);
                }
            }
            Registration r = models.get(i);
            int best = -1;
            double bestScore = 0;
            for (int j : candidates) {
                Registration o = models.get(j);
                if (j == i || o.key().unitId().equals(r.key().unitId())) {
                    continue;
                }
                double score = jaccard(shingles.get(i), shingles.get(j));
                if (score >= THRESHOLD && (score > bestScore || (score == bestScore && o.key().compareTo(models.get(best).key()) < 0))) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                Registration o = models.get(best);
                ctx.report(r.src(), "tinh_moi", Code.SIMILAR_CONTENT, Math.round(bestScore * 100), o.tenMoHinh(),
                        unitName(ctx, o.key().unitId()), "data/registrations/" + o.key().path() + ".yaml");
            }
        }
    }

    private static String text(Registration r) {
        return String.join(" ", nonNull(r.tenMoHinh()), nonNull(r.tinhMoi()), nonNull(r.noiDung()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static String unitName(Context ctx, String unitId) {
        Unit u = ctx.index.units == null ? null : ctx.index.units.get(unitId);
        return u == null || u.ten() == null ? unitId : u.ten();
    }
}
