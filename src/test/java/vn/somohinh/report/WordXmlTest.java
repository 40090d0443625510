package vn.somohinh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** The hand-written escaper says exactly what commons-text's escapeXml10 says. */
class WordXmlTest {

    @Test
    void escapesAsCommonsTextOnTheCharactersThatMatter() {
        String hard = "a&b<c>d\"e'f\u0000\u0008\t\n\u000B\u000C\r\u001F\u007F\u0084\u0085\u0086\u009F\u00A0"
                + "Đảng ủy\uD83D\uDE00\uD800x\uDC00\uFFFD\uFFFE\uFFFF\uD83D";
        assertEquals(StringEscapeUtils.escapeXml10(hard), WordXml.esc(hard));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "x" + c + "y";
            assertEquals(StringEscapeUtils.escapeXml10(s), WordXml.esc(s), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
    }

    @Test
    void escapesAsCommonsTextOnRandomText() {
        Random random = new Random(18);
        String alphabet = "aĐảơ &<>\"'\t\n\r\u0001\u007F\u0085\u0090\uFFFE\uFFFF\uD83D\uDE00";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(StringEscapeUtils.escapeXml10(s.toString()), WordXml.esc(s.toString()), s::toString);
        }
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String plain = "Xã Lộc Bắc đăng ký mô hình năm 2024";
        assertSame(plain, WordXml.esc(plain));
    }
}
