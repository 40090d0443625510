package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The words of tinh_moi the search data keeps: the first twelve, Markdown's marks dropped. */
class SearchDataTest {

    @Test
    void keepsTheFirstTwelveWordsWithoutMarkdownMarks() {
        assertThat(SearchData.firstWords("**Lần đầu** áp dụng [mã QR](https://x.vn) cho   hồ sơ\n\n- một cửa, "
                + "tiết kiệm thời gian cho người dân và cán bộ xã"))
                .isEqualTo("Lần đầu áp dụng mã QR https://x.vn cho hồ sơ - một");
        assertThat(SearchData.firstWords("Ngắn gọn")).isEqualTo("Ngắn gọn");
        assertThat(SearchData.firstWords("  **  ")).isEmpty();
        assertThat(SearchData.firstWords(null)).isEmpty();
    }

    @Test
    void agreesWithSplittingTheWholeText() {
        Random random = new Random(18);
        // Marks, ASCII white space (split), and white space that strip() drops but split keeps inside the text.
        String[] pieces = {"mô", "hình", "**", "_x_", "#", "> ", "`m`", "[a]", "(b)", "|", " ", "  ", "\n", "\t", "đ",
            "\r\n", "\u000B", "\f", "\u2003", "\u00A0", "\u001C", "\u3000"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertThat(SearchData.firstWords(text.toString())).as(text.toString()).isEqualTo(whole(text.toString()));
        }
    }

    /** The words taken from the whole text split at once: what firstWords must keep giving. */
    private static String whole(String text) {
        if (text.isBlank()) {
            return "";
        }
        String[] words = text.replaceAll("[*_#>`\\[\\]()|]", " ").strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(SearchData.WORDS, words.length)));
    }
}
