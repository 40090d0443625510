package vn.somohinh.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java's folding on the vectors the browser test also runs through the JavaScript folding. */
public class FoldTest {
    /** The shared vectors: input and expected folding, tab-separated. */
    public static List<String[]> vectors() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/fold-vectors.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1))
                .toList();
    }

    @Test
    void foldsEveryVector() throws IOException {
        List<String[]> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThan(10);
        for (String[] v : vectors) {
            assertThat(Fold.fold(v[0])).as(v[0]).isEqualTo(v[1]);
        }
    }

    /** The table's folding is the folding itself, for every character on its own. */
    @Test
    void everyCharacterFoldsAsTheStepsFoldIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertThat(Fold.fold(one)).as("U+%04X", c).isEqualTo(Fold.steps(one));
        }
    }

    /**
     * And for texts: characters next to each other fold as each alone (marks before, between and after letters,
     * the capital sigma at the end of a word and inside it, the dotted capital I, surrogate pairs).
     */
    @Test
    void everyTextFoldsAsTheStepsFoldIt() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031BΣσςΑΒİıßﬁẞ.,;-–—'\"0123456789 \t\n";
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(10) == 0) {
                    text.appendCodePoint(random.nextInt(0x2FFFF));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String t = text.toString();
            assertThat(Fold.fold(t)).as("%s", t.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(Fold.steps(t));
        }
    }
}
