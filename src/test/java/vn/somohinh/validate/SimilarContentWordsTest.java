package vn.somohinh.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.somohinh.text.Fold;

/** The similar-content rule's words, read by a scan, are those of the split at [^a-z0-9]+ it replaced. */
class SimilarContentWordsTest {
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final String ALPHABET = "ab yz09 AĐđ,.\n\t-—ộữ漢😀_[]";

    @Test
    void aScanGivesTheWordsOfTheSplit() {
        assertThat(SimilarContentRule.words("  mo hinh, so 1; 'dan van' ")).containsExactly("mo", "hinh", "so", "1",
                "dan", "van");
        assertThat(SimilarContentRule.words("")).isEmpty();
        assertThat(SimilarContentRule.words(",.;")).isEmpty();
        Random random = new Random(18);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                        random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            String folded = Fold.fold(text.toString());
            assertThat(SimilarContentRule.words(folded)).as(folded).isEqualTo(split(folded));
        }
    }

    private static List<String> split(String folded) {
        List<String> words = new ArrayList<>(Arrays.asList(SEPARATORS.split(folded)));
        words.removeIf(String::isEmpty);
        return words;
    }
}
