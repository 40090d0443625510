package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.problem.Problems;

/** "Today" comes from SOURCE_DATE_EPOCH, else the last commit, else the data; never from the clock. */
class ReferenceDateTest {
    @TempDir
    Path tmp;

    private DataSet load(Path root) {
        return DataLoader.load(root, new Problems());
    }

    @Test
    void sourceDateEpochWinsAndIsReadInVietnamTime() {
        Path root = FixtureSite.compose("valid", tmp.resolve("s"));
        // 2023-03-31T20:00Z is already 1 April in Vietnam.
        assertThat(ReferenceDate.resolve(root, Map.of("SOURCE_DATE_EPOCH", "1680292800"), load(root)))
                .isEqualTo(LocalDate.of(2023, 4, 1));
    }

    @Test
    void withoutEpochTheLastCommitDecides() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("s"));
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Ban Tổ chức", "btc@example.vn",
                    java.time.Instant.parse("2023-05-02T03:00:00Z"), java.time.ZoneOffset.UTC);
            git.commit().setMessage("Dữ liệu").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        assertThat(ReferenceDate.resolve(root, Map.of(), load(root))).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void outsideGitTheNewestDateInTheDataDecides() {
        Path root = FixtureSite.compose("valid", tmp.resolve("s"));
        // The temp folder is not inside any repository, so the newest review date (24/03/2023) is "today".
        assertThat(ReferenceDate.lastCommitTime(root)).isNull();
        assertThat(ReferenceDate.resolve(root, Map.of(), load(root))).isEqualTo(LocalDate.of(2023, 3, 24));
    }
}
