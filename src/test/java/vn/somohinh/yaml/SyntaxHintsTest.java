package vn.somohinh.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Problem;

/** What a clerk reads when a file does not parse: true, in Vietnamese, and saying what to do. */
class SyntaxHintsTest {

    @Test
    void everyHintSaysWhatToDo() {
        for (String text : SyntaxHints.texts()) {
            assertThat(text).as(text).contains("hãy").doesNotContain("null").isEqualTo(text.strip());
            assertThat(Character.isLowerCase(text.charAt(0))).as(text).isTrue();
        }
    }

    @Test
    void aFileLongerThanTheReaderReadsIsToldTheLimitAndNotToSplitIt() {
        // A roster is one file: advice to split it could not be followed.
        String text = SyntaxHints.tooLong(16 * 1024 * 1024);
        assertThat(text).startsWith("tệp dài hơn 16.777.216 ký tự, giới hạn mà công cụ đọc được cho một tệp")
                .doesNotContain("tách");
    }

    /**
     * Every file the decoder lets through (at most MAX_LIST_BYTES bytes, so at most as many characters) is within
     * what SnakeYAML reads: the too-long message is a last resort that no file within the byte limits reaches.
     * Lowering the reader's limit would refuse a province's roster at 1:1 again (issue 13, item 1).
     */
    @Test
    void theReaderReadsEveryFileTheByteLimitsLetThrough() {
        assertThat(SafeYamlReader.codePointLimit()).isGreaterThanOrEqualTo(TextDecoder.MAX_LIST_BYTES);
    }
}
