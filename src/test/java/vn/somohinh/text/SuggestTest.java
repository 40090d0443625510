package vn.somohinh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The fast "did you mean" gives exactly what measuring every candidate in full gives. */
class SuggestTest {
    private static final LevenshteinDistance FULL = LevenshteinDistance.getDefaultInstance();

    /** The plain definition: every candidate measured, the nearest within its limit, ties by name. */
    static String reference(String word, Collection<String> candidates) {
        String folded = Fold.fold(word).strip();
        return candidates.stream()
                .filter(c -> FULL.apply(folded, c) <= Math.min(3, Math.max(1, c.length() / 3)))
                .min(Comparator.comparingInt((String c) -> FULL.apply(folded, c)).thenComparing(c -> c))
                .orElse(null);
    }

    @Test
    void agreesWithMeasuringEveryCandidate() {
        Random random = new Random(13);
        String letters = "abcdeđ-_0ố";
        int found = 0;
        for (int round = 0; round < 3_000; round++) {
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                candidates.add(word(random, "abcde-_0"));
            }
            // Half the words are a candidate with a few edits, so that hints are found as often as not.
            String word = random.nextBoolean() ? edit(random, candidates.get(random.nextInt(20)), letters)
                    : word(random, letters);
            String expected = reference(word, candidates);
            assertThat(Suggest.closest(word, candidates)).as(word + " among " + candidates).isEqualTo(expected);
            found += expected == null ? 0 : 1;
        }
        assertThat(found).as("rounds with a hint").isGreaterThan(500);
    }

    @Test
    void keepsTheNearestAndThenTheFirstByName() {
        assertThat(Suggest.closest("xa-loc-anh", List.of("xa-loc-bac", "xa-loc-an", "xa-loc-anh-2"))).isEqualTo("xa-loc-an");
        assertThat(Suggest.closest("xa-loc-ab", List.of("xa-loc-bb", "xa-loc-aa"))).isEqualTo("xa-loc-aa");
        assertThat(Suggest.closest("Xã-Lộc-An", List.of("xa-loc-an"))).isEqualTo("xa-loc-an");
        assertThat(Suggest.closest("k00001", List.of("ten_mo_hinh", "can_cu"))).isNull();
    }

    private static String word(Random random, String letters) {
        StringBuilder w = new StringBuilder();
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.toString();
    }

    private static String edit(Random random, String word, String letters) {
        StringBuilder w = new StringBuilder(word);
        for (int n = random.nextInt(4); n > 0; n--) {
            int at = random.nextInt(w.length() + 1);
            char c = letters.charAt(random.nextInt(letters.length()));
            switch (random.nextInt(3)) {
                case 0 -> w.insert(at, c);
                case 1 -> { if (at < w.length()) { w.deleteCharAt(at); } }
                default -> { if (at < w.length()) { w.setCharAt(at, c); } }
            }
        }
        return w.toString();
    }
}
