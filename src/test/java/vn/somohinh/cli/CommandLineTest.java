package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract (CLI.md): commands, options, formats and exit statuses. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private Path site(String scenario) {
        return FixtureSite.compose(scenario, tmp.resolve(scenario));
    }

    @Test
    void validateExitsZeroOnCleanDataAndWritesNothing() throws IOException {
        Path root = site("valid");
        Run run = Run.of("validate", "--root", root.toString());
        assertThat(run.exit()).isZero();
        assertThat(root.resolve("target")).doesNotExist();
    }

    @Test
    void errorsExitOneWithOneLinePerProblemInEveryFile() {
        Run run = Run.of("validate", "--root", site("yaml-refused").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.matches("data/\\S+\\.yaml:\\d+:\\d+: error: .+ \\[[a-z-]+]")))
                .hasSize(10);
        assertThat(run.out().lines().map(l -> l.split(":")[0]).filter(l -> l.startsWith("data/")).distinct())
                .hasSize(5);
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        Path root = site("warnings");
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1685577600");
        assertThat(Run.of(env, "validate", "--root", root.toString()).exit()).isZero();
        assertThat(Run.of(env, "validate", "--strict", "--root", root.toString()).exit()).isEqualTo(1);
    }

    @Test
    void jsonFormatIsOneArrayOnStdout() throws IOException {
        Run run = Run.of("validate", "--format", "json", "--root", site("reviews").toString());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(12);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("file", "line", "column", "severity", "code", "message");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(run.err()).contains("12 lỗi");
    }

    @Test
    void githubFormatAnnotatesLinesAndWritesTheStepSummary() throws IOException {
        Path summary = tmp.resolve("summary.md");
        Run run = Run.of(Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                "validate", "--format", "github", "--root", site("references").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("::error file=data/units.yaml,line=7,col=7,title=duplicate-id::trường \"[3].id\": mã \"xa-loc-an\" bị trùng");
        String md = Files.readString(summary, StandardCharsets.UTF_8);
        assertThat(md).contains("| data/units.yaml | 7 | 7 | error | `duplicate-id` |");
    }

    @Test
    void githubCommandsCannotBeInjectedThroughMessages() {
        vn.somohinh.problem.Problem p = new vn.somohinh.problem.Problem("data/a,b:c.yaml", 1, 2,
                vn.somohinh.problem.Severity.ERROR, "x", "dòng 1\n::error::giả mạo 100%");
        assertThat(ProblemReport.github(p))
                .isEqualTo("::error file=data/a%2Cb%3Ac.yaml,line=1,col=2,title=x::dòng 1%0A::error::giả mạo 100%25")
                .doesNotContain("\n");
    }

    @Test
    void stageTimesArePrintedOnlyWhenAsked() {
        Path root = site("valid");
        Run quiet = Run.of("build", "--root", root.toString());
        Run timed = Run.of(Map.of("SOMOHINH_TIMINGS", "1"), "build", "--root", root.toString());
        assertThat(quiet.exit()).isZero();
        assertThat(timed.exit()).isZero();
        assertThat(quiet.err()).doesNotContain("thời gian");
        for (String stage : new String[] {"load", "validate", "model", "render", "publish"}) {
            assertThat(timed.err()).containsPattern("thời gian " + stage + " +\\d+\\.\\d\\d s");
        }
        assertThat(timed.out()).isEqualTo(quiet.out());
    }

    @Test
    void buildWritesThePageAndAFailedBuildLeavesTheOldOutputAsItWas() throws IOException {
        Path root = site("valid");
        assertThat(Run.of("build", "--root", root.toString()).exit()).isZero();
        Path index = root.resolve("target/site/mo-hinh/index.html");
        String before = Files.readString(index, StandardCharsets.UTF_8);
        assertThat(before).contains("Liên kết hộ trồng cà phê bền vững", "Được duyệt");

        Files.writeString(root.resolve("data/units.yaml"), "- id: Sai Ma\n", StandardCharsets.UTF_8);
        assertThat(Run.of("build", "--root", root.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).isEqualTo(before);
        try (var siblings = Files.list(root.resolve("target"))) {
            // No staging folder left; beside the site only the build's cache (docs/DECISIONS.md, Command line).
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site",
                    "so-mo-hinh-cache");
        }
    }

    @Test
    void buildEscapesUserText() throws IOException {
        Path root = site("valid");
        Path reg = root.resolve("data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml");
        Files.writeString(reg, Files.readString(reg).replace("ten_mo_hinh: Liên kết",
                "ten_mo_hinh: <script>alert(1)</script> Liên kết"), StandardCharsets.UTF_8);
        assertThat(Run.of("build", "--root", root.toString()).exit()).isZero();
        assertThat(Files.readString(root.resolve("target/site/mo-hinh/index.html")))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void outputInsideTheSourcesIsRefusedAsUsage() {
        Path root = site("valid");
        for (String out : new String[] {root.toString(), root.resolve("data").toString(),
                root.resolve("data/x").toString(), root.getParent().toString(), root.resolve("templates").toString()}) {
            Run run = Run.of("build", "--root", root.toString(), "--out", out);
            assertThat(run.exit()).as(out).isEqualTo(2);
            assertThat(run.err()).contains("hãy chọn thư mục khác");
        }
        assertThat(root.resolve("data/site.yaml")).exists();
    }

    @Test
    void symlinksAndHugeFilesAreRefusedWithoutBeingRead() throws IOException {
        Path root = site("valid");
        Path outside = tmp.resolve("secret.yaml");
        Files.writeString(outside, "ten_mo_hinh: bí mật\n");
        Path units = root.resolve("data/registrations/2023/xa-loc-an");
        Files.createSymbolicLink(units.resolve("lien-ket.yaml"), outside);
        Files.write(units.resolve("qua-lon.yaml"), new byte[5 * 1024 * 1024]);
        Run run = Run.of("validate", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(
                "data/registrations/2023/xa-loc-an/lien-ket.yaml:1:1: error: tệp dữ liệu là liên kết tượng trưng (symlink): hãy thay bằng tệp thật [symlink]",
                "data/registrations/2023/xa-loc-an/qua-lon.yaml:1:1: error: tệp lớn 5.242.880 byte, vượt giới hạn 1.048.576 byte: hãy kiểm tra xem có phần nào bị dán lặp hoặc dán nhầm và rút gọn, chi tiết để trong tài liệu đính kèm [file-too-large]");
        assertThat(run.out()).doesNotContain("bí mật");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(Run.of("validate", "--format", "xml").exit()).isEqualTo(2);
        assertThat(Run.of("publish").exit()).isEqualTo(2);
        assertThat(Run.of("validate", "--no-such-option").exit()).isEqualTo(2);
    }

    @Test
    void internalFailureExitsThreeWithOneClearLine() throws IOException {
        Path root = site("valid");
        Path blocker = tmp.resolve("a-file");
        Files.writeString(blocker, "x");
        Run run = Run.of("build", "--root", root.toString(), "--out", blocker.resolve("site").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().lines().filter(l -> l.startsWith("lỗi nội bộ: "))).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ")
                .contains("lỗi nội bộ: không đọc hoặc ghi được tệp (đã có tệp " + blocker + "): hãy kiểm tra");
    }

    @Test
    void aSiteSourcesFaultIsItsOwnLineWhereverItIsWrapped() {
        vn.somohinh.problem.SourceFault fault = new vn.somohinh.problem.SourceFault("templates/unit.ftlh:3:1",
                "mẫu trang gặp lỗi", "hãy sửa mẫu ở chỗ này rồi chạy lại", null);
        RuntimeException wrapped = new IllegalStateException("render", new java.io.UncheckedIOException(
                new java.io.IOException("x", fault)));
        String line = "templates/unit.ftlh:3:1: error: mẫu trang gặp lỗi: hãy sửa mẫu ở chỗ này rồi chạy lại";
        assertThat(InternalFailure.line(wrapped)).isEqualTo(line);
        assertThat(InternalFailure.reason(wrapped)).as("serve's banner").isEqualTo(line);
        assertThat(InternalFailure.line(new IllegalStateException("x"))).startsWith("lỗi nội bộ: công cụ gặp lỗi");
    }

    @Test
    void theInternalErrorLineIsVietnameseAndNeverNull() {
        assertThat(InternalFailure.describe(new NullPointerException()))
                .isEqualTo("công cụ gặp lỗi không lường trước: hãy báo cho người duy trì công cụ, kèm dòng này và lệnh "
                        + "đã chạy (loại lỗi Java, cho báo lỗi: NullPointerException)");
        assertThat(InternalFailure.describe(new IllegalStateException("render: null", new NullPointerException("because \"x\" is null"))))
                .startsWith("công cụ gặp lỗi không lường trước (render: không rõ): ").doesNotContain("null", "because");
        assertThat(InternalFailure.describe(new java.io.UncheckedIOException("không đọc được tệp data/units.yaml",
                new java.nio.file.AccessDeniedException("data/units.yaml"))))
                .isEqualTo("không đọc hoặc ghi được tệp (không đọc được tệp data/units.yaml): hãy kiểm tra đường dẫn, "
                        + "quyền đọc ghi và chỗ trống trên đĩa rồi chạy lại (loại lỗi Java, cho báo lỗi: AccessDeniedException)");
        assertThat(InternalFailure.describe(new java.nio.file.NoSuchFileException("/tmp/x", null, "No such file or directory")))
                .startsWith("không đọc hoặc ghi được tệp (không có /tmp/x): ").doesNotContain("No such");
    }
}
