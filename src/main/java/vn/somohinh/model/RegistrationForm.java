package vn.somohinh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.CodeLists;
import vn.somohinh.load.Field;
import vn.somohinh.load.Schemas;
import vn.somohinh.load.ValueType;
import vn.somohinh.model.FormView.Input;
import vn.somohinh.model.FormView.Item;

/**
 * The items of the Word registration form, read from {@link Schemas#REGISTRATION} so that a key added to the contract
 * is on the form too. Values are asked in the formats of docs/DATA.md (dates year-month-day, amounts in digits), so
 * that a filled form imports as the YAML file would.
 */
final class RegistrationForm {
    /** Hints for keys whose meaning the title alone does not say; the others get the hint of their value type. */
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("ten_mo_hinh", "Ngắn gọn, nói rõ làm gì, ở đâu."),
            Map.entry("hinh_thuc", "Chọn tập thể hoặc cá nhân."),
            Map.entry("linh_vuc", "Chọn một lĩnh vực."),
            Map.entry("nguoi_chu_tri", "Chức vụ, có thể kèm họ tên."),
            Map.entry("can_cu", "Đánh dấu ít nhất một văn bản mô hình bám sát."),
            Map.entry("tinh_moi", "Nêu cụ thể điểm mới so với cách làm trước đây; tránh viết chung chung."),
            Map.entry("chi_tieu", "Mỗi dòng một chỉ tiêu, nên có con số, ví dụ “100% hộ ký cam kết”."),
            Map.entry("ngay_dang_ky", "Ngày gửi phiếu, viết năm-tháng-ngày, ví dụ 2023-03-10."),
            Map.entry("don_vi_phoi_hop", "Mỗi dòng một đơn vị cùng thực hiện, tên như ở trang Đơn vị."),
            Map.entry("lo_trinh", "Mỗi dòng một mốc: ngày năm-tháng-ngày, dấu hai chấm, việc làm xong, "
                    + "ví dụ “2023-06-30: Hoàn thành khảo sát”."),
            Map.entry("tai_lieu", "Mỗi dòng một tài liệu: tên, dấu hai chấm, liên kết http(s)."),
            Map.entry("lien_he.dien_thoai", "Số điện thoại như thường viết, ví dụ 0975 218 364."),
            Map.entry("ket_qua_thuc_hien", "Để trống khi đăng ký; ghi trong năm và khi tổng kết."));

    private RegistrationForm() {
    }

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Field f : Schemas.REGISTRATION.fields()) {
            if (f.kind() == Field.Kind.GROUP) {
                for (Field sub : f.shape().fields()) {
                    items.add(item(f.key() + "." + sub.key(), f.label() + ": " + sub.plainTitle(),
                            f.required() && sub.required(), sub));
                }
            } else {
                items.add(item(f.key(), f.label(), f.required(), f));
            }
        }
        return List.copyOf(items);
    }

    /** The two forms of a model, as the site's form offers them. */
    static List<Term> forms() {
        return CodeLists.FORMS.stream().map(RegistrationForm::form).toList();
    }

    /** A {@code hinh_thuc} id with its name. */
    static Term form(String id) {
        return new Term(id, "tap-the".equals(id) ? "Tập thể" : "Cá nhân");
    }

    private static Item item(String key, String label, boolean required, Field f) {
        Input input = input(key, f);
        String hint = HINTS.getOrDefault(key, hint(input));
        return new Item(key, label, required, hint, input);
    }

    private static Input input(String key, Field f) {
        if (key.equals("hinh_thuc")) {
            return Input.FORM;
        }
        if (key.equals("linh_vuc")) {
            return Input.FIELD;
        }
        if (key.equals("can_cu")) {
            return Input.DIRECTIVES;
        }
        if (f.kind() != Field.Kind.VALUE || f.type() == ValueType.MARKDOWN) {
            return Input.LINES;
        }
        return f.type() == ValueType.DATE ? Input.DATE : f.type() == ValueType.MONEY ? Input.AMOUNT : Input.TEXT;
    }

    private static String hint(Input input) {
        return switch (input) {
            case DATE -> "Viết năm-tháng-ngày, ví dụ 2023-03-10.";
            case AMOUNT -> "Số đồng, chỉ chữ số, không dấu chấm, ví dụ 15000000.";
            case LINES -> "Viết thành đoạn; xuống dòng khi sang ý mới.";
            default -> "Ghi trên một dòng.";
        };
    }
}
