package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/** data/campaigns/&lt;year&gt;.yaml: one registration campaign; the year comes from the file name. */
public record Campaign(Source src, int year, String ten, List<String> vanBanPhatDong, LocalDate hanDangKy,
                       List<String> canCu, List<String> doiTuong, String coQuanTongHop, String coQuanQuyetDinh,
                       String chuDeNam) {
}
