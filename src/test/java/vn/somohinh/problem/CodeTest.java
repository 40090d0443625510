package vn.somohinh.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingFormatArgumentException;
import org.junit.jupiter.api.Test;

/** Messages are filled exactly as String.format fills the templates, nulls, numbers and "%%" included. */
class CodeTest {

    @Test
    void everyMessageIsWhatStringFormatGives() {
        Object[] args = {"xa-loc-an", 2023, null, "100%", "\"có dấu\"", 12L, "", "a%sb", 0.5, "z"};
        for (Code code : Code.values()) {
            assertThat(code.message(args)).as(code.id()).isEqualTo(String.format(Locale.ROOT, code.template(), args));
        }
    }

    @Test
    void tooFewArgumentsAreRefusedAsByStringFormat() {
        assertThatThrownBy(() -> Code.DUPLICATE_ID.message()).isInstanceOf(MissingFormatArgumentException.class);
    }
}
