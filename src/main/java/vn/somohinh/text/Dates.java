package vn.somohinh.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Vietnamese readers write them: dd/MM/yyyy. */
public final class Dates {
    /** Instants become dates in Vietnam's zone, whatever the machine's zone, so the same input gives the same day. */
    public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    private Dates() {
    }

    /** The day an instant falls on in Vietnam. */
    public static LocalDate inVietnam(java.time.Instant when) {
        return when.atZone(VIETNAM).toLocalDate();
    }

    public static String show(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }
}
