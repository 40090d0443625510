package vn.somohinh.write;

import java.time.LocalDate;
import vn.somohinh.load.Status;

/** The review step a {@code decide} adds: {@code ngay}, {@code trang_thai}, optional {@code van_ban}, {@code ghi_chu}. */
public record Step(LocalDate ngay, Status status, String vanBan, String ghiChu) {
}
