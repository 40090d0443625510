package vn.somohinh.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Vietnamese readers write them: dd/MM/yyyy. */
public final class Dates {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    private Dates() {
    }

    public static String show(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }
}
