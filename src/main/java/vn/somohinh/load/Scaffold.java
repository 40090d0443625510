package vn.somohinh.load;

import java.time.LocalDate;

/** A registration file with every key of the contract, a short Vietnamese comment per key, ready to fill in. */
public final class Scaffold {
    private Scaffold() {
    }

    /** The text of a new registration dated {@code today}; {@code schema} is what its first line names
     * ({@link SiteAddress#schemaRef}). */
    public static String registration(LocalDate today, String schema) {
        return """
                # yaml-language-server: $schema=%s
                # Hồ sơ đăng ký mô hình mới, cách làm sáng tạo. Điền các trường có dấu (*), xóa hoặc để trống các trường khác.
                # Văn bản dài viết sau dấu | ở các dòng dưới, thụt vào 2 dấu cách. Ngày ghi dạng năm-tháng-ngày.

                # (*) Tên mô hình: ngắn gọn, nói rõ làm gì, ở đâu
                ten_mo_hinh:
                # (*) tap-the (tập thể) hoặc ca-nhan (cá nhân)
                hinh_thuc: tap-the
                # (*) Mã lĩnh vực trong data/site.yaml, ví dụ kinh-te
                linh_vuc:
                # (*) Người chủ trì: chức vụ, có thể kèm họ tên
                nguoi_chu_tri:
                # (*) Mã các văn bản căn cứ trong data/directives.yaml, mỗi văn bản một dòng
                can_cu:
                  -
                # (*) Thực trạng ở địa phương và lý do xây dựng mô hình
                thuc_trang: |

                # (*) Mục tiêu, tiêu chí
                muc_tieu: |

                # (*) Nội dung, giải pháp, cách làm
                noi_dung: |

                # (*) Điểm mới, sáng tạo so với cách làm trước đây (nêu cụ thể, không chung chung)
                tinh_moi: |

                # (*) Chỉ tiêu đo được, nên có con số, mỗi chỉ tiêu một dòng
                chi_tieu:
                  -
                # (*) Thời gian thực hiện
                thoi_gian:
                  bat_dau: %s
                  ket_thuc:
                # (*) Ngày đơn vị đăng ký
                ngay_dang_ky: %s
                # Địa bàn, đối tượng
                dia_ban_doi_tuong:
                # Mã các đơn vị phối hợp trong data/units.yaml, mỗi đơn vị một dòng
                don_vi_phoi_hop: []
                # Kinh phí (đồng, chỉ ghi chữ số)
                kinh_phi:
                  ngan_sach:
                  xa_hoi_hoa:
                # Lộ trình: các mốc, mỗi mốc gồm ngày và nội dung
                lo_trinh: []
                # Sản phẩm, kết quả dự kiến
                ket_qua_du_kien:
                # Khả năng duy trì, nhân rộng
                kha_nang_nhan_rong:
                # Người liên hệ
                lien_he:
                  ho_ten:
                  chuc_vu:
                  dien_thoai:
                # Kết quả thực hiện (đơn vị ghi trong năm)
                ket_qua_thuc_hien:
                # Tài liệu đính kèm: tên và đường dẫn http(s)
                tai_lieu: []
                """.formatted(schema, today, today);
    }
}
