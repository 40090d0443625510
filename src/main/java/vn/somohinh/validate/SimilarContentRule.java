package vn.somohinh.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            List<String> w = words(Fold.fold(text(models.get(i))));
            int[] ids = new int[w.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = dictionary.computeIfAbsent(w.get(k), x -> dictionary.size());
            }
            long[] p = new long[Math.max(0, ids.length - 1)];
            for (int k = 0; k + 1 < ids.length; k++) {
                p[k] = (long) ids[k] << 32 | ids[k + 1];
            }
            pairs[i] = distinct(p);
            words[i] = Arrays.stream(ids).sorted().distinct().toArray();
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

    /**
     * The words of a folded text: its runs of a-z and 0-9, as a split at {@code [^a-z0-9]+} gives them less its
     * empty first piece, read by a scan (the pattern's split was half of this rule's time).
     */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && wordChar(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Sorted, without repeats, in place where it can. */
    private static long[] distinct(long[] a) {
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || a[i] != a[i - 1]) {
                a[n++] = a[i];
            }
        }
        return n == a.length ? a : Arrays.copyOf(a, n);
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
