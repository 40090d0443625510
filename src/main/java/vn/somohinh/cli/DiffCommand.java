package vn.somohinh.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.somohinh.diff.ChangeMarkdown;
import vn.somohinh.diff.Changes;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.GitSnapshot;
import vn.somohinh.load.ReferenceDate;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * {@code diff --base REF}: what the working tree changes in the registry against a Git ref, as Markdown (for a
 * pull-request comment or the CI job summary). Both sides are validated with the same reference date.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Tóm tắt bằng Markdown những gì thay đổi so với một nhánh hoặc commit Git.")
final class DiffCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Mixin
    BaseRef base = new BaseRef();

    DiffCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        GitSnapshot snapshot = base.snapshot(spec.commandLine(), options.root(), path -> true);
        Problems headProblems = new Problems();
        DataSet head = DataLoader.load(options.root(), headProblems);
        LocalDate today = ReferenceDate.resolve(options.root(), session.env(), head);
        Validator.validate(head, today, headProblems);
        Problems baseProblems = new Problems();
        DataSet before = DataLoader.load(snapshot.dataFiles(), baseProblems);
        Validator.validate(before, today, baseProblems);
        Changes changes = Changes.between(before, baseProblems.sorted(), head, headProblems.sorted(), snapshot.changedPaths());
        session.out().print(ChangeMarkdown.render(changes, base.ref));
        return Main.OK;
    }
}
