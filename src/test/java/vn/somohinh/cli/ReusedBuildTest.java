package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.site.Reproducibility;

/**
 * {@code build} run after {@code build} takes over the files whose inputs did not change, through the state it keeps
 * under target/ (render/ReuseFile), and never trusts it blindly: a damaged state, one about another output folder,
 * or an output file changed by hand make the files again, and the output is always that of a clean build.
 */
class ReusedBuildTest {
    private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1704042000");
    private static final String PAGE = "mo-hinh/2023/xa-loc-an/ca-phe-ben-vung/index.html";

    @TempDir
    Path work;
    Path root;
    Path out;
    Path state;

    @BeforeEach
    void firstBuild() {
        root = SiteBuild.compose("site", work.resolve("root"));
        out = work.resolve("out");
        state = root.resolve(vn.somohinh.pipeline.Recipe.STATE);
        SiteBuild.build(root, out, ENV);
    }

    @Test
    void theSecondBuildTakesOverEveryFileMadeFromTheSameInputs() throws IOException {
        assertThat(state).exists();
        Map<String, Object> before = Reproducibility.fileKeys(out);
        assertThat(before).containsKey(PAGE);
        SiteBuild.build(root, out, ENV);
        assertThat(Reproducibility.fileKeys(out).get(PAGE)).as("the same file, left in place").isEqualTo(before.get(PAGE));
        assertSameAsClean();
    }

    @Test
    void aDamagedStateIsNotUsed() throws IOException {
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);
        assertNothingTakenOver();
    }

    @Test
    void aTruncatedStateIsNotUsed() throws IOException {
        byte[] bytes = Files.readAllBytes(state);
        Files.write(state, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertNothingTakenOver();
    }

    @Test
    void theStateOfAnotherOutputFolderIsNotUsed() throws IOException {
        Path other = work.resolve("other");
        SiteBuild.build(root, other, ENV);
        assertThat(Files.readString(state, StandardCharsets.UTF_8)).contains(other.toString());
        Map<String, Object> before = Reproducibility.fileKeys(out);
        SiteBuild.build(root, out, ENV);
        assertThat(Reproducibility.fileKeys(out).get(PAGE)).isNotEqualTo(before.get(PAGE));
        assertSameAsClean();
    }

    @Test
    void aFileChangedByHandInTheOutputIsMadeAgain() throws IOException {
        Path page = out.resolve(PAGE);
        String right = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, "<p>sửa tay</p>", StandardCharsets.UTF_8);
        SiteBuild.build(root, out, ENV);
        assertThat(Files.readString(out.resolve(PAGE), StandardCharsets.UTF_8)).isEqualTo(right);
        assertSameAsClean();
    }

    /** A build that fails while rendering, with a state to go on, leaves the published site as it was. */
    @Test
    void aFailedIncrementalBuildChangesNothing() throws IOException {
        Path clean = work.resolve("before");
        org.apache.commons.io.file.PathUtils.copyDirectory(out, clean);
        Path template = root.resolve("templates/unit.ftlh");
        Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8) + "${khong_co_bien}",
                StandardCharsets.UTF_8);
        Run run = Run.of(ENV, "build", "--root", root.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(Main.INTERNAL);
        assertThat(Reproducibility.differences(clean, out)).isEmpty();
        assertThat(Files.list(out.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.contains("staging"));
    }

    @Test
    void deletingTheStateIsSafe() throws IOException {
        Files.delete(state);
        assertNothingTakenOver();
        assertThat(state).exists();
    }

    private void assertNothingTakenOver() throws IOException {
        Map<String, Object> before = Reproducibility.fileKeys(out);
        SiteBuild.build(root, out, ENV);
        Map<String, Object> after = Reproducibility.fileKeys(out);
        assertThat(after.keySet()).allMatch(f -> !after.get(f).equals(before.get(f)));
        assertSameAsClean();
    }

    private void assertSameAsClean() throws IOException {
        Path clean = work.resolve("clean");
        Path cleanRoot = SiteBuild.compose("site", work.resolve("clean-root"));
        SiteBuild.build(cleanRoot, clean, ENV);
        assertThat(Reproducibility.differences(clean, out)).isEmpty();
    }

}
