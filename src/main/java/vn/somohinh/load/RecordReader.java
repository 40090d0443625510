package vn.somohinh.load;

import java.util.List;
import vn.somohinh.yaml.Node;

/** Builds the typed records from mappings already checked against their shape. */
final class RecordReader {
    private RecordReader() {
    }

    static SiteConfig site(String file, Node.Mapping map) {
        Values v = new Values(map);
        return new SiteConfig(new Source(file, map), v.text("to_chuc"), v.text("to_chuc_cap_tren"),
                v.text("ten_trang"), v.text("duong_dan_goc"), v.url("kho_ma_nguon"), v.url("dia_chi_trang"),
                v.id("loai_kho"), v.text("nhanh_chinh"), teams(v), codes(v, "loai_don_vi"), codes(v, "linh_vuc"), codes(v, "xep_loai"));
    }

    /** site.yaml's teams, in the order written; entries that are not groups left out (the shape check says so). */
    private static List<SiteConfig.Team> teams(Values v) {
        if (!(v.node().get("nhom") instanceof Node.Seq seq)) {
            return List.of();
        }
        List<SiteConfig.Team> teams = new java.util.ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i) instanceof Node.Mapping m) {
                Values t = new Values(m);
                teams.add(new SiteConfig.Team(t.text("id"), t.list("thanh_vien", ValueType.ACCOUNT),
                        "nhom[" + (i + 1) + "]"));
            }
        }
        return List.copyOf(teams);
    }

    /** A code list, or null when the key does not hold a list: then nothing is checked against it. */
    private static List<CodeEntry> codes(Values v, String key) {
        if (!(v.node().get(key) instanceof Node.Seq seq)) {
            return null;
        }
        List<CodeEntry> codes = new java.util.ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i) instanceof Node.Mapping m) {
                Values c = new Values(m);
                codes.add(new CodeEntry(c.id("id"), c.text("ten"), m.pos(), key + "[" + (i + 1) + "]"));
            }
        }
        return List.copyOf(codes);
    }

    /** An entry of units.yaml; {@code prefix} is its key path, "[3]." (see {@link Source#keyPath}). */
    static Unit unit(String file, Node.Mapping map, String prefix) {
        Values v = new Values(map);
        return new Unit(new Source(file, map, prefix), v.id("id"), v.text("ten"), v.id("loai"),
                v.list("quan_tri", ValueType.ACCOUNT), v.date("tu_ngay"), v.date("den_ngay"));
    }

    static Directive directive(String file, Node.Mapping map, String prefix) {
        Values v = new Values(map);
        return new Directive(new Source(file, map, prefix), v.id("id"), v.text("so_hieu"), v.text("loai"), v.date("ngay"),
                v.text("co_quan"), v.text("trich_yeu"), v.url("lien_ket"));
    }

    static Campaign campaign(String file, int year, Node.Mapping map) {
        Values v = new Values(map);
        return new Campaign(new Source(file, map), year, v.text("ten"), v.list("van_ban_phat_dong", ValueType.ID),
                v.date("han_dang_ky"), v.list("can_cu", ValueType.ID), v.list("doi_tuong", ValueType.ID),
                v.text("co_quan_tong_hop"), v.text("co_quan_quyet_dinh"), v.text("chu_de_nam"), report(v.group("bao_cao")),
                reminder(v.group("don_doc")));
    }

    private static Campaign.Report report(Values r) {
        if (r == null) {
            return null;
        }
        return new Campaign.Report(r.text("so"), r.date("ngay"), r.list("co_quan_ban_hanh", ValueType.TEXT),
                signature(r.group("ky")), r.list("noi_nhan", ValueType.TEXT), r.text("danh_gia"), r.text("kien_nghi"));
    }

    private static Campaign.Reminder reminder(Values r) {
        if (r == null) {
            return null;
        }
        return new Campaign.Reminder(r.text("so"), r.date("ngay"), r.list("co_quan_ban_hanh", ValueType.TEXT),
                signature(r.group("ky")), r.list("noi_nhan", ValueType.TEXT), r.text("noi_dung"));
    }

    private static Campaign.Signature signature(Values ky) {
        return ky == null ? null : new Campaign.Signature(ky.text("quyen_han"), ky.text("chuc_vu"), ky.text("ho_ten"));
    }

    static Registration registration(String file, ModelKey key, Node.Mapping map) {
        Values v = new Values(map);
        Values period = v.group("thoi_gian");
        Values budget = v.group("kinh_phi");
        Values contact = v.group("lien_he");
        return new Registration(new Source(file, map), key, v.text("ten_mo_hinh"), v.id("hinh_thuc"),
                v.id("linh_vuc"), v.text("nguoi_chu_tri"), v.list("can_cu", ValueType.ID), v.text("thuc_trang"),
                v.text("muc_tieu"), v.text("noi_dung"), v.text("tinh_moi"), v.list("chi_tieu", ValueType.TEXT),
                period == null ? null : new Registration.Period(period.date("bat_dau"), period.date("ket_thuc")),
                v.date("ngay_dang_ky"), v.text("dia_ban_doi_tuong"), v.list("don_vi_phoi_hop", ValueType.ID),
                budget == null ? null : new Registration.Budget(budget.money("ngan_sach"), budget.money("xa_hoi_hoa")),
                v.groups("lo_trinh").stream().map(m -> new Registration.Milestone(m.date("ngay"), m.text("noi_dung"))).toList(),
                v.text("ket_qua_du_kien"), v.text("kha_nang_nhan_rong"),
                contact == null ? null : new Registration.Contact(contact.text("ho_ten"), contact.text("chuc_vu"), contact.text("dien_thoai")),
                v.text("ket_qua_thuc_hien"),
                v.groups("tai_lieu").stream().map(m -> new Registration.Attachment(m.text("ten"), m.url("lien_ket"))).toList());
    }

    static Review review(String file, ModelKey key, Node.Mapping map, String text) {
        Values v = new Values(map);
        List<Review.Step> quaTrinh = new java.util.ArrayList<>();
        if (map.get("qua_trinh") instanceof Node.Seq seq) {
            // A step's index is its place among all items, so that "qua_trinh[2]" names the second item as written.
            for (int i = 0; i < seq.items().size(); i++) {
                if (seq.items().get(i) instanceof Node.Mapping m) {
                    Values s = new Values(m);
                    quaTrinh.add(new Review.Step(i + 1, s.date("ngay"), s.id("trang_thai"), s.text("ghi_chu"), s.id("van_ban")));
                }
            }
        }
        Values e = v.group("danh_gia");
        Review.Evaluation danhGia = e == null ? null : new Review.Evaluation(e.date("ngay"), e.id("xep_loai"),
                e.text("nhan_xet"), e.bool("de_xuat_nhan_rong"), e.bool("de_xuat_khen_thuong"));
        return new Review(new Source(file, map), key, List.copyOf(quaTrinh), danhGia, text);
    }
}
