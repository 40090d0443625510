package vn.somohinh.owners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.somohinh.forge.Forge;
import vn.somohinh.forge.OwnersFile;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Unit;
import vn.somohinh.text.Fold;

/**
 * The CODEOWNERS file derived from the roster, for one forge: each unit's {@code quan_tri} own its registration
 * folders; the committee that compiles and reviews (the newest campaign's {@code co_quan_tong_hop}, found by name on
 * the roster) owns everything else: reviews, the top-level data files, templates, the build, the CI files and the
 * CODEOWNERS files themselves. The unit lines come last: on GitHub and GitLab the last matching line wins; on Gitea
 * and Forgejo every matching line counts, so there the committee is asked too (forge/OwnersFile).
 */
public final class CodeOwners {
    /** What the committee owns besides everything ("*"), written out so that a reader sees it. */
    private static final List<String> COMMITTEE_PATHS = List.of("*", "/data/reviews/", "/data/*.yaml",
            "/data/campaigns/", "/templates/", "/content/", "/assets/", "/src/", "/pom.xml", "/.ci/", "/.github/",
            "/.gitlab/", "/.gitea/", "/.forgejo/", "/.gitlab-ci.yml");

    private CodeOwners() {
    }

    /** The file's text for {@code forge}, or empty when the committee cannot be found on the roster or has no account. */
    public static Optional<String> render(DataSet data, Forge forge) {
        List<String> committee = committee(data);
        if (committee.isEmpty()) {
            return Optional.empty();
        }
        List<OwnersFile.Rule> rules = new ArrayList<>();
        COMMITTEE_PATHS.forEach(path -> rules.add(new OwnersFile.Rule(path, committee)));
        data.units().stream()
                .filter(u -> u.id() != null && !u.quanTri().isEmpty())
                .sorted(Comparator.comparing(Unit::id))
                .forEach(u -> rules.add(new OwnersFile.Rule("/data/registrations/*/" + u.id() + "/", u.quanTri())));
        return Optional.of(OwnersFile.render(forge, comments(forge), rules));
    }

    private static List<String> comments(Forge forge) {
        List<String> lines = new ArrayList<>(List.of(
                OwnersFile.place(forge) + " cho " + forge.title() + ": sinh tự động từ data/units.yaml (quan_tri). Đừng sửa tay:",
                "sửa data/units.yaml rồi chạy",
                "  mvn -B -q compile exec:java -Dexec.args=\"codeowners --forge github,gitlab,gitea,forgejo\""));
        lines.add(switch (forge) {
            case GITHUB, GITLAB -> "Mẫu đường dẫn kiểu glob; dòng khớp sau cùng thắng, nên các dòng của đơn vị đứng cuối.";
            case GITEA, FORGEJO -> "Mỗi mẫu là biểu thức chính quy Go khớp cả đường dẫn; mọi dòng khớp đều được cộng dồn.";
        });
        if (forge == Forge.GITLAB) {
            lines.add("GitLab CE không bắt buộc người sở hữu duyệt (tính năng trả phí): bước owners --check của CI kiểm quyền.");
        }
        return lines;
    }

    /** The accounts of the unit named like the newest campaign's compiling body. */
    static List<String> committee(DataSet data) {
        String name = committeeName(data);
        if (name == null || data.units() == null) {
            return List.of();
        }
        String folded = Fold.fold(name).strip();
        return data.units().stream()
                .filter(u -> u.ten() != null && Fold.fold(u.ten()).strip().equals(folded))
                .findFirst().map(Unit::quanTri).orElse(List.of());
    }

    /** The newest campaign's compiling body (co_quan_tong_hop), as written, or null. */
    static String committeeName(DataSet data) {
        return data.campaigns().stream().max(Comparator.comparingInt(Campaign::year))
                .map(Campaign::coQuanTongHop).orElse(null);
    }
}
