package vn.somohinh.load;

/**
 * One key of a file kind.
 *
 * @param kind     a single value, a list of values, a group of keys, or a list of groups
 * @param type     for {@link Kind#VALUE} and {@link Kind#VALUES}: the scalar type
 * @param shape    for {@link Kind#GROUP} and {@link Kind#GROUPS}: the keys of the group
 * @param minItems for lists: how many items at least when present
 * @param title    a short Vietnamese title, used in messages and documentation
 */
public record Field(String key, boolean required, Kind kind, ValueType type, Shape shape, int minItems, String title) {

    public enum Kind { VALUE, VALUES, GROUP, GROUPS }

    public static Field value(String key, boolean required, ValueType type, String title) {
        return new Field(key, required, Kind.VALUE, type, null, 0, title);
    }

    public static Field values(String key, boolean required, ValueType type, String title) {
        return new Field(key, required, Kind.VALUES, type, null, required ? 1 : 0, title);
    }

    public static Field group(String key, boolean required, Shape shape, String title) {
        return new Field(key, required, Kind.GROUP, null, shape, 0, title);
    }

    public static Field groups(String key, boolean required, Shape shape, String title) {
        return new Field(key, required, Kind.GROUPS, null, shape, required ? 1 : 0, title);
    }

    /** The title as a label, as the Word form and the full export head it: "tên mô hình" → "Tên mô hình";
     * "hình thức (tap-the hoặc ca-nhan)" → "Hình thức". */
    public String label() {
        String t = plainTitle();
        return t.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + t.substring(1);
    }

    /** The title without what it says in brackets: "hình thức (tap-the hoặc ca-nhan)" → "hình thức". */
    public String plainTitle() {
        int paren = title.indexOf(" (");
        return paren < 0 ? title : title.substring(0, paren);
    }

    /** What a value of this field must look like, for messages. */
    public String expected() {
        return switch (kind) {
            case VALUE -> type.description();
            case VALUES -> "một danh sách (mỗi mục một dòng bắt đầu bằng \"- \")";
            case GROUP -> "một nhóm trường (" + String.join(", ", shape.keys()) + ")";
            case GROUPS -> "một danh sách các nhóm trường (" + String.join(", ", shape.keys()) + ")";
        };
    }
}
