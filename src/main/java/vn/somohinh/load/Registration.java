package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/** data/registrations/&lt;year&gt;/&lt;unit&gt;/&lt;slug&gt;.yaml: one model, owned by its unit. Invalid values are null. */
public record Registration(Source src, ModelKey key, String tenMoHinh, String hinhThuc, String linhVuc,
                           String nguoiChuTri, List<String> canCu, String thucTrang, String mucTieu, String noiDung,
                           String tinhMoi, List<String> chiTieu, Period thoiGian, LocalDate ngayDangKy,
                           String diaBanDoiTuong, List<String> donViPhoiHop, Budget kinhPhi,
                           List<Milestone> loTrinh, String ketQuaDuKien, String khaNangNhanRong, Contact lienHe,
                           String ketQuaThucHien, List<Attachment> taiLieu) {

    /** {@code thoi_gian}: either date may be null when it was invalid. */
    public record Period(LocalDate batDau, LocalDate ketThuc) {
    }

    /** {@code kinh_phi} in đồng. */
    public record Budget(Long nganSach, Long xaHoiHoa) {
    }

    public record Milestone(LocalDate ngay, String noiDung) {
    }

    public record Contact(String hoTen, String chucVu, String dienThoai) {
    }

    public record Attachment(String ten, String lienKet) {
    }
}
