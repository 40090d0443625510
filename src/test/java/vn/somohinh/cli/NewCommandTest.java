package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new} writes a registration with every key that validates once filled, and refuses what it should. */
class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAFileThatValidatesOnceFilled() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Run run = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-an", "--year", "2023", "--slug", "cong-an-ninh");
        assertThat(run.exit()).as(run.err()).isZero();
        Path file = root.resolve("data/registrations/2023/xa-loc-an/cong-an-ninh.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# yaml-language-server: $schema=../../../../schema/registration.schema.json")
                .contains("ngay_dang_ky: 2023-03-20", "# (*) Điểm mới, sáng tạo");
        for (var key : vn.somohinh.load.Schemas.REGISTRATION.keys()) {
            assertThat(text).as(key).containsPattern("(?m)^" + key + ":");
        }
        Run unfilled = Run.of("validate", "--root", root.toString());
        assertThat(unfilled.exit()).isEqualTo(1);
        assertThat(unfilled.out()).contains("cong-an-ninh.yaml:6:1: error: trường bắt buộc \"ten_mo_hinh\" đang để trống");

        String filled = text.replace("ten_mo_hinh:\n", "ten_mo_hinh: Cổng an ninh văn hóa ở thôn 3\n")
                .replace("linh_vuc:\n", "linh_vuc: xay-dung-dang\n")
                .replace("nguoi_chu_tri:\n", "nguoi_chu_tri: Bí thư chi bộ thôn 3\n")
                .replace("can_cu:\n  -\n", "can_cu:\n  - kl-14-tw\n")
                .replace("thuc_trang: |\n\n", "thuc_trang: |\n  Thôn đông dân, nhiều người lạ qua lại.\n")
                .replace("muc_tieu: |\n\n", "muc_tieu: |\n  Giữ an ninh cổng thôn.\n")
                .replace("noi_dung: |\n\n", "noi_dung: |\n  Dựng cổng, tổ tự quản trực theo ca.\n")
                .replace("tinh_moi: |\n\n", "tinh_moi: |\n  Lần đầu tiên người dân tự góp công dựng cổng và tự phân ca trực, có sổ ghi chép công khai tại nhà văn hóa thôn.\n")
                .replace("chi_tieu:\n  -\n", "chi_tieu:\n  - 100% hộ ký cam kết\n")
                .replace("  ket_thuc:\n", "  ket_thuc: 2023-12-31\n");
        Files.writeString(file, filled, StandardCharsets.UTF_8);
        Run ok = Run.of("validate", "--root", root.toString());
        assertThat(ok.exit()).as(ok.out()).isZero();
        // Filled in after the deadline: only the late warning remains.
        assertThat(ok.out().lines().filter(l -> l.contains("cong-an-ninh.yaml:")))
                .containsExactly("data/registrations/2023/xa-loc-an/cong-an-ninh.yaml:36:15: warning: trường \"ngay_dang_ky\": đăng ký ngày 20/03/2023, sau hạn 10/03/2023 của đợt 2023: "
                        + "việc nhận đăng ký muộn do Ban Tổ chức Huyện ủy xem xét, hãy báo lý do đăng ký muộn cho cơ quan này [late]");
    }

    @Test
    void refusesToOverwriteAndRejectsUnknownUnitsAndYears() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Run exists = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-an", "--year", "2023", "--slug", "ca-phe-ben-vung");
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).contains("[file-exists]");
        Run unknown = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-ann", "--year", "2022", "--slug", "x");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("data/registrations/2022/xa-loc-ann/x.yaml:1:1: error: năm 2022 chưa có đợt đăng ký")
                .contains("[unknown-unit-folder]", "(có phải \"xa-loc-an\"?)");
        assertThat(root.resolve("data/registrations/2022")).doesNotExist();
        // A year the layout refuses is told so, never to create data/campaigns/999.yaml (a name the tool refuses too).
        Run year = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-an", "--year", "0999", "--slug", "x");
        assertThat(year.exit()).isEqualTo(1);
        assertThat(year.err()).contains("[bad-path]", "4 chữ số").doesNotContain("campaigns/999");
        // The folder name as typed, refused as the layout refuses that folder.
        assertThat(year.err()).startsWith("data/registrations/0999/xa-loc-an/x.yaml:1:1: error: ")
                .contains("thư mục năm \"0999\" (--year)").doesNotContain("registrations/999/", "năm 999");
        Run inside = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-an", "--year", "02023", "--slug", "x");
        assertThat(inside.exit()).isEqualTo(1);
        assertThat(inside.err()).contains("data/registrations/02023/", "\"02023\"", "ví dụ --year 2023").doesNotContain("[unknown-year]");
        assertThat(root.resolve("data/registrations/0999")).doesNotExist();
        assertThat(root.resolve("data/registrations/02023")).doesNotExist();
    }
}
