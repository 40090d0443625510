package vn.somohinh.load;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.somohinh.forge.Forge;

/**
 * The codes a value may take, for the schemas: the tool's fixed ones (forms, statuses) and the registry's own
 * (unit types, fields, grades, units, directives), read from data/. A list that could not be read is null: then
 * any id is let through, as the build does not check references into a catalog it could not read.
 *
 * @param lists list → code → label shown beside the code when an editor completes it
 */
public record CodeLists(Map<Kind, Map<String, String>> lists) {
    /** The two forms of a model (hình thức). */
    public static final List<String> FORMS = List.of("tap-the", "ca-nhan");

    /** Each list, with where it is defined, for messages. */
    public enum Kind {
        FORMS("hai hình thức tap-the (tập thể), ca-nhan (cá nhân)"),
        FORGES("bốn loại kho github, gitlab, gitea, forgejo"),
        STATUSES("danh sách trạng thái của công cụ"),
        UNIT_TYPES("danh mục loai_don_vi của data/site.yaml"),
        FIELDS("danh mục linh_vuc của data/site.yaml"),
        GRADES("danh mục xep_loai của data/site.yaml"),
        UNITS("data/units.yaml"),
        DIRECTIVES("data/directives.yaml");

        private final String where;

        Kind(String where) {
            this.where = where;
        }

        public String where() {
            return where;
        }
    }

    /** Which key of which shape takes its value from which list. */
    private static final Map<Shape, Map<String, Kind>> USES = new IdentityHashMap<>();

    static {
        use(Schemas.SITE, "loai_kho", Kind.FORGES);
        use(Schemas.UNIT, "loai", Kind.UNIT_TYPES);
        use(Schemas.CAMPAIGN, "van_ban_phat_dong", Kind.DIRECTIVES);
        use(Schemas.CAMPAIGN, "can_cu", Kind.DIRECTIVES);
        use(Schemas.CAMPAIGN, "doi_tuong", Kind.UNIT_TYPES);
        use(Schemas.REGISTRATION, "hinh_thuc", Kind.FORMS);
        use(Schemas.REGISTRATION, "linh_vuc", Kind.FIELDS);
        use(Schemas.REGISTRATION, "can_cu", Kind.DIRECTIVES);
        use(Schemas.REGISTRATION, "don_vi_phoi_hop", Kind.UNITS);
        use(Schemas.STEP, "trang_thai", Kind.STATUSES);
        use(Schemas.STEP, "van_ban", Kind.DIRECTIVES);
        use(Schemas.EVALUATION, "xep_loai", Kind.GRADES);
    }

    private static void use(Shape shape, String key, Kind kind) {
        if (shape.field(key) == null || shape.field(key).type() != ValueType.ID) {
            throw new IllegalStateException(shape.name() + " has no id key " + key);
        }
        USES.computeIfAbsent(shape, s -> new LinkedHashMap<>()).put(key, kind);
    }

    /** The list a key of a shape takes its value from, or null for a key free within its type. */
    static Kind kindOf(Shape shape, String key) {
        return USES.getOrDefault(shape, Map.of()).get(key);
    }

    /** The codes of a list in the order written, or null when data/ could not give that list. */
    public Map<String, String> codes(Kind kind) {
        return lists.get(kind);
    }

    /** The fixed lists and every list the data set could give. */
    public static CodeLists of(DataSet data) {
        Map<Kind, Map<String, String>> lists = new java.util.EnumMap<>(Kind.class);
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(FORMS.get(0), "tập thể");
        forms.put(FORMS.get(1), "cá nhân");
        lists.put(Kind.FORMS, forms);
        lists.put(Kind.FORGES, ordered(List.of(Forge.values()), Forge::id, Forge::title));
        lists.put(Kind.STATUSES, ordered(List.of(Status.values()), Status::id, Status::label));
        SiteConfig site = data == null ? null : data.site();
        if (site != null) {
            putCodes(lists, Kind.UNIT_TYPES, site.loaiDonVi());
            putCodes(lists, Kind.FIELDS, site.linhVuc());
            putCodes(lists, Kind.GRADES, site.xepLoai());
        }
        if (data != null && data.units() != null) {
            lists.put(Kind.UNITS, ordered(data.units(), Unit::id, Unit::ten));
        }
        if (data != null && data.directives() != null) {
            lists.put(Kind.DIRECTIVES, ordered(data.directives(), Directive::id,
                    d -> join(d.soHieu(), d.trichYeu())));
        }
        return new CodeLists(lists);
    }

    private static void putCodes(Map<Kind, Map<String, String>> lists, Kind kind, List<CodeEntry> codes) {
        if (codes != null) {
            lists.put(kind, ordered(codes, CodeEntry::id, CodeEntry::ten));
        }
    }

    /** Ids in the order written, the first of duplicates kept, ids that could not be read left out. */
    private static <T> Map<String, String> ordered(List<T> items, Function<T, String> id, Function<T, String> label) {
        Map<String, String> out = new LinkedHashMap<>();
        for (T item : items) {
            String code = id.apply(item);
            if (code != null) {
                out.putIfAbsent(code, label.apply(item) == null ? "" : label.apply(item));
            }
        }
        return out;
    }

    private static String join(String a, String b) {
        return a == null ? (b == null ? "" : b) : b == null ? a : a + ": " + b;
    }
}
