package vn.somohinh.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a data set whose every text value is a payload: markup, quotes, script, and hostile Markdown links. */
final class Payloads {
    private Payloads() {
    }

    static void writeInto(Path data, String p) throws IOException {
        String q = "'" + p.replace("'", "''") + "'";
        String md = "|\n  " + p + "\n\n  [a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](javascript&#58;alert(1))"
                + " [d](&#106;avascript:alert(1)) [e](data:text/html,x) [f](vbscript:x) <a href=\"javascript:alert(1)\">g</a>"
                + " ![i](javascript:alert(1))\n";
        write(data, "site.yaml", """
                to_chuc: %1$s
                to_chuc_cap_tren: %1$s
                ten_trang: %1$s
                loai_don_vi:
                  - {id: to-chuc-co-so-dang, ten: %1$s}
                  - {id: phong-ban, ten: %1$s}
                linh_vuc:
                  - {id: kinh-te, ten: %1$s}
                  - {id: xay-dung-dang, ten: %1$s}
                xep_loai:
                  - {id: tot, ten: %1$s}
                """.formatted(q));
        write(data, "units.yaml", """
                - {id: xa-loc-an, ten: %1$s, loai: to-chuc-co-so-dang}
                - {id: xa-loc-bac, ten: %1$s, loai: to-chuc-co-so-dang}
                - {id: xa-loc-nam, ten: %1$s, loai: to-chuc-co-so-dang}
                - {id: phong-noi-vu, ten: %1$s, loai: phong-ban}
                """.formatted(q));
        write(data, "directives.yaml", """
                - {id: kl-14-tw, so_hieu: %1$s, loai: %1$s, ngay: 2021-09-22, co_quan: %1$s, trich_yeu: %1$s,
                   lien_ket: "https://example.vn/a'onmouseover='alert(1)"}
                - {id: cv-854-hu, so_hieu: %1$s, loai: %1$s, ngay: 2023-03-02, co_quan: %1$s, trich_yeu: %1$s}
                """.formatted(q));
        write(data, "campaigns/2023.yaml", """
                ten: %1$s
                van_ban_phat_dong: [cv-854-hu]
                han_dang_ky: 2023-03-10
                can_cu: [kl-14-tw]
                doi_tuong: [to-chuc-co-so-dang]
                co_quan_tong_hop: %1$s
                co_quan_quyet_dinh: %1$s
                chu_de_nam: %1$s
                """.formatted(q));
        write(data, "registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml", """
                ten_mo_hinh: %1$s
                hinh_thuc: tap-the
                linh_vuc: kinh-te
                nguoi_chu_tri: %1$s
                can_cu: [kl-14-tw]
                dia_ban_doi_tuong: %1$s
                thuc_trang: %2$s
                muc_tieu: %2$s
                noi_dung: %2$s
                tinh_moi: %2$s
                chi_tieu: [%1$s, '100 hộ']
                thoi_gian: {bat_dau: 2023-04-01, ket_thuc: 2023-12-31}
                ngay_dang_ky: 2023-03-15
                lo_trinh: [{ngay: 2023-04-15, noi_dung: %1$s}]
                ket_qua_du_kien: %2$s
                kha_nang_nhan_rong: %2$s
                lien_he: {ho_ten: %1$s, chuc_vu: %1$s, dien_thoai: %1$s}
                ket_qua_thuc_hien: %2$s
                tai_lieu: [{ten: %1$s, lien_ket: "https://example.vn/x'onclick='alert(1)"}]
                """.formatted(q, md));
        write(data, "reviews/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml", """
                qua_trinh:
                  - {ngay: 2023-03-20, trang_thai: dang-tham-dinh, ghi_chu: %1$s}
                  - {ngay: 2023-04-05, trang_thai: duoc-duyet, ghi_chu: %1$s}
                  - {ngay: 2023-04-15, trang_thai: dang-trien-khai}
                  - {ngay: 2023-12-15, trang_thai: tong-ket}
                danh_gia: {ngay: 2023-12-20, xep_loai: tot, nhan_xet: %1$s}
                """.formatted(q));
    }

    private static void write(Path data, String file, String text) throws IOException {
        Files.createDirectories(data.resolve(file).getParent());
        Files.writeString(data.resolve(file), text, StandardCharsets.UTF_8);
    }
}
