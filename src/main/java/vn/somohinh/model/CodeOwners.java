package vn.somohinh.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Unit;
import vn.somohinh.text.Fold;

/**
 * The CODEOWNERS file derived from the roster: each unit's {@code quan_tri} own its registration folders; the
 * committee that compiles and reviews (the newest campaign's {@code co_quan_tong_hop}, found by name on the roster)
 * owns everything else: reviews, the top-level data files, templates, the build, the CI files and this file. Later
 * lines win (GitHub and GitLab alike), so the unit lines come last.
 */
public final class CodeOwners {
    private CodeOwners() {
    }

    /** The file's text, or empty when the committee cannot be found on the roster or has no account. */
    public static Optional<String> render(DataSet data) {
        List<String> committee = committee(data);
        if (committee.isEmpty()) {
            return Optional.empty();
        }
        String owners = String.join(" ", committee);
        StringBuilder out = new StringBuilder()
                .append("# CODEOWNERS: sinh tự động từ data/units.yaml (quan_tri). Đừng sửa tay: sửa data/units.yaml rồi chạy\n")
                .append("#   mvn -B -q compile exec:java -Dexec.args=\"codeowners\" > CODEOWNERS\n")
                .append("# Cơ quan tổng hợp duyệt mọi thay đổi; mỗi đơn vị duyệt thư mục đăng ký của mình (dòng sau thắng dòng trước).\n\n");
        for (String path : List.of("*", "/data/reviews/", "/data/*.yaml", "/data/campaigns/", "/templates/", "/content/",
                "/assets/", "/src/", "/pom.xml", "/.ci/", "/.github/", "/.gitlab-ci.yml", "/CODEOWNERS")) {
            out.append(pad(path)).append(owners).append('\n');
        }
        out.append("\n# Thư mục đăng ký của từng đơn vị\n");
        data.units().stream()
                .filter(u -> u.id() != null && !u.quanTri().isEmpty())
                .sorted(Comparator.comparing(Unit::id))
                .forEach(u -> out.append(pad("/data/registrations/*/" + u.id() + "/")).append(String.join(" ", u.quanTri())).append('\n'));
        return Optional.of(out.toString());
    }

    private static String pad(String path) {
        return path.length() >= 48 ? path + " " : path + " ".repeat(48 - path.length());
    }

    /** The accounts of the unit named like the newest campaign's compiling body. */
    static List<String> committee(DataSet data) {
        Optional<Campaign> newest = data.campaigns().stream().max(Comparator.comparingInt(Campaign::year));
        if (newest.isEmpty() || newest.get().coQuanTongHop() == null || data.units() == null) {
            return List.of();
        }
        String name = Fold.fold(newest.get().coQuanTongHop()).strip();
        return data.units().stream()
                .filter(u -> u.ten() != null && Fold.fold(u.ten()).strip().equals(name))
                .findFirst().map(Unit::quanTri).orElse(List.of());
    }
}
