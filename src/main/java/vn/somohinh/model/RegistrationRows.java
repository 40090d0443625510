package vn.somohinh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * A model as a row of the full export (dang-ky-&lt;năm&gt;.xlsx and .csv, which {@code import} reads back): one cell
 * per column of {@link RegistrationColumns}, each the value its YAML file holds. A cell is an {@link Integer} (the
 * year), a {@link Long} (an amount in đồng), a {@link Day}, a {@link String} (ids as ids, Markdown as written; a list
 * one item a line, milestones {@code 2023-06-30: việc}, attachments {@code tên: liên kết}), or null when the key is
 * absent.
 */
public final class RegistrationRows {
    /** One column: its key ({@code thoi_gian.bat_dau}) and its heading ("Thời gian thực hiện: bắt đầu"). */
    public record Column(String key, String heading) {
    }

    private static final List<Column> COLUMNS = RegistrationColumns.all().entrySet().stream()
            .map(e -> new Column(e.getKey(), e.getValue())).toList();
    private static final Map<String, Function<ModelView, Object>> VALUES = values();

    private RegistrationRows() {
    }

    /** The columns, in the export's order. */
    public static List<Column> columns() {
        return COLUMNS;
    }

    /** The model's cells, one per column of {@link #columns()}. */
    public static List<Object> cells(ModelView m) {
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            Function<ModelView, Object> value = VALUES.get(c.key());
            if (value == null) {
                // A key added to the contract needs its value here: fail the build's tests, never export a blank.
                throw new IllegalStateException("the full export has no value for the key " + c.key());
            }
            cells.add(value.apply(m));
        }
        return cells;
    }

    private static Map<String, Function<ModelView, Object>> values() {
        return Map.ofEntries(
                Map.entry(RegistrationColumns.YEAR, m -> Integer.valueOf(m.ref().year())),
                Map.entry(RegistrationColumns.UNIT, m -> m.ref().unit().id()),
                Map.entry(RegistrationColumns.CODE, m -> m.ref().id().substring(m.ref().id().lastIndexOf('/') + 1)),
                Map.entry("ten_mo_hinh", m -> m.ref().name()),
                Map.entry("hinh_thuc", m -> m.form().id()),
                Map.entry("linh_vuc", m -> m.ref().field().id()),
                Map.entry("nguoi_chu_tri", ModelView::lead),
                Map.entry("can_cu", m -> lines(m.bases().stream().map(DirectiveRef::id).toList())),
                Map.entry("thuc_trang", ModelView::situation),
                Map.entry("muc_tieu", ModelView::objectives),
                Map.entry("noi_dung", ModelView::content),
                Map.entry("tinh_moi", ModelView::novelty),
                Map.entry("chi_tieu", m -> lines(m.targets())),
                Map.entry("thoi_gian.bat_dau", ModelView::start),
                Map.entry("thoi_gian.ket_thuc", ModelView::end),
                Map.entry("ngay_dang_ky", m -> m.ref().registered()),
                Map.entry("dia_ban_doi_tuong", ModelView::area),
                Map.entry("don_vi_phoi_hop", m -> lines(m.partners().stream().map(UnitRef::id).toList())),
                Map.entry("kinh_phi.ngan_sach", m -> m.budget() == null ? null : m.budget().state()),
                Map.entry("kinh_phi.xa_hoi_hoa", m -> m.budget() == null ? null : m.budget().social()),
                Map.entry("lo_trinh", m -> lines(m.milestones().stream().map(RegistrationRows::milestone).toList())),
                Map.entry("ket_qua_du_kien", ModelView::expected),
                Map.entry("kha_nang_nhan_rong", ModelView::replication),
                Map.entry("lien_he.ho_ten", m -> m.contact() == null ? null : m.contact().name()),
                Map.entry("lien_he.chuc_vu", m -> m.contact() == null ? null : m.contact().position()),
                Map.entry("lien_he.dien_thoai", m -> m.contact() == null ? null : m.contact().phone()),
                Map.entry("ket_qua_thuc_hien", ModelView::results),
                Map.entry("tai_lieu", m -> lines(m.attachments().stream().map(a -> a.name() + ": " + a.url()).toList())));
    }

    private static String milestone(ModelView.Milestone m) {
        return m.date().iso() + ": " + m.text();
    }

    /** A list one item a line; null when empty (an absent key). */
    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }
}
