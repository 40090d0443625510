package vn.somohinh.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
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

    public static boolean isSlug(String s) {
        return s.length() <= 64 && SLUG.matcher(s).matches();
    }

    /** A real calendar date written YYYY-MM-DD, or null. */
    public static LocalDate parseDate(String s) {
        if (!DATE_SHAPE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
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
            URI uri = new URI(s.strip());
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
