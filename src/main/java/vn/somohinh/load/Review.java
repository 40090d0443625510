package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/**
 * data/reviews/&lt;year&gt;/&lt;unit&gt;/&lt;slug&gt;.yaml: the committee's decisions on one model.
 *
 * @param text the file's text as read (UTF-8), so that a page can show the file a new step would make
 */
public record Review(Source src, ModelKey key, List<Step> quaTrinh, Evaluation danhGia, String text) {

    /**
     * A model's current status (DATA.md): its review's last step, or "đã đăng ký" when there is no review, no step,
     * or an unknown status (reported by validation).
     */
    public static Status currentStatus(Review review) {
        if (review == null || review.quaTrinh().isEmpty()) {
            return Status.DA_DANG_KY;
        }
        Status last = Status.byId(review.quaTrinh().get(review.quaTrinh().size() - 1).trangThai());
        return last == null ? Status.DA_DANG_KY : last;
    }

    /** One entry of {@code qua_trinh}; {@code index} is its 1-based place, for pointing at it. */
    public record Step(int index, LocalDate ngay, String trangThai, String ghiChu, String vanBan) {
    }

    /** {@code danh_gia}: the year-end evaluation. */
    public record Evaluation(LocalDate ngay, String xepLoai, String nhanXet, Boolean deXuatNhanRong,
                             Boolean deXuatKhenThuong) {
    }
}
