package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CODEOWNERS comes from the roster, and the committed one is kept up to date by --check. */
class CodeownersTest {
    @TempDir
    Path tmp;

    @Test
    void theCommittedFileMatchesTheDefaultRoster() {
        Run run = Run.of("codeowners", "--check", "--root", ".");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }

    @Test
    void unitsOwnTheirFoldersAndTheCommitteeEverythingElse() {
        Run run = Run.of("codeowners", "--root", ".");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\\s+")))
                .anySatisfy(l -> assertThat(l).containsExactly("/data/registrations/*/xa-loc-an/", "@hu-bao-lam/xa-loc-an"))
                .anySatisfy(l -> assertThat(l).containsExactly("/data/reviews/", "@hu-bao-lam/ban-to-chuc"))
                .anySatisfy(l -> assertThat(l).containsExactly("/CODEOWNERS", "@hu-bao-lam/ban-to-chuc"))
                .anySatisfy(l -> assertThat(l).containsExactly("/.github/", "@hu-bao-lam/ban-to-chuc"));
        // Later lines win: every unit line comes after the committee's.
        String out = run.out();
        assertThat(out.indexOf("/data/registrations/")).isGreaterThan(out.indexOf("/CODEOWNERS"));
    }

    @Test
    void checkFailsWhenTheRosterChanged() throws Exception {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        Path units = root.resolve("data/units.yaml");
        Files.writeString(units, Files.readString(units) + "- {id: ban-to-chuc, ten: Ban Tổ chức Huyện ủy, loai: phong-ban,"
                + " quan_tri: ['@btc/tham-dinh']}\n", StandardCharsets.UTF_8);
        Run print = Run.of("codeowners", "--root", root.toString());
        assertThat(print.exit()).isZero();
        Files.writeString(root.resolve("CODEOWNERS"), print.out(), StandardCharsets.UTF_8);
        assertThat(Run.of("codeowners", "--check", "--root", root.toString()).exit()).isZero();

        Files.writeString(units, Files.readString(units).replace("'@bao-lam/xa-loc-an'", "'@bao-lam/xa-loc-an', '@lan'"),
                StandardCharsets.UTF_8);
        Run check = Run.of("codeowners", "--check", "--root", root.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).startsWith("CODEOWNERS:1:1: error: CODEOWNERS không khớp với data/units.yaml")
                .contains("[codeowners-outdated]");
    }

    @Test
    void withoutTheCommitteeOnTheRosterItSaysWhatIsMissing() {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        Run run = Run.of("codeowners", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("co_quan_tong_hop", "quan_tri");
    }
}
