package vn.somohinh.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.somohinh.text.Spaces;

/** The hand-written slug and date checks (they run millions of times) agree with the contract's plain definitions. */
class ValueTypeTest {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    @Test
    void slugsAgreeWithTheRegularExpression() {
        String alphabet = "ab09-_Ađ ";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(text.length() <= 64 && SLUG.matcher(text).matches(), ValueType.isSlug(text), text);
        }
        assertEquals(true, ValueType.isSlug("a".repeat(64)));
        assertEquals(false, ValueType.isSlug("a".repeat(65)));
    }

    @Test
    void datesAgreeWithStrictIsoParsing() {
        String[] samples = {"2023-03-10", "2023-02-29", "2024-02-29", "2023-13-01", "2023-00-10", "2023-04-31",
            "0000-01-01", "9999-12-31", "2023-3-10", "2023-03-10 ", "2023/03/10", "２０２３-03-10", "2023-03-1a", ""};
        for (String s : samples) {
            assertEquals(reference(s), ValueType.parseDate(s), s);
        }
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String s = String.format(Locale.ROOT, "%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33));
            assertEquals(reference(s), ValueType.parseDate(s), s);
        }
    }

    private static LocalDate reference(String s) {
        if (!DATE_SHAPE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void blankIsEveryUnicodeSpaceAndStripRemovesTheSame() {
        for (String blank : new String[] {"", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u3000", "\u205F", "\u200B\u2060",
            "\u2028", "\u1680", "\u200C\u200D", "\u180E", "\uFEFF"}) {
            assertEquals(true, Spaces.isBlank(blank), blank.codePoints().boxed().toList().toString());
            assertEquals("", Spaces.strip(blank));
        }
        assertEquals(false, Spaces.isBlank("\u00A0a"));
        assertEquals("kinh-te", Spaces.strip("\u00A0kinh-te\u202F "));
        assertEquals("a\u00A0b", Spaces.strip(" a\u00A0b\u2007"));
        assertEquals("\uD83D\uDC4D", Spaces.strip("\u200B\uD83D\uDC4D\u00A0"));
    }

    @Test
    void theSchemasClassOfSpaceIsExactlyTheBuildsWhiteSpace() {
        Pattern space = Pattern.compile("[" + Spaces.spaceClass() + "]");
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));
            assertEquals(Spaces.isSpace(c), space.matcher(s).matches(), Integer.toHexString(c));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                // A character Java counts as space is one for the build too (a newer JDK adding one shows here).
                assertEquals(true, Spaces.isSpace(c), Integer.toHexString(c));
            }
            spaces += Spaces.isSpace(c) ? 1 : 0;
        }
        assertEquals(34, spaces);
    }

    @Test
    void aYearIsFourDigitsNotStartingWithZero() {
        assertEquals(true, ValueType.isYear("2023"));
        assertEquals(true, ValueType.isYear("1000"));
        for (String no : new String[] {"0999", "999", "20234", "２０２３", "202a", ""}) {
            assertEquals(false, ValueType.isYear(no), no);
        }
    }
}
