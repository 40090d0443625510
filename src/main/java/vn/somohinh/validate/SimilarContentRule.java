package vn.somohinh.validate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^a-z0-9]+");

    @Override
    public void check(Context ctx) {
        // Years are independent and this is the costliest rule: each year is compared on its own core, and a year
        // whose registrations and roster are the records of the last validation is not compared again (serve).
        ctx.forEachInParallel(ctx.index.registrationsByYear.entrySet(), (c, year) -> c.remembered(
                "similar-content " + year.getKey(), null, () -> c.index.withUnits(year.getValue()),
                own -> checkYear(own, year.getValue())));
    }

    private static void checkYear(Context ctx, List<Registration> models) {
        // Words become numbers and word pairs longs, so that sets are sorted arrays compared by merging: the rule
        // runs over every model of a year, 10,000 and more on a national registry.
        Map<String, Integer> dictionary = new HashMap<>();
        int n = models.size();
        long[][] pairs = new long[n][];
        int[][] words = new int[n][];
        for (int i = 0; i < n; i++) {
            String[] w = WORD_SEPARATORS.split(Fold.fold(text(models.get(i))));
            int[] ids = new int[w.length];
            for (int k = 0; k < w.length; k++) {
                ids[k] = w[k].isEmpty() ? -1 : dictionary.computeIfAbsent(w[k], x -> dictionary.size());
            }
            long[] p = new long[w.length];
            int count = 0;
            for (int k = 0; k + 1 < ids.length; k++) {
                if (ids[k] >= 0 && ids[k + 1] >= 0) {
                    p[count++] = (long) ids[k] << 32 | ids[k + 1];
                }
            }
            pairs[i] = Arrays.stream(p, 0, count).sorted().distinct().toArray();
            words[i] = Arrays.stream(ids).filter(id -> id >= 0).sorted().distinct().toArray();
        }
        int[][] postings = postings(words, dictionary.size());
        int[] seen = new int[n];
        for (int i = 0; i < n; i++) {
            Registration r = models.get(i);
            int best = -1;
            double bestScore = 0;
            for (int word : words[i]) {
                if (postings[word].length > RARE) {
                    continue;
                }
                for (int j : postings[word]) {
                    if (seen[j] == i + 1) {
                        continue;
                    }
                    seen[j] = i + 1;
                    Registration o = models.get(j);
                    if (j == i || o.key().unitId().equals(r.key().unitId())) {
                        continue;
                    }
                    double score = jaccard(pairs[i], pairs[j]);
                    if (score >= THRESHOLD && (score > bestScore || (score == bestScore && o.key().compareTo(models.get(best).key()) < 0))) {
                        best = j;
                        bestScore = score;
                    }
                }
            }
            if (best >= 0) {
                Registration o = models.get(best);
                // A model without a name (reported on its own file) is named by its file alone.
                String other = o.tenMoHinh() == null ? "chưa đặt tên" : "\"" + o.tenMoHinh() + "\"";
                ctx.report(r.src(), "tinh_moi", Code.SIMILAR_CONTENT, Math.round(bestScore * 100), other,
                        unitName(ctx, o.key().unitId()), "data/registrations/" + o.key().path() + ".yaml");
            }
        }
    }

    /** For each word, the models using it, in model order. */
    private static int[][] postings(int[][] words, int wordCount) {
        int[] sizes = new int[wordCount];
        for (int[] ws : words) {
            for (int w : ws) {
                sizes[w]++;
            }
        }
        int[][] postings = new int[wordCount][];
        for (int w = 0; w < wordCount; w++) {
            postings[w] = new int[sizes[w]];
            sizes[w] = 0;
        }
        for (int i = 0; i < words.length; i++) {
            for (int w : words[i]) {
                postings[w][sizes[w]++] = i;
            }
        }
        return postings;
    }

    private static String text(Registration r) {
        return String.join(" ", nonNull(r.tenMoHinh()), nonNull(r.tinhMoi()), nonNull(r.noiDung()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Shared items over all items, of two sorted sets without repeats. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    private static String unitName(Context ctx, String unitId) {
        Unit u = ctx.index.units == null ? null : ctx.index.units.get(unitId);
        return u == null || u.ten() == null ? unitId : u.ten();
    }
}
