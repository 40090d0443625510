package vn.somohinh.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.GitSnapshot;
import vn.somohinh.owners.Ownership;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Numbers;

/**
 * {@code owners --base REF}: who may change each file the working tree changes against a Git ref; with
 * {@code --check --actor NAME}, fails when that account changed a file it may not. Who may is read from the roster
 * as it was at the ref, never from the change (Ownership).
 */
@Command(name = "owners", mixinStandardHelpOptions = true,
        description = "Cho biết ai được thay đổi từng tệp đã đổi so với một nhánh hoặc commit Git; với --check, báo lỗi"
                + " khi tài khoản --actor thay đổi tệp không thuộc quyền của mình.")
final class OwnersCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Mixin
    BaseRef base = new BaseRef();

    @Option(names = "--check", description = "Kiểm tra quyền của tài khoản --actor thay vì in ai được thay đổi từng tệp.")
    boolean check;

    @Option(names = "--actor", paramLabel = "NAME", converter = ActorConverter.class,
            description = "Tài khoản đã thay đổi các tệp; trong CI: GITHUB_ACTOR, GITLAB_USER_LOGIN hoặc github.actor.")
    String actor;

    OwnersCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (check && actor == null) {
            throw UsageErrors.refused(spec.commandLine(), "lệnh owners --check cần tùy chọn --actor NAME: tài khoản đã"
                    + " thay đổi các tệp, trong CI là GITHUB_ACTOR (GitHub), GITLAB_USER_LOGIN (GitLab) hoặc github.actor"
                    + " (Gitea, Forgejo).");
        }
        if (!check && actor != null) {
            throw UsageErrors.refused(spec.commandLine(), "tùy chọn --actor chỉ dùng cùng --check: hãy thêm --check để"
                    + " kiểm tra quyền của tài khoản này, hoặc bỏ --actor để xem ai được thay đổi từng tệp.");
        }
        // What the branch changed since it left the ref, judged by the ref's roster: a branch behind its target is
        // not blamed for the target's newer commits.
        GitSnapshot snapshot = base.snapshot(spec.commandLine(), options.root(), Ownership::rosterFile, true);
        Ownership roster = roster(snapshot);
        List<String> paths = snapshot.touchedPaths();
        if (!check) {
            paths.forEach(path -> session.out().println(path + ": " + roster.owners(path).describe()));
            session.out().println(Numbers.grouped(paths.size()) + " tệp thay đổi so với " + base.ref + ".");
            return Main.OK;
        }
        Problems refused = new Problems();
        roster.check(actor, paths, base.ref, refused);
        List<Problem> found = refused.sorted();
        ProblemReport.print(found, options.format, session.out());
        (options.format == ProblemReport.Format.JSON ? session.err() : session.out()).println(summary(paths.size(), found.size()));
        return found.isEmpty() ? Main.OK : Main.DATA_ERRORS;
    }

    /** "Đã kiểm tra 5 tệp thay đổi so với main: tài khoản @a được thay đổi cả 5 tệp." */
    private String summary(int checked, int refused) {
        if (checked == 0) {
            return "Không có tệp nào thay đổi so với " + base.ref + ": không có gì để kiểm tra.";
        }
        String head = "Đã kiểm tra " + Numbers.grouped(checked) + " tệp thay đổi so với " + base.ref + ": tài khoản "
                + Ownership.shown(actor);
        if (refused > 0) {
            return head + " không được thay đổi " + Numbers.grouped(refused) + " tệp trong đó.";
        }
        return head + (checked == 1 ? " được thay đổi tệp này." : " được thay đổi cả " + Numbers.grouped(checked) + " tệp.");
    }

    /**
     * The ownership the base's roster gives. Its errors are said on standard error: what could be read is used, and
     * whoever could not be read may change nothing, so a refusal may come from them.
     */
    private Ownership roster(GitSnapshot snapshot) {
        Problems problems = new Problems();
        Ownership roster = Ownership.of(DataLoader.load(snapshot.dataFiles(), problems));
        long errors = problems.sorted().stream().filter(p -> p.isError() && Ownership.rosterFile(p.file())).count();
        if (errors > 0) {
            session.err().println("Lưu ý: data/units.yaml, data/site.yaml hoặc data/campaigns/ ở " + base.ref + " có "
                    + Numbers.grouped(errors) + " lỗi (chạy validate ở " + base.ref + " để xem): phần đọc được vẫn dùng"
                    + " để kiểm tra, tài khoản ghi ở phần có lỗi coi như không có quyền.");
        }
        return roster;
    }

    /** An account as CI variables give it ({@code nguyen-van-a}) or as the data writes it ({@code @nguyen-van-a}). */
    static final class ActorConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String name = value.strip().replaceFirst("^@", "");
            if (name.isEmpty() || name.contains("/") || name.chars().anyMatch(Character::isWhitespace)) {
                throw new TypeConversionException("hãy ghi tài khoản của một người, ví dụ nguyen-van-a hoặc"
                        + " @nguyen-van-a (không phải nhóm @to-chuc/nhom)");
            }
            return name;
        }
    }
}
