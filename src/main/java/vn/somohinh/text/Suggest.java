package vn.somohinh.text;

import java.util.Collection;
import java.util.Comparator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the closest known word to a mistyped one, when it is close enough to be a typo. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {
    }

    /** The closest candidate within a typo's distance (1 to 3 edits, by length), or null. */
    public static String closest(String word, Collection<String> candidates) {
        String folded = Fold.fold(word).strip();
        return candidates.stream()
                .filter(c -> DISTANCE.apply(folded, c) <= Math.min(3, Math.max(1, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(folded, c)).thenComparing(c -> c))
                .orElse(null);
    }

    /** {@code " (có phải "x"?)"}, or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? "" : " (có phải \"" + best + "\"?)";
    }
}
