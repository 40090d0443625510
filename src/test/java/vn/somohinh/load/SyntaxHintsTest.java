package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

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

    @Test
    void theLimitNamedIsTheOneTheReaderApplies() {
        int limit = SafeYamlReader.codePointLimit();
        Assumptions.assumeTrue(limit < TextDecoder.MAX_LIST_BYTES,
                "the reader reads every file the decoder lets through: no file reaches this message");
        StringBuilder units = new StringBuilder();
        while (units.length() <= limit) {
            units.append("- id: xa-").append(units.length()).append("\n  ten: Đảng bộ xã\n  loai: to-chuc-co-so-dang\n");
        }
        Problems problems = new Problems();
        SafeYamlReader.read("data/units.yaml", units.toString().getBytes(StandardCharsets.UTF_8), problems);
        List<Problem> found = problems.sorted();
        assertThat(found).extracting(Problem::message).containsExactly("sai cú pháp YAML: " + SyntaxHints.tooLong(limit));
    }
}
