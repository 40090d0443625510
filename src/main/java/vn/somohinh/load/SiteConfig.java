package vn.somohinh.load;

import java.util.List;

/**
 * data/site.yaml: the committee running the registry and its code lists, in the order written (null when not a list).
 * {@code loaiKho} is the forge's id as written (forge.Forge), {@code nhanhChinh} the branch as written (both null when
 * absent); {@code nhom} the teams, empty when absent.
 */
public record SiteConfig(Source src, String toChuc, String toChucCapTren, String tenTrang, String duongDanGoc,
                         String khoMaNguon, String diaChiTrang, String loaiKho, String nhanhChinh, List<Team> nhom,
                         List<CodeEntry> loaiDonVi, List<CodeEntry> linhVuc, List<CodeEntry> xepLoai) {
    /** The branch links open when site.yaml names none. */
    public static final String DEFAULT_BRANCH = "main";

    /** The forge: loai_kho's, else the one kho_ma_nguon shows (github.com, gitlab.com), else none. */
    public java.util.Optional<vn.somohinh.forge.Forge> forge() {
        return loaiKho != null ? vn.somohinh.forge.Forge.byId(loaiKho) : vn.somohinh.forge.Forge.guess(khoMaNguon);
    }

    /** The branch the forge's links open. */
    public String branch() {
        return nhanhChinh == null ? DEFAULT_BRANCH : nhanhChinh;
    }

    /**
     * A team of site.yaml's {@code nhom}: an account {@code @org/team} as units' {@code quan_tri} name it, with its
     * members' accounts ({@code @name}).
     *
     * @param path the entry's key path in site.yaml, e.g. {@code nhom[2]}
     */
    public record Team(String id, List<String> thanhVien, String path) {
    }
}
