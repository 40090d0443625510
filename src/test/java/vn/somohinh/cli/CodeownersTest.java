package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.somohinh.forge.Forge;
import vn.somohinh.forge.ForgeOwnersTest;
import vn.somohinh.forge.OwnersFile;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Problems;

/** CODEOWNERS comes from the roster, one file per forge in its syntax, and the committed ones are kept up to date. */
class CodeownersTest {
    private static final List<String> COMMITTEE = List.of("@hu-bao-lam/ban-to-chuc");
    @TempDir
    Path tmp;

    @Test
    void theCommittedFilesMatchTheDefaultRoster() {
        Run run = Run.of("codeowners", "--check", "--root", ".");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains(".github/CODEOWNERS", ".gitlab/CODEOWNERS", ".gitea/CODEOWNERS", ".forgejo/CODEOWNERS");
    }

    /**
     * The committed file of each forge, read as that forge reads it: each unit's folder belongs to its maintainers
     * (on Gitea and Forgejo, whose lines add up, to the committee too) and to no other unit's; the rest to the committee.
     */
    @ParameterizedTest
    @EnumSource(Forge.class)
    void eachForgeReadsEachUnitsFolderAsTheUnits(Forge forge) throws Exception {
        String file = Files.readString(Path.of(OwnersFile.place(forge)), StandardCharsets.UTF_8);
        DataSet data = DataLoader.load(Path.of("."), new Problems());
        assertThat(data.units()).hasSizeGreaterThan(40);
        for (Unit unit : data.units()) {
            Set<String> expected = new LinkedHashSet<>(unit.quanTri().isEmpty() ? COMMITTEE : unit.quanTri());
            if (forge.giteaFamily()) {
                expected.addAll(COMMITTEE);
            }
            Set<String> got = ForgeOwnersTest.owners(forge, file, "data/registrations/2024/" + unit.id() + "/mo-hinh.yaml");
            assertThat(got).as(forge.id() + " " + unit.id()).containsExactlyInAnyOrderElementsOf(expected);
            for (Unit other : data.units()) {
                if (!other.id().equals(unit.id()) && !other.quanTri().isEmpty() && !other.quanTri().equals(COMMITTEE)) {
                    assertThat(got).as(forge.id() + ": " + unit.id() + " and " + other.id())
                            .doesNotContainAnyElementsOf(other.quanTri());
                }
            }
        }
        for (String path : List.of("data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml", "data/units.yaml",
                "data/campaigns/2023.yaml", "templates/model.ftlh", ".github/workflows/kiem-tra.yml",
                ".forgejo/CODEOWNERS", ".gitlab-ci.yml", "pom.xml", "README.md")) {
            assertThat(ForgeOwnersTest.owners(forge, file, path)).as(forge.id() + " " + path)
                    .containsExactlyElementsOf(COMMITTEE);
        }
    }

    @Test
    void printsTheSitesForgeAndWritesEachForgesFileInItsPlace() throws Exception {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        withCommittee(root);
        Run print = Run.of("codeowners", "--root", root.toString());
        assertThat(print.exit()).isZero();
        assertThat(print.out()).contains("/data/registrations/*/xa-loc-an/").startsWith("# .github/CODEOWNERS cho GitHub");

        Run write = Run.of("codeowners", "--forge", "gitea,gitlab", "--root", root.toString());
        assertThat(write.exit()).as(write.err()).isZero();
        assertThat(Files.readString(root.resolve(".gitea/CODEOWNERS"))).contains("data/registrations/[^/]*/xa-loc-an/.*");
        assertThat(Files.readString(root.resolve(".gitlab/CODEOWNERS"))).contains("/data/registrations/*/xa-loc-an/");
        assertThat(root.resolve(".github/CODEOWNERS")).doesNotExist();
        assertThat(Run.of("codeowners", "--check", "--forge", "gitea", "--root", root.toString()).exit()).isZero();
        // Without --forge, the site's forge (GitHub unless site.yaml says) is checked too, and it is missing.
        Run all = Run.of("codeowners", "--check", "--root", root.toString());
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.out()).startsWith(".github/CODEOWNERS:1:1: error: thiếu tệp .github/CODEOWNERS")
                .contains("codeowners --forge github", "[codeowners-outdated]").doesNotContain(".gitea/");
        assertThat(Run.of("codeowners", "--forge", "gogs", "--root", root.toString()).exit()).isEqualTo(2);
    }

    @Test
    void checkFailsWhenTheRosterChangedOrARootFileWouldShadowTheForgesOwn() throws Exception {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        Path units = withCommittee(root);
        Path site = root.resolve("data/site.yaml");
        Files.writeString(site, Files.readString(site) + "kho_ma_nguon: https://git.example.vn/bl/so\nloai_kho: forgejo\n");
        assertThat(Run.of("codeowners", "--forge", "forgejo", "--root", root.toString()).exit()).isZero();
        assertThat(Run.of("codeowners", "--check", "--root", root.toString()).exit()).isZero();

        Files.writeString(units, Files.readString(units).replace("'@bao-lam/xa-loc-an'", "'@bao-lam/xa-loc-an', '@lan'"),
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("CODEOWNERS"), "* @ai-do\n");
        Run check = Run.of("codeowners", "--check", "--root", root.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out().lines()).containsExactly(
                ".forgejo/CODEOWNERS:1:1: error: .forgejo/CODEOWNERS không khớp với data/units.yaml: hãy chạy "
                        + "`mvn -B -q compile exec:java -Dexec.args=\"codeowners --forge forgejo\"` và commit [codeowners-outdated]",
                "CODEOWNERS:1:1: error: GitLab, Gitea và Forgejo đọc tệp này trước tệp CODEOWNERS của mình nên hiểu sai quyền "
                        + "sở hữu: hãy xóa tệp này (mỗi kho có tệp riêng trong .github/, .gitlab/, .gitea/, .forgejo/, sinh "
                        + "bằng lệnh codeowners --forge) [codeowners-shadowed]");
    }

    private static Path withCommittee(Path root) throws Exception {
        Path units = root.resolve("data/units.yaml");
        Files.writeString(units, Files.readString(units) + "- {id: ban-to-chuc, ten: Ban Tổ chức Huyện ủy, loai: phong-ban,"
                + " quan_tri: ['@btc/tham-dinh']}\n", StandardCharsets.UTF_8);
        return units;
    }

    @Test
    void withoutTheCommitteeOnTheRosterItSaysWhatIsMissing() {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        Run run = Run.of("codeowners", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("co_quan_tong_hop", "quan_tri");
    }
}
