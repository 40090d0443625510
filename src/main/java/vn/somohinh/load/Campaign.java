package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/** data/campaigns/&lt;year&gt;.yaml: one registration campaign; the year comes from the file name. */
public record Campaign(Source src, int year, String ten, List<String> vanBanPhatDong, LocalDate hanDangKy,
                       List<String> canCu, List<String> doiTuong, String coQuanTongHop, String coQuanQuyetDinh,
                       String chuDeNam, Report baoCao, Reminder donDoc) {

    /** bao_cao: what the compiled report carries beyond the figures; every part may be null or empty. */
    public record Report(String so, LocalDate ngay, List<String> coQuanBanHanh, Signature ky, List<String> noiNhan,
                         String danhGia, String kienNghi) {
    }

    /** don_doc: the reminder letter's number, date, header, signature, recipients and own text; each may be null or empty. */
    public record Reminder(String so, LocalDate ngay, List<String> coQuanBanHanh, Signature ky, List<String> noiNhan,
                           String noiDung) {
    }

    /** A signature block: authority line (K/T TRƯỞNG BAN), position, name. */
    public record Signature(String quyenHan, String chucVu, String hoTen) {
    }
}
