package vn.somohinh.report;

import java.time.LocalDate;
import vn.somohinh.model.Day;

/**
 * Cells that the workbook stores as what they are (a date, a year, a rate) while the CSV and Word forms show them as
 * the page's text: each prints as that text, and the CSV quotes it as before, since it is no {@link Number}.
 */
final class Cells {
    private Cells() {
    }

    /** A day: a date cell shown dd/mm/yyyy in the workbook. */
    record DateCell(LocalDate date, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A year: a number in the workbook, "2023" elsewhere. */
    record YearCell(int year, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A share: a number formatted as a percentage in the workbook; {@code text} ("83,3%", "—") elsewhere. */
    record RateCell(int part, int whole, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Object date(Day day) {
        return day == null ? "" : new DateCell(LocalDate.parse(day.iso()), day.text());
    }

    static Object year(String year) {
        return year != null && year.matches("\\d{4}") ? new YearCell(Integer.parseInt(year), year) : String.valueOf(year);
    }

    static Object rate(int part, int whole, String text) {
        return new RateCell(part, whole, text);
    }
}
