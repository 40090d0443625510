package vn.somohinh.text;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the closest known word to a mistyped one, when it is close enough to be a typo. */
public final class Suggest {
    /** Distances that stop counting past 1, 2 and 3 edits: a far word costs a few steps, not its whole length. */
    private static final LevenshteinDistance[] WITHIN = {null, new LevenshteinDistance(1),
        new LevenshteinDistance(2), new LevenshteinDistance(3)};
    private static final int BUCKETS = 64;

    private Suggest() {
    }

    /** The closest candidate within a typo's distance (1 to 3 edits, by length), or null; ties go to the first by name. */
    public static String closest(String word, Collection<String> candidates) {
        String folded = Fold.fold(word).strip();
        int[] letters = letters(folded);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int limit = Math.min(3, Math.max(1, c.length() / 3));
            // Most candidates are ruled out by two cheap lower bounds of the distance, without measuring it.
            if (Math.abs(c.length() - folded.length()) > limit || lettersApart(letters, folded.length(), c) > limit) {
                continue;
            }
            int distance = WITHIN[limit].apply(folded, c);
            if (distance >= 0 && (distance < bestDistance || (distance == bestDistance && c.compareTo(best) < 0))) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** {@code " (có phải "x"?)"}, or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        String best = closest(word, candidates);
        return best == null ? "" : " (có phải \"" + best + "\"?)";
    }

    /** How many times each letter occurs, letters sharing a bucket by their low bits. */
    private static int[] letters(String s) {
        int[] counts = new int[BUCKETS];
        for (int i = 0; i < s.length(); i++) {
            counts[s.charAt(i) % BUCKETS]++;
        }
        return counts;
    }

    /**
     * The bag distance: letters of one word missing from the other, the larger of the two ways. One edit changes it
     * by at most one, so it never exceeds the edit distance; merging letters into buckets only makes it smaller.
     * {@code letters} are the word's counts, changed while counting and restored before returning.
     */
    private static int lettersApart(int[] letters, int length, String c) {
        int extra = length; // the word's letters that no letter of c matched
        int missing = 0;    // c's letters that the word does not have
        for (int i = 0; i < c.length(); i++) {
            if (letters[c.charAt(i) % BUCKETS]-- > 0) {
                extra--;
            } else {
                missing++;
            }
        }
        for (int i = 0; i < c.length(); i++) {
            letters[c.charAt(i) % BUCKETS]++;
        }
        return Math.max(extra, missing);
    }
}
