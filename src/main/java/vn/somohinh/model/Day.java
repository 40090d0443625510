package vn.somohinh.model;

import java.time.LocalDate;
import vn.somohinh.text.Dates;

/** A date as pages need it: ISO for {@code <time datetime>}, dd/MM/yyyy for people. */
public record Day(String iso, String text) implements Comparable<Day> {

    static Day of(LocalDate date) {
        return date == null ? null : new Day(date.toString(), Dates.show(date));
    }

    @Override
    public int compareTo(Day o) {
        return iso.compareTo(o.iso);
    }
}
