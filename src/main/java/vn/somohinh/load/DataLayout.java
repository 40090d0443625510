package vn.somohinh.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a path under data/ is, by the layout of the contract; the year, unit and slug come from the path. */
final class DataLayout {
    enum Kind { SITE, UNITS, DIRECTIVES, CAMPAIGN, REGISTRATION, REVIEW, MISPLACED, IGNORED, FOREIGN }

    /** A classified path; {@code reason} says what is wrong with a misplaced one. */
    record Place(Kind kind, ModelKey key, int year, String reason) {
        static Place of(Kind kind) {
            return new Place(kind, null, 0, null);
        }

        static Place misplaced(String reason) {
            return new Place(Kind.MISPLACED, null, 0, reason);
        }
    }

    static final List<String> REQUIRED = List.of("data/site.yaml", "data/units.yaml", "data/directives.yaml");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CAMPAIGN = Pattern.compile("data/campaigns/([^/]+)\\.yaml");
    private static final Pattern MODEL = Pattern.compile("data/(registrations|reviews)/([^/]+)/([^/]+)/([^/]+)\\.yaml");
    private static final String LAYOUT = "đăng ký đặt ở data/registrations/<năm>/<mã-đơn-vị>/<mã-mô-hình>.yaml, "
            + "xem xét ở data/reviews/<năm>/<mã-đơn-vị>/<mã-mô-hình>.yaml";

    private DataLayout() {
    }

    /** Classifies a path relative to the site root, written with {@code /}. */
    static Place classify(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith(".")) {
            return Place.of(Kind.IGNORED);
        }
        if (name.endsWith(".yml")) {
            return Place.misplaced("đuôi tệp phải là .yaml, không phải .yml: hãy đổi tên tệp");
        }
        if (!name.endsWith(".yaml")) {
            return Place.of(Kind.FOREIGN);
        }
        switch (path) {
            case "data/site.yaml": return Place.of(Kind.SITE);
            case "data/units.yaml": return Place.of(Kind.UNITS);
            case "data/directives.yaml": return Place.of(Kind.DIRECTIVES);
            default: break;
        }
        Matcher c = CAMPAIGN.matcher(path);
        if (c.matches()) {
            return YEAR.matcher(c.group(1)).matches()
                    ? new Place(Kind.CAMPAIGN, null, Integer.parseInt(c.group(1)), null)
                    : Place.misplaced("tên tệp đợt đăng ký phải là năm có 4 chữ số, ví dụ data/campaigns/2023.yaml");
        }
        Matcher m = MODEL.matcher(path);
        if (m.matches()) {
            return model(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        return Place.misplaced("không thuộc cấu trúc thư mục data/ (" + LAYOUT + ")");
    }

    private static Place model(String area, String year, String unit, String slug) {
        if (!YEAR.matcher(year).matches()) {
            return Place.misplaced("thư mục năm \"" + year + "\" phải là năm có 4 chữ số (" + LAYOUT + ")");
        }
        if (!ValueType.isSlug(unit)) {
            return Place.misplaced("tên thư mục đơn vị \"" + unit + "\" phải là mã đơn vị trong data/units.yaml "
                    + "(chữ thường không dấu, số, gạch ngang)");
        }
        if (!ValueType.isSlug(slug)) {
            return Place.misplaced("tên tệp \"" + slug + ".yaml\" phải là mã: chữ thường không dấu, số và dấu gạch ngang, "
                    + "không có dấu cách, không bắt đầu bằng gạch ngang, tối đa 64 ký tự (ví dụ ca-phe-ben-vung.yaml)");
        }
        ModelKey key = new ModelKey(Integer.parseInt(year), unit, slug);
        return new Place(area.equals("registrations") ? Kind.REGISTRATION : Kind.REVIEW, key, key.year(), null);
    }
}
