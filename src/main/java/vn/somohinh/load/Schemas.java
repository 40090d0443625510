package vn.somohinh.load;

import static vn.somohinh.load.Field.group;
import static vn.somohinh.load.Field.groups;
import static vn.somohinh.load.Field.value;
import static vn.somohinh.load.Field.values;
import static vn.somohinh.load.ValueType.ACCOUNT;
import static vn.somohinh.load.ValueType.BOOLEAN;
import static vn.somohinh.load.ValueType.DATE;
import static vn.somohinh.load.ValueType.ID;
import static vn.somohinh.load.ValueType.MARKDOWN;
import static vn.somohinh.load.ValueType.MONEY;
import static vn.somohinh.load.ValueType.TEXT;
import static vn.somohinh.load.ValueType.URL;

/** Every file kind of the data contract (docs/DATA.md), key by key. The one place that says what is allowed. */
public final class Schemas {
    private Schemas() {
    }

    public static final Shape CODE = Shape.of("mục danh mục",
            value("id", true, ID, "mã"),
            value("ten", true, TEXT, "tên"));

    public static final Shape SITE = Shape.of("data/site.yaml",
            value("to_chuc", true, TEXT, "cấp ủy vận hành sổ"),
            value("to_chuc_cap_tren", false, TEXT, "cấp trên"),
            value("ten_trang", true, TEXT, "tên trang"),
            value("duong_dan_goc", false, TEXT, "đường dẫn gốc"),
            value("kho_ma_nguon", false, URL, "kho mã nguồn"),
            value("dia_chi_trang", false, URL, "địa chỉ trang đã xuất bản"),
            value("loai_kho", false, ID, "loại kho mã nguồn"),
            value("nhanh_chinh", false, TEXT, "nhánh chính của kho"),
            groups("nhom", false, Shape.of("nhóm",
                    value("id", true, ACCOUNT, "tài khoản nhóm"),
                    values("thanh_vien", true, ACCOUNT, "tài khoản thành viên")), "các nhóm tài khoản"),
            groups("loai_don_vi", true, CODE, "các loại đơn vị"),
            groups("linh_vuc", true, CODE, "các lĩnh vực"),
            groups("xep_loai", true, CODE, "các mức xếp loại"));

    public static final Shape UNIT = Shape.of("đơn vị",
            value("id", true, ID, "mã đơn vị"),
            value("ten", true, TEXT, "tên đầy đủ"),
            value("loai", true, ID, "loại đơn vị"),
            values("quan_tri", false, ACCOUNT, "tài khoản quản trị"),
            value("tu_ngay", false, DATE, "ngày bắt đầu hoạt động"),
            value("den_ngay", false, DATE, "ngày thôi hoạt động"));

    public static final Shape DIRECTIVE = Shape.of("văn bản",
            value("id", true, ID, "mã văn bản"),
            value("so_hieu", true, TEXT, "số hiệu"),
            value("loai", true, TEXT, "loại văn bản"),
            value("ngay", true, DATE, "ngày ban hành"),
            value("co_quan", true, TEXT, "cơ quan ban hành"),
            value("trich_yeu", true, TEXT, "trích yếu"),
            value("lien_ket", false, URL, "liên kết toàn văn"));

    static final Shape SIGNATURE = Shape.of("chữ ký",
            value("quyen_han", false, TEXT, "quyền hạn ký"),
            value("chuc_vu", false, TEXT, "chức vụ người ký"),
            value("ho_ten", false, TEXT, "họ tên người ký"));

    static final Shape REPORT = Shape.of("báo cáo tổng hợp",
            value("so", false, TEXT, "số, ký hiệu"),
            value("ngay", false, DATE, "ngày báo cáo"),
            values("co_quan_ban_hanh", false, TEXT, "cơ quan ban hành"),
            group("ky", false, SIGNATURE, "chữ ký"),
            values("noi_nhan", false, TEXT, "nơi nhận"),
            value("danh_gia", false, MARKDOWN, "đánh giá"),
            value("kien_nghi", false, MARKDOWN, "kiến nghị"));

    static final Shape REMINDER = Shape.of("công văn đôn đốc",
            value("so", false, TEXT, "số, ký hiệu"),
            value("ngay", false, DATE, "ngày công văn"),
            values("co_quan_ban_hanh", false, TEXT, "cơ quan ban hành"),
            group("ky", false, SIGNATURE, "chữ ký"),
            values("noi_nhan", false, TEXT, "nơi nhận"),
            value("noi_dung", false, MARKDOWN, "nội dung thêm"));

