package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Severity;

/** The documentation that users and other tools rely on says what the code does. */
class DocumentationTest {

    @Test
    void everyProblemCodeIsDocumentedUnderItsSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs/PROBLEMS.md"), StandardCharsets.UTF_8);
        int warningsStart = doc.indexOf("## Warnings");
        assertThat(warningsStart).isPositive();
        for (Code code : Code.values()) {
            String row = "| `" + code.id() + "` |";
            int at = doc.indexOf(row);
            assertThat(at).as("docs/PROBLEMS.md documents %s", code.id()).isPositive();
            assertThat(at > warningsStart).as("%s is under its severity", code.id())
                    .isEqualTo(code.severity() == Severity.WARNING);
        }
    }

    @Test
    void everyDocumentedCodeExists() throws IOException {
        MarkdownDoc doc = MarkdownDoc.read(Path.of("docs/PROBLEMS.md"));
        Set<String> ids = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
        List<String> unknown = doc.sections().stream().filter(s -> s.level() == 1)
                .flatMap(s -> MarkdownDoc.rows(s, "code").stream()).map(row -> row.get(0).firstCode())
                .filter(id -> !ids.contains(id))
                .map(id -> "docs/PROBLEMS.md documents `" + id + "`, which problem/Code.java does not have").toList();
        assertThat(unknown).as(String.join("\n", unknown)).isEmpty();
    }

    @Test
    void codesAreStableSlugsAndUnique() {
        assertThat(Arrays.stream(Code.values()).map(Code::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void readmeOpensWithTheTwoCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int build = readme.indexOf("mvn -B compile exec:java");
        int test = readme.indexOf("mvn -B verify");
        assertThat(build).isPositive().isLessThan(1200);
        assertThat(test).isPositive().isLessThan(1200);
    }
}
