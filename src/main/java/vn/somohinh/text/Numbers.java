package vn.somohinh.text;

import java.util.Locale;

/** Numbers as Vietnamese readers write them: thousands grouped with dots. */
public final class Numbers {
    private Numbers() {
    }

    /** 99950 → "99.950". */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
