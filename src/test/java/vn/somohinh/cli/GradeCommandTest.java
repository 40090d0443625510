package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.Status;

/** {@code grade} on a copy of the default data: only the danh_gia group changes, all or nothing, dry runs write nothing. */
class GradeCommandTest {
    @TempDir
    Path root;

    @BeforeEach
    void copyDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
    }

    private List<String> graded() {
        return DecideCommandTest.models(root, Set.of(Status.TONG_KET));
    }

    /** The review's text without its danh_gia group (the default data grades every model it closed). */
    private String ungrade(String model) throws IOException {
        Path file = root.resolve("data/reviews/" + model + ".yaml");
        String text = Files.readString(file);
        String without = text.substring(0, text.indexOf("danh_gia:"));
        Files.writeString(file, without);
        return without;
    }

    @Test
    void aModelWithoutEvaluationGetsTheGroupAtTheEndAndValidates() throws IOException {
        String model = graded().get(0);
        String without = ungrade(model);
        Run run = Run.of("grade", "--root", root.toString(), "--xep-loai", "xuat-sac", "--date", "2023-12-28",
                "--nhan-xet", "Hiệu quả rõ: nên nhân rộng", "--nhan-rong", model);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        String now = Files.readString(root.resolve("data/reviews/" + model + ".yaml"));
        assertThat(now).isEqualTo(without + "danh_gia:\n  ngay: 2023-12-28\n  xep_loai: xuat-sac\n"
                + "  nhan_xet: \"Hiệu quả rõ: nên nhân rộng\"\n  de_xuat_nhan_rong: true\n  de_xuat_khen_thuong: false\n");
        Run validate = Run.of("validate", "--root", root.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 lỗi");
    }

    @Test
    void replaceChangesOnlyTheGroupsLinesOfEveryClosedModel() throws IOException {
        List<String> models = graded();
        assertThat(models).hasSizeGreaterThan(3);
        Map<String, byte[]> before = DecideCommandTest.snapshot(root);
        List<String> args = new ArrayList<>(List.of("grade", "--root", root.toString(), "--xep-loai", "dat",
                "--date", "2023-12-29", "--khen-thuong", "--replace"));
        args.addAll(models);
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Map<String, byte[]> after = DecideCommandTest.snapshot(root);
        assertThat(after).containsOnlyKeys(before.keySet());
        for (String model : models) {
            String file = "data/reviews/" + model + ".yaml";
            String old = new String(before.get(file), StandardCharsets.UTF_8);
            String now = new String(after.get(file), StandardCharsets.UTF_8);
            assertThat(now).startsWith(old.substring(0, old.indexOf("danh_gia:")))
                    .contains("danh_gia:\n  ngay: 2023-12-29\n  xep_loai: dat\n  de_xuat_nhan_rong: false\n  de_xuat_khen_thuong: true\n")
                    .doesNotContain("nhan_xet");
        }
        long changed = after.keySet().stream().filter(f -> !java.util.Arrays.equals(before.get(f), after.get(f))).count();
        assertThat(changed).isEqualTo(models.size());
        assertThat(Run.of("validate", "--root", root.toString()).exit()).isZero();
    }

    @Test
    void aGroupFollowedByAnotherKeyKeepsWhatFollows() throws IOException {
        String model = graded().get(0);
        Path file = root.resolve("data/reviews/" + model + ".yaml");
        String text = Files.readString(file);
        String head = text.substring(0, text.indexOf("danh_gia:"));
        String tail = text.substring(text.indexOf("qua_trinh:"), text.indexOf("danh_gia:"));
        // danh_gia first, then (after a comment) qua_trinh
        String moved = head.substring(0, head.indexOf("qua_trinh:")) + text.substring(text.indexOf("danh_gia:"))
                + "\n# các bước\n" + tail;
        Files.writeString(file, moved);
        Run run = Run.of("grade", "--root", root.toString(), "--xep-loai", "tot", "--date", "2023-12-29", "--replace", model);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        String now = Files.readString(file);
        assertThat(now).endsWith("  de_xuat_khen_thuong: false\n\n# các bước\n" + tail);
        assertThat(Run.of("validate", "--root", root.toString()).exit()).isZero();
    }

    @Test
    void refusalsWriteNothingAndEachIsNamed() throws IOException {
        String existing = graded().get(0);
        String ungraded = graded().get(1);
        ungrade(ungraded);
        String open = DecideCommandTest.models(root, Set.of(Status.DANG_TRIEN_KHAI)).get(0);
        String registered = DecideCommandTest.models(root, Set.of(Status.DA_DANG_KY)).get(0);
        Map<String, byte[]> before = DecideCommandTest.snapshot(root);
        Run run = Run.of("grade", "--root", root.toString(), "--xep-loai", "tot", "--date", "2023-12-29",
                existing, ungraded, open, registered, "2023/xa-loc-an/khong-co-mo-hinh-nay");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + existing + ".yaml:", "[grade-exists]",
                "data/reviews/" + open + ".yaml:", "[grade-status]", "\"dang-trien-khai\"",
                "data/registrations/" + registered + ".yaml:1:1:", "[unknown-model]")
                .doesNotContain("data/reviews/" + ungraded + ".yaml:");
        assertThat(run.err()).contains("Không ghi tệp nào");
        DecideCommandTest.snapshot(root).forEach((f, bytes) -> assertThat(bytes).as(f).isEqualTo(before.get(f)));
    }

    @Test
    void anUnknownGradeIsRefusedBeforeWriting() throws IOException {
        String model = graded().get(0);
        Map<String, byte[]> before = DecideCommandTest.snapshot(root);
        Run run = Run.of("grade", "--root", root.toString(), "--xep-loai", "gioi", "--date", "2023-12-29", "--replace", model);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + model + ".yaml:", "\"gioi\"");
        DecideCommandTest.snapshot(root).forEach((f, bytes) -> assertThat(bytes).as(f).isEqualTo(before.get(f)));
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Map<String, byte[]> before = DecideCommandTest.snapshot(root);
        Run run = Run.of("grade", "--root", root.toString(), "--xep-loai", "dat", "--date", "2023-12-29", "--replace",
                "--dry-run", "--year", "2023", "--from-status", "tong-ket");
        assertThat(run.exit()).as(run.err()).isZero();
        String model = graded().get(0);
        assertThat(run.out()).contains("--- a/data/reviews/" + model + ".yaml\n+++ b/data/reviews/" + model + ".yaml\n@@ -",
                "\n+  xep_loai: dat\n");
        DecideCommandTest.snapshot(root).forEach((f, bytes) -> assertThat(bytes).as(f).isEqualTo(before.get(f)));
    }
}
