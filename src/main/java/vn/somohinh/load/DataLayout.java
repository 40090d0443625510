package vn.somohinh.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.text.Fold;

/**
 * What a path under data/ is, by the layout of the contract; the year, unit and slug come from the path. Every piece
 * of advice names a name that the layout accepts, or says what the name must look like.
 */
final class DataLayout {
    enum Kind { SITE, UNITS, DIRECTIVES, CAMPAIGN, REGISTRATION, REVIEW, MISPLACED, IGNORED, FOREIGN }

    /**
     * A classified path; {@code reason} says what is wrong with a misplaced one, and {@code renameTo}, when a plain
     * rename fixes it, is the path it should have.
     */
    record Place(Kind kind, ModelKey key, int year, String reason, String renameTo) {
        static Place of(Kind kind) {
            return new Place(kind, null, 0, null, null);
        }

        static Place misplaced(String reason) {
            return Place.misplaced(reason, null);
        }

        static Place misplaced(String reason, String renameTo) {
            return new Place(Kind.MISPLACED, null, 0, reason, renameTo);
        }
    }

    static final List<String> REQUIRED = List.of("data/site.yaml", "data/units.yaml", "data/directives.yaml");
    private static final Pattern YEAR_INSIDE = Pattern.compile("(?<!\\d)[1-9]\\d{3}(?!\\d)");
    private static final Pattern CAMPAIGN = Pattern.compile("data/campaigns/([^/]+)\\.yaml");
    private static final Pattern MODEL = Pattern.compile("data/(registrations|reviews)/([^/]+)/([^/]+)/([^/]+)\\.yaml");
    private static final String LAYOUT = "đăng ký đặt ở data/registrations/<năm>/<mã-đơn-vị>/<mã-mô-hình>.yaml, "
            + "xem xét ở data/reviews/<năm>/<mã-đơn-vị>/<mã-mô-hình>.yaml";

    private DataLayout() {
    }

    /**
     * Places already worked out, by path: a place depends on the path alone, and serve classifies every path of the
     * registry on each save (86,000 at national scale, 0.1 s of regular expressions). Emptied when it grows past
     * {@link #REMEMBERED}, which no registry's listing comes near.
     */
    private static final Map<String, Place> PLACES = new ConcurrentHashMap<>();
    static final int REMEMBERED = 1_000_000;

    /** Classifies a path relative to the site root, written with {@code /}. */
    static Place classify(String path) {
        Place known = PLACES.get(path);
        if (known != null) {
            return known;
        }
        if (PLACES.size() >= REMEMBERED) {
            PLACES.clear();
        }
        Place place = place(path);
        PLACES.put(path, place);
        return place;
    }

    private static Place place(String path) {
        String name = name(path);
        if (name.startsWith(".")) {
            return Place.of(Kind.IGNORED);
        }
        if (name.endsWith(".yaml")) {
            return yaml(path);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return misnamed(path);
        }
        return Place.of(Kind.FOREIGN);
    }

    /** A YAML file whose extension is spelt otherwise (.yml, .YAML…): the same data under a wrong name, never skipped. */
    private static Place misnamed(String path) {
        String renamed = path.substring(0, path.lastIndexOf('.')) + ".yaml";
        String wrong = "đuôi tệp \"" + path.substring(path.lastIndexOf('.')) + "\" phải viết là .yaml (chữ thường)";
        Place fixed = yaml(renamed);
        if (fixed.kind() == Kind.MISPLACED) {
            return new Place(Kind.MISPLACED, null, 0, wrong + "; ngoài ra " + fixed.reason(), fixed.renameTo());
        }
        return rename(wrong, renamed);
    }

    private static Place rename(String wrong, String renamed) {
        return new Place(Kind.MISPLACED, null, 0, wrong + ": hãy đổi tên tệp thành " + name(renamed)
                + " (tệp mang tên khác không được đọc)", renamed);
    }

