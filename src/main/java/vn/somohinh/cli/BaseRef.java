package vn.somohinh.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.somohinh.load.GitSnapshot;

/** The {@code --base REF} of diff and owners: the Git ref a change is measured against. */
final class BaseRef {
    @Option(names = "--base", required = true, paramLabel = "REF", description = "Nhánh hoặc commit để so sánh, ví dụ origin/main.")
    String ref;

    /**
     * The snapshot at the ref, with the data files {@code wanted} accepts; a ref or repository that is not there is
     * wrong usage (exit 2), told like any other: the user typed a name, the tool did not fail.
     */
    GitSnapshot snapshot(CommandLine cmd, Path root, Predicate<String> wanted) throws IOException {
        return snapshot(cmd, root, wanted, false);
    }

    /** As {@link #snapshot(CommandLine, Path, Predicate)}, the changes counted from the fork point when asked (GitSnapshot). */
    GitSnapshot snapshot(CommandLine cmd, Path root, Predicate<String> wanted, boolean sinceForkPoint) throws IOException {
        try {
            return GitSnapshot.at(root, ref, wanted, sinceForkPoint);
        } catch (GitSnapshot.NotFound e) {
            throw UsageErrors.refused(cmd, e.ref()
                    ? "giá trị '" + ref + "' của --base không dùng được: " + e.getMessage() + "." : e.getMessage() + ".");
        }
    }
}
