package vn.somohinh.convert;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.intake.Cell;
import vn.somohinh.text.Fold;
import vn.somohinh.text.Spaces;

/**
 * Values as people write them in tables and forms: dates as "10/3/2023", "10-03-2023", "10.3.2023" or a date cell;
 * money as "15.000.000", "15.000.000 đồng", "15 triệu" or a number cell; lists one item a line or separated by ";".
 * Each method gives null when it cannot read the value; never guesses a day from an ambiguous order (the day comes
 * first, as Vietnamese write it).
 */
final class Lenient {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern IN_WORDS = Pattern.compile("(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,\\s]\\d{3})*|\\d+[.,]\\d+)\\s*(trieu|ty|nghin|ngan)?\\s*(?:dong|d|vnd|vnđ)?\\.?");

    private Lenient() {
    }

    static LocalDate date(Cell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        String s = Fold.fold(Spaces.strip(cell.text()));
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return day(m.group(3), m.group(2), m.group(1));
        }
        m = IN_WORDS.matcher(s);
        return m.matches() ? day(m.group(3), m.group(2), m.group(1)) : null;
    }

    /** A whole number of đồng, or null (a fraction of a đồng, a negative sum or other text). */
    static Long money(Cell cell) {
        if (cell.number() != null) {
            return whole(cell.number());
        }
        String s = Fold.fold(Spaces.strip(cell.text())).replace('\u00a0', ' ');
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1);
        String unit = m.group(2);
        BigDecimal value;
        if (unit == null) {
            // Without a unit, dots, commas and spaces group thousands: "15.000.000".
            if (!digits.matches("\\d+|\\d{1,3}(?:([.,\\s])\\d{3})(?:\\1\\d{3})*")) {
                return null;
            }
            value = new BigDecimal(digits.replaceAll("[.,\\s]", ""));
        } else {
            // "1,5 triệu", "1.5 tỷ": the separator before fewer than three digits is a decimal one.
            String number = digits.matches("\\d+[.,]\\d{1,2}|0[.,]\\d+") ? digits.replace(',', '.') : digits.replaceAll("[.,\\s]", "");
            value = new BigDecimal(number).multiply(switch (unit) {
                case "trieu" -> BigDecimal.valueOf(1_000_000);
                case "ty" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.valueOf(1_000);
            });
        }
        return whole(value);
    }

    /** One item a line; a single line with ";" is split there. Blank items and list markers ("- ", "• ") dropped. */
    static List<String> items(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = t.contains("\n") ? t.split("\n") : t.split(";");
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String item = Spaces.strip(part).replaceFirst("^(?:[-•+*]|\\d+[.)])\\s+", "");
            if (!Spaces.isBlank(item)) {
                items.add(Spaces.strip(item));
            }
        }
        return items;
    }

    private static Long whole(BigDecimal value) {
        try {
            return value.signum() < 0 ? null : value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
