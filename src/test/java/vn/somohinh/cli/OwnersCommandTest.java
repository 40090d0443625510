package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code owners --check --base REF --actor NAME} in a real repository made with JGit: a committee reached through a
 * team, unit A kept by an account and a team, unit B by an account, unit C by a team that site.yaml's nhom lacks.
 * Each case changes the working tree, or commits on a branch, and checks against main.
 */
class OwnersCommandTest {
    private static final String A_FILE = "data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml";
    private static final String B_FILE = "data/registrations/2023/xa-loc-bac/trong-dau.yaml";
    private static final String C_FILE = "data/registrations/2023/xa-loc-nam/nuoi-ong.yaml";
    private static final String UNITS = """
            - id: ban-to-chuc
              ten: Ban Tổ chức Huyện ủy
              loai: phong-ban
              quan_tri: ['@hu-bao-lam/ban-to-chuc']
            - id: xa-loc-an
              ten: Đảng bộ xã Lộc An
              loai: to-chuc-co-so-dang
              quan_tri: ['@Chu-Tich-Loc-An', '@hu-bao-lam/xa-loc-an']
            - id: xa-loc-bac
              ten: Đảng bộ xã Lộc Bắc
              loai: to-chuc-co-so-dang
              quan_tri: ['@xa-loc-bac-van-thu']
            - id: xa-loc-nam
              ten: Đảng bộ xã Lộc Nam
              loai: to-chuc-co-so-dang
              quan_tri: ['@hu-bao-lam/xa-loc-nam']
            """;
    private static final String TEAMS = """
            nhom:
              - id: '@hu-bao-lam/ban-to-chuc'
                thanh_vien: ['@btc-chuyen-vien-1']
              - id: '@Hu-Bao-Lam/Xa-Loc-An'
                thanh_vien: ['@xa-loc-an-van-thu']
            """;

    @TempDir
    Path tmp;

    /** The repository at tmp/repo (or the site in {@code folder} of it), main committed, the working tree clean. */
    private Path repository(String folder) throws Exception {
        Path repo = tmp.resolve("repo");
        Path root = folder.isEmpty() ? repo : repo.resolve(folder);
        Files.createDirectories(root);
        PathUtils.copyDirectory(FixtureSite.FIXTURES.resolve("_base"), root);
        Files.writeString(root.resolve("data/units.yaml"), UNITS, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("data/site.yaml"), Files.readString(root.resolve("data/site.yaml")) + TEAMS,
                StandardCharsets.UTF_8);
        write(root, B_FILE, Files.readString(root.resolve(A_FILE)));
        write(root, C_FILE, Files.readString(root.resolve(A_FILE)));
        write(root, "templates/trang.ftlh", "<h1>${tieu_de}</h1>\n");
        write(repo, ".github/workflows/kiem-tra.yml", "on: pull_request\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(repo, "Danh sách đơn vị và nhóm");
        }
        return root;
    }

    private Path repository() throws Exception {
        return repository("");
    }

    private static void write(Path root, String path, String text) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static void change(Path root, String path) throws Exception {
        Files.writeString(root.resolve(path), Files.readString(root.resolve(path)) + "# sửa\n", StandardCharsets.UTF_8);
    }

