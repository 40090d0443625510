package vn.somohinh.model;

import java.time.LocalDate;
import vn.somohinh.text.Dates;

/** A date as pages need it: ISO for {@code <time datetime>}, dd/MM/yyyy for people. */
public record Day(String iso, String text) implements Comparable<Day> {

    static Day of(LocalDate date) {
        return date == null ? null : new Day(date.toString(), Dates.show(date));
    }

    /** "ngày 02 tháng 3 năm 2023", as document headers write dates. */
    public String longText() {
        String[] p = iso.split("-");
        return "ngày " + p[2] + " tháng " + Integer.parseInt(p[1]) + " năm " + p[0];
    }

    @Override
    public int compareTo(Day o) {
        return iso.compareTo(o.iso);
    }
}
