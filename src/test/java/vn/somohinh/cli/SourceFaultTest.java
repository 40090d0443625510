package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fault in the site's own sources (a template, a content file) ends the build with exit 3 and one line in the
 * terminal's problem format, naming the file and line to fix and what to do, in Vietnamese: not the tool's
 * "lỗi nội bộ" with its advice about the disk, no stack trace, no library's log line.
 */
class SourceFaultTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // what is appended | to which file | the place printed: file, then the appended line and this column
        "<#if>               | templates/page.ftlh           | templates/page.ftlh:2",
        "<#if>               | templates/layout.ftlh         | templates/layout.ftlh:2",
        "${page.khongCo.nua} | templates/unit.ftlh           | templates/unit.ftlh:3",
        "${page.khongCo.nua} | templates/page.ftlh           | templates/page.ftlh:3",
        "${x?no_esc}         | templates/home.ftlh           | templates/home.ftlh:",
        "<p>x</p>            | content/du-lieu/mo-hinh.html  | content/du-lieu/mo-hinh.html",
    })
    void isPrintedAsItsPlaceAndWhatToDo(String appended, String file, String place) throws IOException {
        Path root = FixtureSite.compose("site", tmp.resolve("site"));
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        String before = Files.exists(target) ? Files.readString(target) : "";
        Files.writeString(target, before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + appended + "\n",
                StandardCharsets.UTF_8);
        int line = Files.readAllLines(target).size();
        String expected = place.endsWith(".html") ? place
                : place.substring(0, place.lastIndexOf(':') + 1) + line + (place.endsWith(":") ? ""
                : ":" + place.substring(place.lastIndexOf(':') + 1));
        Run run = Run.of("build", "--root", root.toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(Main.INTERNAL);
        List<String> last = run.err().lines().filter(l -> !l.startsWith("data/") && !l.contains("cảnh báo trong")).toList();
        assertThat(last).as(run.err()).hasSize(1);
        assertThat(last.get(0)).startsWith(expected + ": error: ").contains(": hãy ")
                .doesNotContain("lỗi nội bộ", "Exception", "\tat ", "staging");
        assertThat(run.err()).doesNotContain("ERROR ", "\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
