package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;

/**
 * At most 50 problems of a file are printed in text and GitHub form, then one line with how many errors and warnings
 * were not (the "problem-cap" fixture shows the text form end to end); JSON lists every problem; the summary counts
 * them all.
 */
class ProblemCapTest {
    static final String BIG = "data/registrations/2023/xa-loc-an/lon.yaml";
    static final String SMALL = "data/units.yaml";

    /** 99,990 errors then 10 warnings in one file, sorted as the validator sorts them, and 2 errors in another. */
    static List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int line = 1; line <= 100_000; line++) {
            Severity severity = line > 99_990 ? Severity.WARNING : Severity.ERROR;
            problems.add(new Problem(BIG, line, 1, severity, "unknown-key", "trường \"k" + line + "\" không có trong mẫu"));
        }
        problems.add(new Problem(SMALL, 3, 7, Severity.ERROR, "invalid-id", "mã sai"));
        problems.add(new Problem(SMALL, 9, 7, Severity.ERROR, "invalid-id", "mã sai"));
        return problems;
    }

    static String print(ProblemReport.Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProblemReport.print(problems(), format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textPrintsFiftyProblemsOfAFileThenHowManyMore() {
        List<String> lines = print(ProblemReport.Format.TEXT).lines().toList();

        assertThat(lines).hasSize(50 + 1 + 2);
        assertThat(lines.get(49)).startsWith(BIG + ":50:1: error: ");
        assertThat(lines.get(50)).isEqualTo(BIG + ": và 99.940 lỗi, 10 cảnh báo khác trong tệp này, không in ra; "
                + "chạy với --format json để xem đủ");
        assertThat(lines.subList(51, 53)).allMatch(l -> l.startsWith(SMALL + ":"));
        assertThat(ProblemReport.summary(problems(), 2)).startsWith("99992 lỗi, 10 cảnh báo trong 2 tệp");
    }

    @Test
    void githubAnnotatesFiftyProblemsOfAFileThenANotice() {
        List<String> lines = print(ProblemReport.Format.GITHUB).lines().toList();

        assertThat(lines).hasSize(50 + 1 + 2);
        assertThat(lines.get(49)).startsWith("::error file=" + BIG + ",line=50,col=1,");
        assertThat(lines.get(50)).isEqualTo("::notice file=" + BIG + "::và 99.940 lỗi, 10 cảnh báo khác trong tệp này, "
                + "không in ra; chạy với --format json để xem đủ");
    }

    @Test
    void jsonListsEveryProblem() throws IOException {
        String json = print(ProblemReport.Format.JSON);

        assertThat(new ObjectMapper().readTree(json).size()).isEqualTo(100_002);
        assertThat(json).doesNotContain("không in ra");
    }

    @Test
    void stepSummaryIsCappedLikeTheLog(@TempDir Path tmp) throws IOException {
        Path summary = tmp.resolve("summary.md");
        ProblemReport.appendStepSummary(problems(), 2, Map.of("GITHUB_STEP_SUMMARY", summary.toString()));
        String md = Files.readString(summary, StandardCharsets.UTF_8);

        assertThat(md.lines().filter(l -> l.startsWith("| " + BIG + " | "))).hasSize(51);
        assertThat(md).contains("| " + BIG + " | | | | | và 99.940 lỗi, 10 cảnh báo khác trong tệp này")
                .contains("| " + SMALL + " | 9 | 7 | error |");
        assertThat(md.length()).as("GitHub refuses step summaries over 1 MB").isLessThan(100_000);
    }

    @Test
    void aFileOfWarningsOnlySaysWarnings() {
        List<Problem> warnings = new ArrayList<>();
        for (int line = 1; line <= 1_051; line++) {
            warnings.add(new Problem(SMALL, line, 1, Severity.WARNING, "not-registered", "chưa đăng ký"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProblemReport.print(warnings, ProblemReport.Format.TEXT, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(51).last().asString()
                .isEqualTo(SMALL + ": và 1.001 cảnh báo khác trong tệp này, không in ra; chạy với --format json để xem đủ");
    }

    /** The list of keys allowed goes with as many unknown keys of a file as are printed; later ones point back to it. */
    @Test
    void onlyThePrintedUnknownKeysListTheKeysAllowed(@TempDir Path tmp) throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            yaml.append("zz-khoa-la-").append(i).append(": x\n"); // far from every key: no did-you-mean
        }
        Files.writeString(root.resolve(BIG), yaml, StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--format", "json", "--root", root.toString());
        List<String> unknown = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(p -> {
            if (p.get("code").asText().equals("unknown-key")) {
                unknown.add(p.get("message").asText());
            }
        });

        assertThat(unknown).hasSize(60);
        assertThat(unknown.subList(0, 50)).allMatch(m -> m.contains("các trường hợp lệ ở đây là ten_mo_hinh, hinh_thuc"));
        assertThat(unknown.subList(50, 60)).allMatch(m -> m.contains("liệt kê ở các lỗi unknown-key đầu tiên của tệp này")
                && !m.contains("ten_mo_hinh"));
    }
}
