package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;

/**
 * HEAD's commit read from the repository's files is JGit's, or nothing; a commit's time and history found again in
 * the cache are the ones JGit read; a read-only store adds nothing; a shallow clone is never served from the cache.
 */
class GitCacheTest {
    @TempDir
    Path tmp;

    private static RevCommit commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Văn thư Lộc Bắc", "vt@example.vn", Instant.parse(when), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private Path repository(Git[] opened) throws Exception {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root.resolve("data/units"));
        Files.writeString(root.resolve("data/units/a.yaml"), "ma: a\n", StandardCharsets.UTF_8);
        Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
        commit(git, "Đăng ký \"đầu tiên\" <b>", "2023-03-15T02:00:00.123Z");
        Files.writeString(root.resolve("data/units/b.yaml"), "ma: b\n", StandardCharsets.UTF_8);
        commit(git, "Thêm đơn vị b", "2023-12-20T09:00:00Z");
        opened[0] = git;
        return root;
    }

    /** Leaves the repository without a single object: only the cache can answer after this. */
    private static void emptyObjects(Path root) throws Exception {
        Path objects = root.resolve(".git/objects");
        try (Stream<Path> all = Files.walk(objects)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(objects)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void theHeadReadFromTheFilesIsJGitsOrNothing() throws Exception {
        Git[] git = new Git[1];
        Path root = repository(git);
        try (Git g = git[0]) {
            String head = g.getRepository().resolve("HEAD").name();
            assertThat(GitHead.commit(root)).contains(head); // a loose ref
            assertThat(GitHead.commit(root.resolve("data/units"))).contains(head); // from below the top
            g.gc().call(); // refs packed into packed-refs
            assertThat(root.resolve(".git/refs/heads/main")).doesNotExist();
            assertThat(GitHead.commit(root)).contains(head);
            String first = g.log().call().iterator().next().getParent(0).name();
            g.checkout().setName(first).call(); // a detached HEAD
            assertThat(GitHead.commit(root)).contains(first);
        }
        Path unborn = tmp.resolve("unborn");
        Git.init().setDirectory(unborn.toFile()).call().close();
        assertThat(GitHead.commit(unborn)).isEmpty();
        Path pointer = tmp.resolve("worktree");
        Files.createDirectories(pointer);
        Files.writeString(pointer.resolve(".git"), "gitdir: " + root.resolve(".git") + "\n");
        assertThat(GitHead.commit(pointer)).isEmpty();
        assertThat(GitHead.commit(tmp.resolve("nowhere"))).isEmpty();
    }

    @Test
    void aCommitsTimeIsFoundAgainInTheStoreAndANewCommitIsNot() throws Exception {
        Git[] git = new Git[1];
        Path root = repository(git);
        Store store = Store.open(tmp.resolve("cache-root"));
        Long time = ReferenceDate.lastCommitTime(root, store);
        assertThat(time).isEqualTo(Instant.parse("2023-12-20T09:00:00Z").getEpochSecond())
                .isEqualTo(ReferenceDate.lastCommitTime(root));
        try (Git g = git[0]) {
            Files.writeString(root.resolve("data/units/c.yaml"), "ma: c\n", StandardCharsets.UTF_8);
            commit(g, "Thêm đơn vị c", "2024-01-05T01:00:00Z");
        }
        Store readOnly = Store.open(tmp.resolve("other-root")).readOnly();
        assertThat(ReferenceDate.lastCommitTime(root, readOnly))
                .isEqualTo(Instant.parse("2024-01-05T01:00:00Z").getEpochSecond());
        assertThat(tmp.resolve("other-root")).doesNotExist(); // a read-only store writes nothing
        assertThat(ReferenceDate.lastCommitTime(root, store)).isEqualTo(1704416400L);
        emptyObjects(root);
        assertThat(ReferenceDate.lastCommitTime(root)).as("JGit has nothing left to read").isNull();
        assertThat(ReferenceDate.lastCommitTime(root, store.readOnly())).isEqualTo(1704416400L);
        assertThat(ReferenceDate.resolve(root, Map.of(), null, store)).isEqualTo(java.time.LocalDate.of(2024, 1, 5));
    }

    @Test
    void aHistoryComesBackEqualFromTheStoreButNeverForAShallowClone() throws Exception {
        Git[] git = new Git[1];
        Path root = repository(git);
        git[0].close();
        Store store = Store.open(tmp.resolve("cache-root"));
        History read = GitHistory.read(root, HistoryMemory.none(), store);
        assertThat(read.available()).isTrue();
        assertThat(read.of("data/units/a.yaml")).hasSize(1);
        assertThat(read.of("data/units/a.yaml").get(0).when()).isEqualTo(Instant.parse("2023-03-15T02:00:00Z"));
        assertThat(read.lastCommit().message()).isEqualTo("Thêm đơn vị b");
        assertThat(GitHistory.read(root)).isEqualTo(read);
        String head = GitHead.commit(root).orElseThrow();
        emptyObjects(root);
        History again = GitHistory.read(root, HistoryMemory.none(), store);
        assertThat(again).isEqualTo(read).isNotSameAs(read);
        Files.writeString(root.resolve(".git/shallow"), head + "\n");
        History shallow = GitHistory.read(root, HistoryMemory.none(), store);
        assertThat(shallow.available()).isFalse();
    }

    @Test
    void theCodecKeepsEveryPartOfAChangeAndRefusesWhatIsNotAHistory() throws Exception {
        History.Change first = new History.Change(Instant.parse("2023-03-15T02:00:00.000000123Z"), "Bùi \"Thị\" <A>",
                "Sửa\tlỗi\u0000 ✓", "abc1234", 'A');
        History.Change last = new History.Change(Instant.parse("2024-01-05T01:00:00Z"), "B", "M", "def5678", 'D');
        History history = new History(true, null, Map.of("data/x.yaml", List.of(first, last),
                "data/y.yaml", List.of(last)), last);
        byte[] bytes = HistoryCodec.encode(history);
        assertThat(HistoryCodec.decode(bytes)).contains(history);
        assertThat(HistoryCodec.encode(HistoryCodec.decode(bytes).orElseThrow())).isEqualTo(bytes);
        assertThat(HistoryCodec.decode("{\"byFile\":{\"a\":[{\"kind\":\"AB\"}]}}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(HistoryCodec.decode(new byte[] {1, 2, 3})).isEmpty();
    }
}
