package vn.somohinh.load;

import java.time.LocalDate;

/** One entry of data/directives.yaml: a policy document (văn bản). */
public record Directive(Source src, String id, String soHieu, String loai, LocalDate ngay, String coQuan,
                        String trichYeu, String lienKet) {
}
