package vn.somohinh.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.somohinh.text.Spaces;

/** The kinds of scalar the contract knows, each with its one parser: the checker and the record reader share it. */
public enum ValueType {
    TEXT("một đoạn văn bản"),
    MARKDOWN("một đoạn văn bản (Markdown)"),
    ID("một mã (chữ thường không dấu, số, gạch ngang)"),
    DATE("một ngày dạng năm-tháng-ngày"),
    MONEY("một số nguyên không âm (đồng)"),
    BOOLEAN("true hoặc false"),
    URL("một địa chỉ http(s)"),
    ACCOUNT("một tài khoản Git dạng @ten");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern ACCOUNT_SHAPE = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");

    /** The longest a one-line text may be, and a Markdown text, in characters. */
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_MARKDOWN = 20_000;

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** What a person should write, for messages. */
    public String description() {
        return description;
    }

    /** A year the layout accepts, in a folder or a campaign file name: four digits, the first not 0. */
    public static boolean isYear(String s) {
        return s.length() == 4 && s.charAt(0) >= '1' && s.charAt(0) <= '9' && digits(s, 1, 4) >= 0;
    }

    /** Lower-case ASCII words joined by single hyphens, at most 64 characters (checked by hand: millions of calls). */
    public static boolean isSlug(String s) {
        int n = s.length();
        if (n == 0 || n > 64 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || s.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A real calendar date written YYYY-MM-DD, or null. */
    public static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A whole, non-negative number of đồng, or null. */
    public static Long parseMoney(String s) {
        return DIGITS.matcher(s).matches() ? Long.valueOf(s) : null;
    }

    public static Boolean parseBoolean(String s) {
        return switch (s) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** True for an absolute http or https URL with a host: the only links a page may carry. */
    public static boolean isWebUrl(String s) {
        try {
            URI uri = new URI(Spaces.strip(s));
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isAccount(String s) {
        return ACCOUNT_SHAPE.matcher(s).matches();
    }

    /** The most characters a value of this type may have. */
    public int maxLength() {
        return this == MARKDOWN ? MAX_MARKDOWN : MAX_TEXT;
    }

    /** True when the text is acceptable for this type. */
    public boolean accepts(String s) {
        return switch (this) {
            case TEXT, MARKDOWN -> true;
            case ID -> isSlug(s);
            case DATE -> parseDate(s) != null;
            case MONEY -> parseMoney(s) != null;
            case BOOLEAN -> parseBoolean(s) != null;
            case URL -> isWebUrl(s);
            case ACCOUNT -> isAccount(s);
        };
    }
}
