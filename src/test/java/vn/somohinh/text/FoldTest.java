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
}
