package vn.somohinh.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for comparison: decompose, drop the marks, đ→d, lower case. "Lộc Thắng" → "loc thang".
 * The site's search script does exactly the same, so that Java and the browser agree.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: ids and keys, most of what is folded
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(Locale.ROOT);
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