    private static Place yaml(String path) {
        switch (path) {
            case "data/site.yaml": return Place.of(Kind.SITE);
            case "data/units.yaml": return Place.of(Kind.UNITS);
            case "data/directives.yaml": return Place.of(Kind.DIRECTIVES);
            default: break;
        }
        Matcher c = CAMPAIGN.matcher(path);
        if (c.matches()) {
            return campaign(c.group(1));
        }
        Matcher m = MODEL.matcher(path);
        if (m.matches()) {
            return model(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        String lower = path.toLowerCase(Locale.ROOT);
        Place fixed = lower.equals(path) ? null : yaml(lower);
        String renamed = fixed == null ? null : fixed.kind() != Kind.MISPLACED ? lower : fixed.renameTo();
        if (renamed != null) {
            return new Place(Kind.MISPLACED, null, 0, "tên thư mục và tệp phải viết chữ thường"
                    + (renamed.equals(lower) ? "" : ", không dấu, không có dấu cách") + ": hãy đổi thành "
                    + renamed + " (tệp mang tên khác không được đọc)", renamed);
        }
        return Place.misplaced("không thuộc cấu trúc thư mục data/ (" + LAYOUT + ")");
    }

    private static Place campaign(String year) {
        if (ValueType.isYear(year)) {
            return new Place(Kind.CAMPAIGN, null, Integer.parseInt(year), null, null);
        }
        Matcher inside = YEAR_INSIDE.matcher(year);
        String renamed = inside.find() ? "data/campaigns/" + inside.group() + ".yaml" : null;
        return Place.misplaced("tên tệp đợt đăng ký \"" + year + ".yaml\" phải là năm của đợt, 4 chữ số không bắt đầu "
                + "bằng 0: " + (renamed != null ? "hãy đổi tên tệp thành " + renamed
                : "hãy đổi tên tệp theo năm của đợt, ví dụ data/campaigns/2023.yaml"), renamed);
    }

    private static Place model(String area, String year, String unit, String slug) {
        if (ValueType.isYear(year) && ValueType.isSlug(unit) && ValueType.isSlug(slug)) {
            ModelKey key = new ModelKey(Integer.parseInt(year), unit, slug);
            return new Place(area.equals("registrations") ? Kind.REGISTRATION : Kind.REVIEW, key, key.year(), null, null);
        }
        // Only a misplaced file needs the name to give it (the load classifies 86,000 paths at national scale).
        String renameTo = renamed(area, year, unit, slug);
        if (!ValueType.isYear(year)) {
            Matcher inside = YEAR_INSIDE.matcher(year);
            return Place.misplaced("thư mục năm \"" + year + "\" phải là năm của đợt đăng ký, 4 chữ số không bắt đầu "
                    + "bằng 0: hãy đổi tên thư mục" + (inside.find() ? " thành " + inside.group() : ", ví dụ thành 2023")
                    + " (" + LAYOUT + ")", renameTo);
        }
        if (!ValueType.isSlug(unit)) {
            return Place.misplaced("tên thư mục đơn vị \"" + unit + "\" phải là mã đơn vị trong data/units.yaml "
                    + "(chữ thường không dấu, số, gạch ngang)" + advice(unit, "thư mục", ""), renameTo);
        }
        // The year and the unit are right, so the file's name is not.
        return Place.misplaced("tên tệp \"" + slug + ".yaml\" phải là mã: chữ thường không dấu, số và dấu gạch ngang, "
                + "không có dấu cách, không bắt đầu bằng gạch ngang, tối đa 64 ký tự" + advice(slug, "tệp", ".yaml"),
                renameTo);
    }

    /**
     * The path the advice leads to once every wrong part is renamed as it says, or null when some part has no
     * name to give (then the file is not counted as the model it means: nobody can tell which one).
     */
    private static String renamed(String area, String year, String unit, String slug) {
        Matcher inside = YEAR_INSIDE.matcher(year);
        String y = ValueType.isYear(year) ? year : inside.find() ? inside.group() : null;
        String u = ValueType.isSlug(unit) ? unit : Fold.slug(unit);
        String s = ValueType.isSlug(slug) ? slug : Fold.slug(slug);
        if (y == null || !ValueType.isSlug(u) || !ValueType.isSlug(s)) {
            return null;
        }
        return "data/" + area + "/" + y + "/" + u + "/" + s + ".yaml";
    }

    /** ": hãy đổi tên … thành x-y" with the name made a slug, when that gives one; else an example. */
    private static String advice(String name, String what, String extension) {
        String slug = Fold.slug(name);
        if (ValueType.isSlug(slug)) {
            return ": hãy đổi tên " + what + " thành " + slug + extension;
        }
        return " (ví dụ " + ("tệp".equals(what) ? "ca-phe-ben-vung.yaml" : "xa-loc-an") + ")";
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
