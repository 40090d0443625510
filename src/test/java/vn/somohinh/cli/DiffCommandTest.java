package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --base REF} against a real repository made with JGit. */
class DiffCommandTest {
    @TempDir
    Path tmp;

    private Path repository() throws Exception {
        Path root = FixtureSite.compose("site", tmp.resolve("repo"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(root, "Dữ liệu đợt 2023");
        }
        return root;
    }

    /** Commits every file of the working tree on the current branch. */
    private static void commit(Path root, String message) throws Exception {
        try (Git git = Git.open(root.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent id = new PersonIdent("Ban Tổ chức", "btc@example.vn", Instant.parse("2023-03-20T02:00:00Z"), ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
        }
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aUnitsChangeIsSummedUp() throws Exception {
        Path root = repository();
        Path reg = root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml");
        Files.writeString(reg, Files.readString(reg).replace("  - 40 hộ tham gia", "  - 60 hộ tham gia"), StandardCharsets.UTF_8);
        Path added = root.resolve("data/registrations/2023/xa-loc-bac/nuoi-ong.yaml");
        Files.writeString(added, Files.readString(reg).replace("ten_mo_hinh: Trồng dâu nuôi tằm", "ten_mo_hinh: Nuôi ong lấy mật"),
                StandardCharsets.UTF_8);
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("## Thay đổi so với `main`")
                .doesNotContain("[!WARNING]")
                .contains("| Mô hình thêm mới | 1 |", "- Nuôi ong lấy mật trong đồng bào dân tộc thiểu số (xa-loc-bac, năm 2023)")
                .contains("| Trồng dâu nuôi tằm trong đồng bào dân tộc thiểu số | `chi_tieu` | \\[40 hộ tham gia, Thu nhập")
                .contains("| Vấn đề mới | 1 |", "sau hạn 10/03/2023 của đợt 2023: việc nhận đăng ký muộn do Ban Tổ chức Huyện ủy xem xét, hãy báo lý do đăng ký muộn cho cơ quan này `late`");
    }

    @Test
    void statusMovesFixedProblemsAndWarningsAboutWhatIsTouched() throws Exception {
        Path root = repository();
        Path review = root.resolve("data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml");
        Files.writeString(review, Files.readString(review) + "  - ngay: 2023-04-01\n    trang_thai: dang-trien-khai\n",
                StandardCharsets.UTF_8);
        Path reg = root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml");
        Files.writeString(reg, Files.readString(reg).replace("ngay_dang_ky: 2023-03-15", "ngay_dang_ky: 2023-03-09"),
                StandardCharsets.UTF_8);
        Path other = root.resolve("data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml");
        Files.writeString(other, Files.readString(other).replace("50 hộ", "55 hộ"), StandardCharsets.UTF_8);
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.out())
                .contains("Thay đổi chạm tới hồ sơ của 2 đơn vị (xa-loc-an, xa-loc-bac)")
                .contains("1 tệp ngoài thư mục đăng ký của đơn vị, cần cơ quan tổng hợp xem xét: data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml")
                .contains("| Liên kết hộ trồng cà phê bền vững | Được duyệt | Đang triển khai |")
                .contains("### Vấn đề đã sửa", "sau hạn 10/03/2023 của đợt 2023: việc nhận đăng ký muộn do Ban Tổ chức Huyện ủy xem xét, hãy báo lý do đăng ký muộn cho cơ quan này `late`");
    }

    @Test
    void aModelWhoseFileNoLongerLoadsIsAFileWithErrorsNotADeletion() throws Exception {
        Path root = repository();
        Path broken = root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml");
        Files.writeString(broken, Files.readString(broken).replace("ten_mo_hinh: Trồng", "ten_mo_hinh: [Trồng"),
                StandardCharsets.UTF_8);
        Files.delete(root.resolve("data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml"));
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("| Mô hình bị xóa | 1 |", "| Mô hình có tệp lỗi | 1 |", "| Vấn đề đã sửa | 0 |")
                .contains("### Mô hình bị xóa\n\n- Liên kết hộ trồng cà phê bền vững (xa-loc-an, năm 2023)\n\n")
                .containsPattern("### Mô hình có tệp lỗi\n\n- Trồng dâu nuôi tằm trong đồng bào dân tộc thiểu số \\(xa-loc-bac, "
                        + "năm 2023\\): `data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml`\n"
                        + "  - `data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml:\\d+` error: .+ `yaml-syntax`\n");
        String removed = run.out().substring(run.out().indexOf("### Mô hình bị xóa"), run.out().indexOf("### Mô hình có tệp lỗi"));
        assertThat(removed).doesNotContain("Trồng dâu");
    }

    @Test
    void aProblemWhoseEntryMovesInItsListIsNeitherNewNorFixed() throws Exception {
        Path root = repository();
        Path units = root.resolve("data/units.yaml");
        Path reg = root.resolve("data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml");
        replace(units, "  loai: phong-ban\n", "  loai: phong-bann\n");
        replace(reg, "can_cu: [kl-14-tw, cv-854-hu]", "can_cu: [kl-14-tw, khong-co]");
        commit(root, "Một loại đơn vị và một căn cứ viết sai");
        // One unit above the bad one, one directive above the bad id, and one bad id more at the end.
        replace(units, "- id: phong-noi-vu\n", "- id: van-phong\n  ten: Văn phòng Huyện ủy\n  loai: phong-ban\n- id: phong-noi-vu\n");
        replace(reg, "can_cu: [kl-14-tw, khong-co]", "can_cu: [cv-854-hu, kl-14-tw, khong-co, khong-co-nua]");
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("| Vấn đề mới | 1 |", "| Vấn đề đã sửa | 0 |")
                .containsPattern("### Vấn đề mới\n\n- `data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.yaml:\\d+` error: ")
                .contains("trường \"can\\_cu\\[4\\]\"", "khong-co-nua")
                .doesNotContain("\\[5\\].loai", "\\[4\\].loai", "can\\_cu\\[3\\]");
    }

    @Test
    void aModelRenamedToAFixableWrongNameIsAFileWithErrorsNotADeletion() throws Exception {
        Path root = repository();
        Path dir = root.resolve("data/registrations/2023");
        Files.move(dir.resolve("xa-loc-bac/trong-dau-nuoi-tam.yaml"), dir.resolve("xa-loc-bac/trong-dau-nuoi-tam.YAML"));
        Files.move(dir.resolve("xa-loc-an/ca-phe-ben-vung.yaml"), dir.resolve("xa-loc-an/ca-phe-ben-vung.yml"));
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("| Mô hình bị xóa | 0 |", "| Mô hình có tệp lỗi | 2 |", "| Vấn đề đã sửa | 0 |")
                .doesNotContain("### Mô hình bị xóa")
                .containsPattern("- Trồng dâu nuôi tằm trong đồng bào dân tộc thiểu số \\(xa-loc-bac, năm 2023\\): "
                        + "`data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.YAML`\n"
                        + "  - `data/registrations/2023/xa-loc-bac/trong-dau-nuoi-tam.YAML:1` error: .+trong-dau-nuoi-tam.yaml.+ `bad-path`\n")
                .contains("(xa-loc-an, năm 2023): `data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yml`");
    }

    @Test
    void anUnknownRefIsWrongUsageSayingWhatToCheck() throws Exception {
        Path root = repository();
        Run run = Run.of("diff", "--base", "khong-co", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("lỗi cách dùng: giá trị 'khong-co' của --base không dùng được: không có nhánh hay commit")
                .contains("git branch -a", "Cách dùng:").doesNotContain("Exception", "null");
        assertThat(WrongUsageTest.englishIn(run.err(), "khong-co", root.toString())).isEmpty();
        Run malformed = Run.of("diff", "--base", "main^{", "--root", root.toString());
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("lỗi cách dùng: giá trị 'main^{' của --base không dùng được");
    }

    @Test
    void aRootOutsideAnyRepositoryIsWrongUsage() {
        Path root = FixtureSite.compose("site", tmp.resolve("khong-phai-kho"));
        Run run = Run.of("diff", "--base", "main", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("lỗi cách dùng: thư mục gốc " + root + " không nằm trong kho Git")
                .doesNotContain("Exception", "null");
        assertThat(WrongUsageTest.englishIn(run.err(), root.toString())).isEmpty();
    }
}
