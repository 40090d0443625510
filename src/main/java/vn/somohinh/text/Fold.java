package vn.somohinh.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for comparison: decompose, drop the marks, đ→d, lower case. "Lộc Thắng" → "loc thang".
 * The site's search script does exactly the same, so that Java and the browser agree.
 *
 * <p>The rules compare every registration's text each build (similar content at 52,000 models folds about 100 MB),
 * and the JDK's normalizer and the pattern were most of that work. Each of the characters below {@link #TABLE_END}
 * whose folding does not depend on its neighbours folds on its own to one character or to none, so a text made of
 * them only is folded through a table made once from the same steps; any other text takes the steps themselves.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Latin, Greek, Cyrillic, the combining marks and Latin Extended Additional (Vietnamese's precomposed letters). */
    static final char TABLE_END = 0x2000;
    /** Not in the table: the character folds with the general steps. */
    private static final char NOT_SIMPLE = '\uFFFF';
    /** In the table: the character folds to nothing (a mark). */
    private static final char NOTHING = '\uFFFE';
    private static final char[] TABLE = table();

    private Fold() {
    }

    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: ids and keys, most of what is folded
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c < TABLE_END ? TABLE[c] : NOT_SIMPLE;
            if (folded == NOT_SIMPLE) {
                return steps(s);
            }
            if (folded != NOTHING) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** The folding itself, for any text. */
    static String steps(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
    }

    /**
     * Each character's folding on its own, where that is one character or none and holds in any text: not for the
     * capital sigma, whose lower case depends on the letter after it, nor for what folds to more than one character.
     */
    private static char[] table() {
        char[] table = new char[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            String folded = steps(String.valueOf(c));
            boolean contextual = c == 'Σ' || Character.isSurrogate(c);
            table[c] = contextual || folded.length() > 1 ? NOT_SIMPLE : folded.isEmpty() ? NOTHING : folded.charAt(0);
        }
        return table;
    }

    /** The name folded to lower-case ASCII, every other run of characters a hyphen: "Cà phê" gives "ca-phe". */
    public static String slug(String name) {
        return fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
