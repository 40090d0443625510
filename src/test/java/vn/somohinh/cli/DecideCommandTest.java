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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Problems;

/** {@code decide} on a copy of the default data: only added lines, all or nothing, a dry run that writes nothing. */
class DecideCommandTest {
    private static final Set<Status> AWAITING = Set.of(Status.DA_DANG_KY, Status.DANG_THAM_DINH, Status.CAN_BO_SUNG);

    @TempDir
    Path root;

    @BeforeEach
    void copyDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
    }

    @Test
    void everyModelAwaitingADecisionGetsOnlyAddedLinesAndValidates() throws IOException {
        List<String> models = models(AWAITING);
        assertThat(models).hasSizeGreaterThan(5);
        Map<String, byte[]> before = snapshot();
        List<String> args = new ArrayList<>(List.of("decide", "--root", root.toString(), "--status", "duoc-duyet",
                "--date", "2023-12-30", "--van-ban", directive(), "--note", "Ban Thường vụ thống nhất: triển khai"));
        args.addAll(models);
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();

        Map<String, byte[]> after = snapshot();
        int created = 0;
        for (var entry : after.entrySet()) {
            byte[] old = before.get(entry.getKey());
            String now = new String(entry.getValue(), StandardCharsets.UTF_8);
            if (old == null) {
                created++;
                assertThat(entry.getKey()).startsWith("data/reviews/");
                assertThat(now).startsWith("# yaml-language-server: $schema=../../../../schema/review.schema.json\n");
            } else {
                assertThat(now).as(entry.getKey()).startsWith(new String(old, StandardCharsets.UTF_8));
            }
        }
        assertThat(before.keySet()).isSubsetOf(after.keySet());
        assertThat(after.size() - before.size()).isEqualTo(created);
        long changed = after.keySet().stream().filter(f -> !java.util.Arrays.equals(before.get(f), after.get(f))).count();
        assertThat(changed).isEqualTo(models.size());
        assertThat(models(AWAITING)).isEmpty();
        Run validate = Run.of("validate", "--root", root.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 lỗi");
    }

    @Test
    void aBatchWithAnyRefusalWritesNothingAndNamesEachRefusal() throws IOException {
        List<String> awaiting = models(AWAITING);
        String illegal = models(Set.of(Status.DANG_TRIEN_KHAI)).get(0);
        String broken = awaiting.get(1);
        Path brokenFile = root.resolve("data/registrations/" + broken + ".yaml");
        Files.writeString(brokenFile, Files.readString(brokenFile) + "khoa_la: 1\n");
        Map<String, byte[]> before = snapshot();

        Run run = Run.of("decide", "--root", root.toString(), "--status", "duoc-duyet", "--date", "2023-12-30",
                awaiting.get(0), illegal, broken, "2023/xa-loc-an/khong-co-mo-hinh-nay");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + illegal + ".yaml:", "[decide-transition]",
                "data/registrations/" + broken + ".yaml:", "[model-has-errors]",
                "data/registrations/2023/xa-loc-an/khong-co-mo-hinh-nay.yaml:1:1: error: không có mô hình", "[unknown-model]");
        assertThat(run.out()).doesNotContain(awaiting.get(0) + ".yaml");
        assertThat(run.err()).contains("Không ghi tệp nào");
        assertThat(snapshot()).containsOnlyKeys(before.keySet());
        snapshot().forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void aDateBeforeTheLastStepIsRefused() throws IOException {
        String model = models(Set.of(Status.DANG_THAM_DINH)).get(0);
        Map<String, byte[]> before = snapshot();
        Run run = Run.of("decide", "--root", root.toString(), "--status", "duoc-duyet", "--date", "2023-01-02", model);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + model + ".yaml:", "ngày 02/01/2023 (--date) trước bước xem xét cuối",
                "[decide-date]");
        snapshot().forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Map<String, byte[]> before = snapshot();
        Run run = Run.of("decide", "--root", root.toString(), "--status", "duoc-duyet", "--date", "2023-12-30",
                "--dry-run", "--year", "2023", "--from-status", "can-bo-sung");
        assertThat(run.exit()).as(run.err()).isZero();
        String model = models(Set.of(Status.CAN_BO_SUNG)).get(0);
        assertThat(run.out()).contains("--- a/data/reviews/" + model + ".yaml\n+++ b/data/reviews/" + model + ".yaml\n@@ -",
                "\n+  - ngay: 2023-12-30\n+    trang_thai: duoc-duyet\n");
        assertThat(run.out().lines().filter(l -> l.startsWith("-") && !l.startsWith("---"))).isEmpty();
        assertThat(snapshot()).containsOnlyKeys(before.keySet());
        snapshot().forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void aReviewInFlowStyleIsRefusedNotRewritten() throws IOException {
        String model = models(Set.of(Status.DANG_THAM_DINH)).get(0);
        Path review = root.resolve("data/reviews/" + model + ".yaml");
        Files.writeString(review, "# sửa tay\nqua_trinh: [{ngay: 2023-03-17, trang_thai: dang-tham-dinh}]\n");
        Map<String, byte[]> before = snapshot();
        Run run = Run.of("decide", "--root", root.toString(), "--status", "duoc-duyet", "--date", "2023-12-30", model);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + model + ".yaml:2:1: error: không thêm được bước", "[review-flow-style]");
        snapshot().forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void whatValidateWouldRefuseInTheWrittenFileIsRefusedBeforeWriting() throws IOException {
        String model = models(Set.of(Status.CAN_BO_SUNG)).get(0);
        Map<String, byte[]> before = snapshot();
        Run run = Run.of("decide", "--root", root.toString(), "--status", "duoc-duyet", "--date", "2023-12-30",
                "--van-ban", "khong-co-van-ban-nay", model);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("data/reviews/" + model + ".yaml:", "\"khong-co-van-ban-nay\"", "[unknown-reference]");
        snapshot().forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void choosingModelsBothWaysOrNotAtAllIsWrongUsage() {
        String r = root.toString();
        assertThat(Run.of("decide", "--root", r, "--status", "duoc-duyet", "--date", "2023-12-30").exit()).isEqualTo(2);
        assertThat(Run.of("decide", "--root", r, "--status", "duoc-duyet", "--date", "2023-12-30", "--year", "2023",
                "2023/a/b").exit()).isEqualTo(2);
        assertThat(Run.of("decide", "--root", r, "--status", "duoc-duyet", "--date", "2023-12-30", "--unit", "x",
                "2023/a/b").exit()).isEqualTo(2);
        Run status = Run.of("decide", "--root", r, "--status", "duyet", "--date", "2023-12-30", "2023/a/b");
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("lỗi cách dùng:", "duoc-duyet");
        assertThat(Run.of("decide", "--root", r, "--status", "duoc-duyet", "--date", "2023-02-30", "2023/a/b").exit())
                .isEqualTo(2);
    }

    /** The models now in one of {@code statuses}, as {@code <year>/<unit>/<slug>}. */
    private List<String> models(Set<Status> statuses) {
        return models(root, statuses);
    }

    /** Shared with GradeCommandTest. */
    static List<String> models(Path root, Set<Status> statuses) {
        DataSet data = DataLoader.load(root, new Problems());
        Map<String, Review> reviews = new TreeMap<>();
        data.reviews().forEach(r -> reviews.put(r.key().path(), r));
        return data.registrations().stream().map(Registration::key).map(k -> k.path())
                .filter(p -> statuses.contains(Review.currentStatus(reviews.get(p)))).sorted().toList();
    }

    private String directive() {
        return DataLoader.load(root, new Problems()).directives().get(0).id();
    }

    private Map<String, byte[]> snapshot() throws IOException {
        return snapshot(root);
    }

    /** Every file under data/, by its path from the root. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