    public static final Shape CAMPAIGN = Shape.of("đợt đăng ký",
            value("ten", true, TEXT, "tên đợt"),
            values("van_ban_phat_dong", true, ID, "văn bản phát động"),
            value("han_dang_ky", true, DATE, "hạn đăng ký"),
            values("can_cu", true, ID, "văn bản căn cứ"),
            values("doi_tuong", true, ID, "loại đơn vị phải đăng ký"),
            value("co_quan_tong_hop", true, TEXT, "cơ quan tổng hợp"),
            value("co_quan_quyet_dinh", true, TEXT, "cơ quan quyết định"),
            value("chu_de_nam", false, TEXT, "chủ đề năm"),
            group("bao_cao", false, REPORT, "báo cáo tổng hợp"),
            group("don_doc", false, REMINDER, "công văn đôn đốc"));

    static final Shape PERIOD = Shape.of("thời gian",
            value("bat_dau", true, DATE, "ngày bắt đầu"),
            value("ket_thuc", true, DATE, "ngày kết thúc"));

    static final Shape BUDGET = Shape.of("kinh phí",
            value("ngan_sach", false, MONEY, "ngân sách"),
            value("xa_hoi_hoa", false, MONEY, "xã hội hóa"));

    static final Shape MILESTONE = Shape.of("mốc lộ trình",
            value("ngay", true, DATE, "ngày"),
            value("noi_dung", true, TEXT, "nội dung"));

    static final Shape CONTACT = Shape.of("liên hệ",
            value("ho_ten", false, TEXT, "họ tên"),
            value("chuc_vu", false, TEXT, "chức vụ"),
            value("dien_thoai", false, TEXT, "điện thoại"));

    static final Shape ATTACHMENT = Shape.of("tài liệu",
            value("ten", true, TEXT, "tên tài liệu"),
            value("lien_ket", true, URL, "liên kết"));

    public static final Shape REGISTRATION = Shape.of("đăng ký mô hình",
            value("ten_mo_hinh", true, TEXT, "tên mô hình"),
            value("hinh_thuc", true, ID, "hình thức (tap-the hoặc ca-nhan)"),
            value("linh_vuc", true, ID, "lĩnh vực"),
            value("nguoi_chu_tri", true, TEXT, "người chủ trì"),
            values("can_cu", true, ID, "văn bản căn cứ"),
            value("thuc_trang", true, MARKDOWN, "thực trạng, lý do"),
            value("muc_tieu", true, MARKDOWN, "mục tiêu"),
            value("noi_dung", true, MARKDOWN, "nội dung, cách thức"),
            value("tinh_moi", true, MARKDOWN, "tính mới, sáng tạo"),
            values("chi_tieu", true, TEXT, "chỉ tiêu"),
            group("thoi_gian", true, PERIOD, "thời gian thực hiện"),
            value("ngay_dang_ky", true, DATE, "ngày đăng ký"),
            value("dia_ban_doi_tuong", false, TEXT, "địa bàn, đối tượng"),
            values("don_vi_phoi_hop", false, ID, "đơn vị phối hợp"),
            group("kinh_phi", false, BUDGET, "kinh phí"),
            groups("lo_trinh", false, MILESTONE, "lộ trình"),
            value("ket_qua_du_kien", false, MARKDOWN, "kết quả dự kiến"),
            value("kha_nang_nhan_rong", false, MARKDOWN, "khả năng nhân rộng"),
            group("lien_he", false, CONTACT, "liên hệ"),
            value("ket_qua_thuc_hien", false, MARKDOWN, "kết quả thực hiện"),
            groups("tai_lieu", false, ATTACHMENT, "tài liệu"));

    static final Shape STEP = Shape.of("bước xem xét",
            value("ngay", true, DATE, "ngày"),
            value("trang_thai", true, ID, "trạng thái"),
            value("ghi_chu", false, TEXT, "ghi chú"),
            value("van_ban", false, ID, "văn bản quyết định"));

    static final Shape EVALUATION = Shape.of("đánh giá",
            value("ngay", true, DATE, "ngày đánh giá"),
            value("xep_loai", true, ID, "xếp loại"),
            value("nhan_xet", false, TEXT, "nhận xét"),
            value("de_xuat_nhan_rong", false, BOOLEAN, "đề xuất nhân rộng"),
            value("de_xuat_khen_thuong", false, BOOLEAN, "đề xuất khen thưởng"));

    public static final Shape REVIEW = Shape.of("xem xét mô hình",
            groups("qua_trinh", true, STEP, "quá trình xem xét"),
            group("danh_gia", false, EVALUATION, "đánh giá cuối năm"));
}
