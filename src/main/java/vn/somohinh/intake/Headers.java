package vn.somohinh.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Field;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.load.Schemas;
import vn.somohinh.text.Fold;

/**
 * Column headings and form labels to registration keys, matched after folding (case, marks, đ, spaces,
 * punctuation): a key as written ("ten_mo_hinh"), its label on the Word form and in the full export ("Tên mô hình",
 * "Thời gian thực hiện: Bắt đầu"), or a heading people write in compiled tables ("Tên mô hình, cách làm", "Đơn vị").
 */
public final class Headers {
    private static final String YEAR = RegistrationColumns.YEAR;
    private static final String UNIT = RegistrationColumns.UNIT;
    private static final String CODE = RegistrationColumns.CODE;
    /** Headings people write that are not labels of the form; folded. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ten mo hinh cach lam", "ten_mo_hinh"),
            Map.entry("ten mo hinh cach lam sang tao", "ten_mo_hinh"),
            Map.entry("mo hinh", "ten_mo_hinh"),
            Map.entry("ten don vi", UNIT),
            Map.entry("don vi dang ky", UNIT),
            Map.entry("ma don vi", UNIT),
            Map.entry("nam dang ky", YEAR),
            Map.entry("ma mo hinh", CODE),
            Map.entry("chu tri", "nguoi_chu_tri"),
            Map.entry("van ban can cu", "can_cu"),
            Map.entry("can cu", "can_cu"),
            Map.entry("diem moi", "tinh_moi"),
            Map.entry("diem moi sang tao", "tinh_moi"),
            Map.entry("tinh moi", "tinh_moi"),
            Map.entry("thuc trang", "thuc_trang"),
            Map.entry("ly do", "thuc_trang"),
            Map.entry("noi dung", "noi_dung"),
            Map.entry("giai phap", "noi_dung"),
            Map.entry("bat dau", "thoi_gian.bat_dau"),
            Map.entry("tu ngay", "thoi_gian.bat_dau"),
            Map.entry("thoi gian bat dau", "thoi_gian.bat_dau"),
            Map.entry("ket thuc", "thoi_gian.ket_thuc"),
            Map.entry("den ngay", "thoi_gian.ket_thuc"),
            Map.entry("thoi gian ket thuc", "thoi_gian.ket_thuc"),
            Map.entry("ngan sach", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi ngan sach", "kinh_phi.ngan_sach"),
            Map.entry("xa hoi hoa", "kinh_phi.xa_hoi_hoa"),
            Map.entry("kinh phi xa hoi hoa", "kinh_phi.xa_hoi_hoa"),
            Map.entry("dien thoai", "lien_he.dien_thoai"),
            Map.entry("nguoi lien he", "lien_he.ho_ten"),
            Map.entry("ket qua", "ket_qua_thuc_hien"),
            Map.entry("don vi thuc hien", UNIT),
            Map.entry("don vi chu tri", UNIT),
            Map.entry("thoi gian", "thoi_gian"),
            Map.entry("thoi gian thuc hien du kien", "thoi_gian"),
            Map.entry("kinh phi", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi dong", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi du kien", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi du kien dong", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi thuc hien", "kinh_phi.ngan_sach"),
            Map.entry("kinh phi thuc hien dong", "kinh_phi.ngan_sach"),
            Map.entry("so dien thoai", "lien_he.dien_thoai"),
            Map.entry("dia ban", "dia_ban_doi_tuong"),
            Map.entry("dia ban doi tuong ap dung", "dia_ban_doi_tuong"));
    private static final Map<String, String> KEYS = keys();

    private Headers() {
    }

    /** The key a heading or label names, or null (a column the import does not read, such as "STT"). */
    public static String key(String heading) {
        return heading == null ? null : KEYS.get(fold(heading));
    }

    /** Folded for matching: marks, đ and case away, then every run of other than letters and digits one space. */
    public static String fold(String s) {
        return Fold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>(ALIASES);
        for (Map.Entry<String, String> c : RegistrationColumns.all().entrySet()) {
            keys.put(fold(c.getKey()), c.getKey());
            keys.put(fold(c.getValue()), c.getKey());
        }
        for (Field f : Schemas.REGISTRATION.fields()) {
            keys.putIfAbsent(fold(f.label()), f.key());
        }
        for (String id : List.of(YEAR, UNIT, CODE)) {
            keys.put(id, id);
        }
        return Map.copyOf(keys);
    }
}
