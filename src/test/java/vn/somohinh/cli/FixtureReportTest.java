package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden problem reports: for each scenario under src/test/resources/fixtures, {@code validate} prints exactly
 * expected.txt (problem lines, summary, exit status). Run with {@code -Dgolden.update=true} to rewrite them after a
 * deliberate change, then read the diff.
 */
class FixtureReportTest {

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(FixtureSite.FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().toList().stream();
        }
    }

    /**
     * The problem lines shown in README, docs/PROBLEMS.md and docs/CLI.md are real output: each is a golden line. The
     * example of owners --check is not validate's: OwnersCommandTest checks it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/PROBLEMS.md", "docs/CLI.md"})
    void documentedExamplesAreGoldenLines(String doc) throws IOException {
        StringBuilder goldens = new StringBuilder();
        for (String scenario : scenarios().toList()) {
            goldens.append(Files.readString(FixtureSite.FIXTURES.resolve(scenario).resolve("expected.txt"))).append('\n');
        }
        List<String> examples = Files.readAllLines(Path.of(doc)).stream()
                .filter(l -> l.matches("data/\\S+:\\d+:\\d+: (error|warning): .*\\[[a-z0-9-]+]"))
                .filter(l -> !l.endsWith("[not-owner]")).toList();
        assertThat(examples).isNotEmpty();
        assertThat(examples).allSatisfy(l -> assertThat(goldens.toString().lines()).as(doc).contains(l));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void reportMatchesGolden(String scenario, @TempDir Path tmp) throws IOException {
        Path root = FixtureSite.compose(scenario, tmp.resolve("site"));
        Run run = Run.of(FixtureSite.env(scenario), "validate", "--root", root.toString());
        String actual = run.out() + "exit: " + run.exit() + "\n";

        Path golden = FixtureSite.FIXTURES.resolve(scenario).resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(run.exit()).isEqualTo(actual.contains(": error: ") ? 1 : 0);
        assertThat(run.err()).doesNotContain("lỗi nội bộ");
        assertThat(ProblemPaths.unnamed(root, run.out())).as("messages name their key path, never null").isEmpty();
    }
}