    /** Commits every change of the working tree, deletions too, on the current branch. */
    private static void commit(Path repo, String message) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent id = new PersonIdent("Thử", "thu@example.vn", Instant.parse("2023-03-20T02:00:00Z"), ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
        }
    }

    private static void branch(Path repo, String name) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setCreateBranch(true).setName(name).call();
        }
    }

    private static Run check(Path root, String actor, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("owners", "--check", "--base", "main", "--actor", actor,
                "--root", root.toString()));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    /** The files a text run refused, in its order. */
    private static List<String> refused(Run run) {
        return run.out().lines().filter(l -> l.endsWith("[not-owner]"))
                .map(l -> l.substring(0, l.indexOf(":1:1: error: "))).toList();
    }

    @Test
    void aStrangersChangeToAUnitsRegistrationIsRefusedNamingTheFileAndWhoMayChangeIt() throws Exception {
        Path root = repository();
        change(root, A_FILE);
        Run run = check(root, "nguoi-la");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(A_FILE + ":1:1: error: tài khoản @nguoi-la không được thay đổi tệp này (thư mục"
                + " đăng ký của đơn vị xa-loc-an): chỉ quan_tri của đơn vị xa-loc-an (@Chu-Tich-Loc-An, @hu-bao-lam/xa-loc-an)"
                + " và cơ quan tổng hợp Ban Tổ chức Huyện ủy (@hu-bao-lam/ban-to-chuc) được thay đổi, theo data/units.yaml"
                + " và data/site.yaml ở main, không theo bản đang sửa; hãy bỏ thay đổi ở tệp này, hoặc nhờ một người trong"
                + " số đó thực hiện [not-owner]\n"
                + "Đã kiểm tra 1 tệp thay đổi so với main: tài khoản @nguoi-la không được thay đổi 1 tệp trong đó.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void oneUnitsMaintainerMayNotChangeAnotherUnitsFile() throws Exception {
        Path root = repository();
        branch(root, "loc-bac");
        change(root, A_FILE);
        change(root, B_FILE);
        commit(root, "Lộc Bắc sửa cả hồ sơ của Lộc An");
        Run run = check(root, "xa-loc-bac-van-thu");
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(refused(run)).containsExactly(A_FILE);
        assertThat(run.out()).contains("tài khoản @xa-loc-bac-van-thu không được thay đổi tệp này (thư mục đăng ký của đơn vị xa-loc-an)")
                .endsWith("Đã kiểm tra 2 tệp thay đổi so với main: tài khoản @xa-loc-bac-van-thu không được thay đổi 1 tệp trong đó.\n");
    }

    @Test
    void aUnitsMaintainerMayChangeItsFilesDirectlyOrThroughATeamWhateverTheCaseAndTheAt() throws Exception {
        Path root = repository();
        change(root, A_FILE);
        write(root, "data/registrations/2023/xa-loc-an/ho-tieu.yaml", "ten_mo_hinh: Hồ tiêu\n");
        for (String actor : List.of("chu-tich-loc-an", "@CHU-TICH-LOC-AN", "XA-LOC-AN-VAN-THU", "@xa-loc-an-van-thu")) {
            Run run = check(root, actor);
            assertThat(run.exit()).as(actor + "\n" + run.out()).isZero();
            assertThat(run.out()).isEqualTo("Đã kiểm tra 2 tệp thay đổi so với main: tài khoản "
                    + "@" + actor.replace("@", "") + " được thay đổi cả 2 tệp.\n");
        }
        // A member of another team, and the unit's account as a team name, are nobody here.
        assertThat(check(root, "btc-chuyen-vien-2").exit()).isEqualTo(1);
        assertThat(check(root, "hu-bao-lam-xa-loc-an").exit()).isEqualTo(1);
    }

    @Test
    void theCommitteeMayChangeAnything() throws Exception {
        Path root = repository();
        branch(root, "tong-hop");
        change(root, "data/units.yaml");
        change(root, "data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml");
        change(root, "templates/trang.ftlh");
        change(root, ".github/workflows/kiem-tra.yml");
        change(root, A_FILE);
        Files.delete(root.resolve(B_FILE));
        commit(root, "Cơ quan tổng hợp sửa nhiều nơi");
        change(root, C_FILE);
        Run run = check(root, "@BTC-Chuyen-Vien-1");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("Đã kiểm tra 7 tệp thay đổi so với main: tài khoản @BTC-Chuyen-Vien-1 được thay đổi cả 7 tệp.\n");
        // The same change by unit A's maintainer: everything but A's file is refused.
        Run unit = check(root, "chu-tich-loc-an");
        assertThat(refused(unit)).containsExactly(".github/workflows/kiem-tra.yml", B_FILE, C_FILE,
                "data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml", "data/units.yaml", "templates/trang.ftlh");
        assertThat(unit.out()).contains("data/units.yaml:1:1: error: tài khoản @chu-tich-loc-an không được thay đổi tệp"
                + " này (ngoài thư mục đăng ký của các đơn vị): chỉ cơ quan tổng hợp Ban Tổ chức Huyện ủy"
                + " (@hu-bao-lam/ban-to-chuc) được thay đổi");
    }

    @Test
    void addingOneselfToAUnitsQuanTriGrantsNothingInTheSameChange() throws Exception {
        Path root = repository();
        branch(root, "tu-them");
        Path units = root.resolve("data/units.yaml");
        Files.writeString(units, Files.readString(units).replace("['@Chu-Tich-Loc-An', ", "['@Chu-Tich-Loc-An', '@xa-loc-bac-van-thu', "),
                StandardCharsets.UTF_8);
        Path site = root.resolve("data/site.yaml");
        Files.writeString(site, Files.readString(site).replace("['@btc-chuyen-vien-1']", "['@btc-chuyen-vien-1', '@xa-loc-bac-van-thu']"),
                StandardCharsets.UTF_8);
        change(root, A_FILE);
        commit(root, "Tự thêm mình vào quan_tri của Lộc An và vào nhóm của Ban Tổ chức");
        Run run = check(root, "xa-loc-bac-van-thu");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(refused(run)).containsExactly(A_FILE, "data/site.yaml", "data/units.yaml");
        // Once the committee has merged the new roster, the same account may change A's file.
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("tu-them")).call();
        }
        change(root, A_FILE);
        assertThat(check(root, "xa-loc-bac-van-thu").exit()).isZero();
    }

    @Test
    void aBranchBehindItsTargetAnswersOnlyForWhatItChanged() throws Exception {
        Path root = repository();
        branch(root, "loc-an");
        change(root, A_FILE);
        commit(root, "Lộc An sửa hồ sơ");
        // Meanwhile main moves on: Lộc Bắc's file and a template change, merged by the committee.
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setName("main").call();
        }
        change(root, B_FILE);
        change(root, "templates/trang.ftlh");
        commit(root, "Lộc Bắc và Ban Tổ chức");
        try (Git git = Git.open(root.toFile())) {
            git.checkout().setName("loc-an").call();
        }
        // Against main's tip the branch also "undoes" B's and the template's change; it did not make those.
        Run run = check(root, "Chu-Tich-Loc-An");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("Đã kiểm tra 1 tệp");
    }

    @Test
    void aRenameIsCheckedAtTheFolderItLeavesAndTheFolderItReaches() throws Exception {
        Path root = repository();
        // With Git's rename detection on, as many configurations have it, the move is one entry holding both paths.
        try (Git git = Git.open(root.toFile())) {
            git.getRepository().getConfig().setBoolean("diff", null, "renames", true);
            git.getRepository().getConfig().save();
        }
        branch(root, "doi-cho");
        Files.move(root.resolve(A_FILE), root.resolve("data/registrations/2023/xa-loc-bac/ca-phe-ben-vung.yaml"));
        commit(root, "Chuyển hồ sơ sang Lộc Bắc");
        assertThat(refused(check(root, "chu-tich-loc-an"))).containsExactly("data/registrations/2023/xa-loc-bac/ca-phe-ben-vung.yaml");
        assertThat(refused(check(root, "xa-loc-bac-van-thu"))).containsExactly(A_FILE);
        assertThat(check(root, "btc-chuyen-vien-1").exit()).isZero();
        // Out of a unit's folder altogether, uncommitted: only the committee may place a file there.
        Files.move(root.resolve("data/registrations/2023/xa-loc-bac/ca-phe-ben-vung.yaml"),
                root.resolve("data/registrations/2023/ca-phe-ben-vung.yaml"));
        Run run = check(root, "chu-tich-loc-an");
        assertThat(refused(run)).containsExactly("data/registrations/2023/ca-phe-ben-vung.yaml");
        assertThat(run.out()).contains("(ngoài thư mục đăng ký của các đơn vị)", "Đã kiểm tra 2 tệp");
    }

    @Test
    void aDeletionCountsAndAFolderNoUnitHasIsTheCommittees() throws Exception {
        Path root = repository();
        Files.delete(root.resolve(A_FILE));
        write(root, "data/registrations/2023/xa-loc-moi/mo-hinh.yaml", "ten_mo_hinh: Mới\n");
        Run run = check(root, "nguoi-la");
        assertThat(refused(run)).containsExactly(A_FILE, "data/registrations/2023/xa-loc-moi/mo-hinh.yaml");
        assertThat(run.out()).contains("(thư mục xa-loc-moi không phải mã đơn vị nào trong data/units.yaml): chỉ cơ quan"
                + " tổng hợp Ban Tổ chức Huyện ủy (@hu-bao-lam/ban-to-chuc) được thay đổi");
        assertThat(refused(check(root, "chu-tich-loc-an"))).containsExactly("data/registrations/2023/xa-loc-moi/mo-hinh.yaml");
    }

    @Test
    void aTeamThatNhomDoesNotListHasNoKnownMemberAndTheMessageSaysWhereToAddIt() throws Exception {
        Path root = repository();
        change(root, C_FILE);
        Run run = check(root, "xa-loc-nam-van-thu");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(refused(run)).containsExactly(C_FILE);
        assertThat(run.out()).contains("chỉ quan_tri của đơn vị xa-loc-nam (@hu-bao-lam/xa-loc-nam) và cơ quan tổng hợp",
                "hoặc nhờ một người trong số đó thực hiện; chưa biết ai thuộc nhóm @hu-bao-lam/xa-loc-nam vì danh sách nhom"
                + " của data/site.yaml ở main chưa ghi nhóm này: nếu @xa-loc-nam-van-thu thuộc nhóm đó, hãy nhờ cơ quan"
                + " tổng hợp thêm nhóm và các thành viên vào nhom ở main trước [not-owner]");
        assertThat(check(root, "btc-chuyen-vien-1").exit()).isZero();
    }

    @Test
    void aRosterThatCannotBeReadAtTheBaseGrantsNothingAndSaysSo() throws Exception {
        Path root = repository();
        Files.writeString(root.resolve("data/units.yaml"), UNITS.replace("- id: xa-loc-an", "- id: [xa-loc-an"),
                StandardCharsets.UTF_8);
        commit(root, "Danh sách đơn vị viết hỏng");
        change(root, A_FILE);
        Run run = check(root, "chu-tich-loc-an");
        assertThat(refused(run)).containsExactly(A_FILE);
        assertThat(run.out()).contains("(thư mục xa-loc-an không phải mã đơn vị nào trong data/units.yaml)");
        assertThat(run.err()).startsWith("Lưu ý: data/units.yaml, data/site.yaml hoặc data/campaigns/ ở main có 1 lỗi");
    }

    @Test
    void aSiteInASubFolderOwnsTheFilesAroundItToo() throws Exception {
        Path root = repository("so-mo-hinh");
        change(root, A_FILE);
        change(tmp.resolve("repo"), ".github/workflows/kiem-tra.yml");
        Run run = check(root, "chu-tich-loc-an");
        assertThat(refused(run)).containsExactly("../.github/workflows/kiem-tra.yml");
        assertThat(check(root, "btc-chuyen-vien-1").exit()).isZero();
    }

    @Test
    void nothingChangedIsNothingRefused() throws Exception {
        Path root = repository();
        Run run = check(root, "nguoi-la");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("Không có tệp nào thay đổi so với main: không có gì để kiểm tra.\n");
    }

    @Test
    void jsonAndGithubFormsCarryTheSameRefusals() throws Exception {
        Path root = repository();
        change(root, A_FILE);
        Run json = check(root, "nguoi-la", "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("file").asText()).isEqualTo(A_FILE);
        assertThat(array.get(0).get("code").asText()).isEqualTo("not-owner");
        assertThat(array.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(json.err()).isEqualTo("Đã kiểm tra 1 tệp thay đổi so với main: tài khoản @nguoi-la không được thay đổi 1 tệp trong đó.\n");
        Run github = check(root, "nguoi-la", "--format", "github");
        assertThat(github.out()).startsWith("::error file=" + A_FILE + ",line=1,col=1,title=not-owner::tài khoản @nguoi-la không được");
    }

    @Test
    void withoutCheckItListsWhoMayChangeEachFile() throws Exception {
        Path root = repository();
        change(root, A_FILE);
        change(root, "data/units.yaml");
        Run run = Run.of("owners", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(
                A_FILE + ": quan_tri của đơn vị xa-loc-an (@Chu-Tich-Loc-An, @hu-bao-lam/xa-loc-an) và cơ quan tổng hợp Ban Tổ chức"
                        + " Huyện ủy (@hu-bao-lam/ban-to-chuc)\n"
                        + "data/units.yaml: cơ quan tổng hợp Ban Tổ chức Huyện ủy (@hu-bao-lam/ban-to-chuc)\n"
                        + "2 tệp thay đổi so với main.\n");
    }

    @Test
    void wrongUsageExitsTwoInVietnamese() throws Exception {
        Path root = repository();
        String where = root.toString();
        List<String[]> wrong = List.of(
                new String[] {"owners", "--check", "--base", "main", "--root", where},
                new String[] {"owners", "--check", "--actor", "nguoi-la", "--root", where},
                new String[] {"owners", "--base", "main", "--actor", "nguoi-la", "--root", where},
                new String[] {"owners", "--check", "--base", "main", "--actor", "@hu-bao-lam/ban-to-chuc", "--root", where},
                new String[] {"owners", "--check", "--base", "main", "--actor", " @ ", "--root", where},
                new String[] {"owners", "--check", "--base", "khong-co", "--actor", "nguoi-la", "--root", where});
        List<String> first = wrong.stream().map(args -> {
            Run run = Run.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(WrongUsageTest.englishIn(run.err(), args)).as(run.err()).isEmpty();
            return run.err().lines().findFirst().orElseThrow();
        }).toList();
        assertThat(first.get(0)).startsWith("lỗi cách dùng: lệnh owners --check cần tùy chọn --actor NAME").contains("GITHUB_ACTOR",
                "GITLAB_USER_LOGIN", "github.actor");
        assertThat(first.get(1)).startsWith("lỗi cách dùng: lệnh owners cần tùy chọn --base REF");
        assertThat(first.get(2)).startsWith("lỗi cách dùng: tùy chọn --actor chỉ dùng cùng --check");
        assertThat(first.get(3)).startsWith("lỗi cách dùng: giá trị '@hu-bao-lam/ban-to-chuc' của --actor không dùng được");
        assertThat(first.get(4)).startsWith("lỗi cách dùng: giá trị ' @ ' của --actor không dùng được");
        assertThat(first.get(5)).startsWith("lỗi cách dùng: giá trị 'khong-co' của --base không dùng được: không có nhánh");
        Path outside = Files.createDirectories(tmp.resolve("khong-phai-kho"));
        Run run = Run.of("owners", "--check", "--base", "main", "--actor", "a", "--root", outside.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("lỗi cách dùng: thư mục gốc " + outside + " không nằm trong kho Git");
    }

    /** The example of docs/CLI.md is this test's output: a stranger's change to unit A's file. */
    @Test
    void theDocumentedExampleIsRealOutput() throws Exception {
        List<String> examples = Files.readAllLines(Path.of("docs/CLI.md")).stream()
                .filter(l -> l.endsWith("[not-owner]") || l.startsWith("Đã kiểm tra ")).toList();
        assertThat(examples).hasSize(2);
        Path root = repository();
        change(root, A_FILE);
        assertThat(check(root, "nguoi-la").out().lines()).containsExactlyElementsOf(examples);
    }
}
