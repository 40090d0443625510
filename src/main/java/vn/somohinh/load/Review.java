package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/** data/reviews/&lt;year&gt;/&lt;unit&gt;/&lt;slug&gt;.yaml: the committee's decisions on one model. */
public record Review(Source src, ModelKey key, List<Step> quaTrinh, Evaluation danhGia) {

    /** One entry of {@code qua_trinh}; {@code index} is its 1-based place, for pointing at it. */
    public record Step(int index, LocalDate ngay, String trangThai, String ghiChu, String vanBan) {
    }

    /** {@code danh_gia}: the year-end evaluation. */
    public record Evaluation(LocalDate ngay, String xepLoai, String nhanXet, Boolean deXuatNhanRong,
                             Boolean deXuatKhenThuong) {
    }
}
