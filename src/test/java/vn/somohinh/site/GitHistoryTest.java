package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;
import vn.somohinh.load.GitHistory;
import vn.somohinh.load.History;
import vn.somohinh.load.HistoryMemory;

/** A model's page shows its history read from a real Git repository; without one (or shallow) it says so. */
class GitHistoryTest {
    private static final String REG = "data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml";
    private static final String REVIEW = "data/reviews/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml";
    private static final String PAGE = "mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html";
    @TempDir
    Path work;

    private static void commit(Git git, String message, String who, String when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent id = new PersonIdent(who, who.replace(' ', '.') + "@example.vn", Instant.parse(when), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
    }

    /** The "site" fixture as a repository: registered, reviewed, then amended by the unit. */
    private Path repository() throws Exception {
        Path root = SiteBuild.compose("site", work.resolve("repo"));
        String review = Files.readString(root.resolve(REVIEW));
        Files.delete(root.resolve(REVIEW));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(git, "Lộc Bắc đăng ký mô hình dâu tằm", "Văn thư Lộc Bắc", "2023-03-15T02:00:00Z");
            Files.writeString(root.resolve(REVIEW), review, StandardCharsets.UTF_8);
            commit(git, "Ban Tổ chức ghi quá trình xem xét", "Ban Tổ chức", "2023-12-20T09:00:00Z");
            Path reg = root.resolve(REG);
            Files.writeString(reg, Files.readString(reg).replace("42 hộ", "45 hộ"), StandardCharsets.UTF_8);
            commit(git, "Cập nhật kết quả thực hiện", "Văn thư Lộc Bắc", "2023-12-28T18:30:00Z");
        }
        return root;
    }

    private Document page(Path root, String out) throws IOException {
        Path site = SiteBuild.build(root, work.resolve(out), Map.of());
        return Jsoup.parse(site.resolve(PAGE).toFile(), "UTF-8");
    }

    @Test
    void modelPageShowsEveryCommitOfItsFilesAndTheRealSubmissionDate() throws Exception {
        Document page = page(repository(), "out");
        assertThat(page.select("#lich-su + ol li").eachText()).containsExactly(
                "15/03/2023: Tạo hồ sơ đăng ký Văn thư Lộc Bắc · Lộc Bắc đăng ký mô hình dâu tằm · " + shortId(page, 0),
                "20/12/2023: Tạo quyết định xem xét Ban Tổ chức · Ban Tổ chức ghi quá trình xem xét · " + shortId(page, 1),
                // 18:30 UTC on the 28th is already the 29th in Vietnam.
                "29/12/2023: Sửa hồ sơ đăng ký Văn thư Lộc Bắc · Cập nhật kết quả thực hiện · " + shortId(page, 2));
        assertThat(page.text()).contains("nộp lên kho ngày 15/03/2023", "Cập nhật lần cuối ngày 29/12/2023");
    }

    private static String shortId(Document page, int i) {
        return page.select("#lich-su + ol li code").get(i).text();
    }

    @Test
    void withoutARepositoryTheBuildWorksAndSaysSo() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("plain"));
        Document page = page(root, "out");
        assertThat(page.select("#lich-su + p").text())
                .isEqualTo("Không có lịch sử thay đổi: thư mục gốc không nằm trong kho Git.");
        assertThat(page.text()).doesNotContain("Cập nhật lần cuối");
    }

    @Test
    void aShallowCloneSaysHistoryIsUnavailable() throws Exception {
        Path origin = repository();
        Path clone = work.resolve("shallow");
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call()) {
            assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
        }
        Document page = page(clone, "out-shallow");
        assertThat(page.select("#lich-su + p").text()).contains("shallow clone");
    }

    @Test
    void serveKeepsTheHistoryWhileHeadStaysAndReadsItAgainAfterACommit() throws Exception {
        Path root = repository();
        HistoryMemory kept = HistoryMemory.kept();
        History first = GitHistory.read(root, kept);
        assertThat(first.of(REG)).hasSize(2);
        // Files changed but not committed are not history: the same commit, the same history, not walked again.
        Path reg = root.resolve(REG);
        Files.writeString(reg, Files.readString(reg).replace("45 hộ", "46 hộ"), StandardCharsets.UTF_8);
        assertThat(GitHistory.read(root, kept)).isSameAs(first);
        try (Git git = Git.open(root.toFile())) {
            commit(git, "Sửa số hộ", "Văn thư Lộc Bắc", "2024-01-05T02:00:00Z");
        }
        History after = GitHistory.read(root, kept);
        assertThat(after).isNotSameAs(first);
        assertThat(after.of(REG)).extracting(History.Change::message).containsExactly(
                "Lộc Bắc đăng ký mô hình dâu tằm", "Cập nhật kết quả thực hiện", "Sửa số hộ");
        assertThat(after).isEqualTo(GitHistory.read(root));
        // build keeps nothing.
        HistoryMemory none = HistoryMemory.none();
        assertThat(GitHistory.read(root, none)).isNotSameAs(GitHistory.read(root, none)).isEqualTo(after);
    }
}
