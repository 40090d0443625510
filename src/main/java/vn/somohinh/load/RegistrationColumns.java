package vn.somohinh.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration as one table row: the columns of the full export (dang-ky-&lt;năm&gt;.xlsx), which {@code import}
 * reads back. The identity columns first, so that a row goes back to its own file; then every key of the contract
 * in its order, a group's keys as {@code group.key}; each with its heading as on the Word form.
 */
public final class RegistrationColumns {
    public static final String YEAR = "nam";
    public static final String UNIT = "don_vi";
    public static final String CODE = "ma";
    private static final Map<String, String> COLUMNS = columns();

    private RegistrationColumns() {
    }

    /** Key → heading, in column order. */
    public static Map<String, String> all() {
        return COLUMNS;
    }

    public static boolean isIdentity(String key) {
        return key.equals(YEAR) || key.equals(UNIT) || key.equals(CODE);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(YEAR, "Năm");
        columns.put(UNIT, "Đơn vị");
        columns.put(CODE, "Mã");
        for (Field f : Schemas.REGISTRATION.fields()) {
            if (f.kind() == Field.Kind.GROUP) {
                for (Field sub : f.shape().fields()) {
                    columns.put(f.key() + "." + sub.key(), f.label() + ": " + sub.plainTitle());
                }
            } else {
                columns.put(f.key(), f.label());
            }
        }
        return java.util.Collections.unmodifiableMap(columns);
    }
}
