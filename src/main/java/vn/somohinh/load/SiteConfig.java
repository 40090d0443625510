package vn.somohinh.load;

import java.util.List;

/** data/site.yaml: the committee running the registry and its code lists, in the order written (null when not a list). */
public record SiteConfig(Source src, String toChuc, String toChucCapTren, String tenTrang, String duongDanGoc,
                         String khoMaNguon, String diaChiTrang, List<CodeEntry> loaiDonVi, List<CodeEntry> linhVuc,
                         List<CodeEntry> xepLoai) {
}
