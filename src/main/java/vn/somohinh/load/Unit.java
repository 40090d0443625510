package vn.somohinh.load;

import java.time.LocalDate;
import java.util.List;

/** One entry of data/units.yaml. {@code tuNgay}/{@code denNgay} are null when open-ended. */
public record Unit(Source src, String id, String ten, String loai, List<String> quanTri, LocalDate tuNgay,
                   LocalDate denNgay) {

    /** True when the unit existed on some day of the year. */
    public boolean activeIn(int year) {
        return (tuNgay == null || tuNgay.getYear() <= year) && (denNgay == null || denNgay.getYear() >= year);
    }
}
