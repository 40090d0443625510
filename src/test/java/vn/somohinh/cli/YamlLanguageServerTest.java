package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.JsonSchemas;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.problem.Problems;

/**
 * What a unit sees in an editor: the real yaml-language-server (npm, installed by {@code npm ci}) opens each file
 * through its first line's schema. The default data gives no diagnostic; each broken case is flagged at its line,
 * in Vietnamese; a site with dia_chi_trang loads its schemas from their absolute addresses (served here from local
 * files: nothing goes to the network). One server process for every file. Skipped, with a notice, without Node.
 */
class YamlLanguageServerTest {
    private static final String REGISTRATION = "data/registrations/2023/xa-loc-an/";
    private static final String PUBLISHED = "https://so-mo-hinh.example.org/so-mo-hinh/" + SiteAddress.SCHEMA_FOLDER;
    /** Words of the server's own English messages, which the schemas' Vietnamese ones replace. */
    private static final List<String> ENGLISH = List.of("Property", "Missing", "Incorrect", "Value is", "String ", "Array ",
            "Matches", "not accepted");
    @TempDir
    static Path tmp;
    static YamlLanguageServer server;
    static Path base;
    static Path published;

    static String unavailable;

    @BeforeAll
    static void start() throws Exception {
        unavailable = YamlLanguageServer.unavailable();
        if (unavailable != null) {
            System.err.println("NOTICE: YamlLanguageServerTest skipped: " + unavailable);
            return;
        }
        base = FixtureSite.compose("valid", tmp.resolve("base"));
        writeSchemas(base, base.resolve("schema"));
        published = FixtureSite.compose("site-address", tmp.resolve("published"));
        Path served = tmp.resolve("served");
        writeSchemas(published, served);
        Map<String, Path> offline = new HashMap<>();
        try (Stream<Path> files = Files.list(served)) {
            files.forEach(f -> offline.put(PUBLISHED + f.getFileName(), f));
        }
        server = new YamlLanguageServer(Path.of("."), offline);
    }

    @BeforeEach
    void needsTheServer() {
        Assumptions.assumeTrue(unavailable == null, "yaml-language-server cannot run here: " + unavailable);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyDefaultDataFileGivesNoDiagnostic() throws Exception {
        List<Path> files = yamlFiles(Path.of("."));
        for (Path f : files) {
            server.open(f, Files.readString(f, StandardCharsets.UTF_8));
        }
        List<String> flagged = new ArrayList<>();
        for (Path f : files) {
            server.diagnostics(f).forEach(d -> flagged.add(f + ":" + d.line() + ":" + d.column() + " " + d.message()));
        }
        assertThat(flagged).isEmpty();
        assertThat(files).hasSizeGreaterThan(80);
    }

    @Test
    void eachBrokenCaseIsFlaggedAtItsLineInVietnamese() throws Exception {
        String reg = REGISTRATION + "ca-phe-ben-vung.yaml";
        String review = "data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml";
        List<Case> cases = List.of(
                new Case(reg, "hinh_thuc: tap-the", "hinh_thuc: tap-thee", "hinh_thuc", "hãy ghi tap-the (tập thể) hoặc ca-nhan"),
                new Case(reg, "linh_vuc: kinh-te", "linh_vuc: kinh-tee", "linh_vuc", "danh mục linh_vuc của data/site.yaml (kinh-te, xay-dung-dang)"),
                new Case(reg, "can_cu: [kl-14-tw]", "can_cu: [kl-99-tw]", "can_cu", "hãy chọn một mã có trong data/directives.yaml"),
                new Case(reg, "can_cu: [kl-14-tw]", "can_cu: []", "can_cu", "ít nhất 1 mục"),
                new Case(reg, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-02-30", "ngay_dang_ky", "hãy ghi một ngày có thật"),
                new Case(reg, "bat_dau: 2023-03-15", "bat_dau: 2023-04-31", "bat_dau", "ngày bắt đầu (bat_dau): hãy ghi một ngày có thật"),
                new Case(reg, "ket_thuc: 2023-12-31", "ket_thuc: 2023-02-29", "ket_thuc", "ngày kết thúc (ket_thuc)"),
                new Case(reg, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\ndon_vi_phoi_hop: [xa-loc-an, xa-khong-co]",
                        "don_vi_phoi_hop", "đơn vị phối hợp (don_vi_phoi_hop): hãy chọn một mã có trong data/units.yaml"),
                new Case(reg, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\nkinh_phi:\n  ngan_sach: -5000000",
                        "ngan_sach", "ngân sách (ngan_sach): hãy ghi một số nguyên không âm"),
                new Case(reg, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\nlien_he:\n  email: a@b.vn",
                        "email", "trường không có trong mẫu liên hệ"),
                new Case(reg, "ten_mo_hinh:", "ten_mo_hinhh:", "ten_mo_hinhh", "trường không có trong mẫu đăng ký mô hình"),
                new Case(reg, "ten_mo_hinh:", "ten_mo_hinhh:", "ten_mo_hinhh", "thiếu trường bắt buộc \"ten_mo_hinh\" (tên mô hình)"),
                new Case(reg, "muc_tieu: Hình thành chuỗi liên kết có truy xuất nguồn gốc.\n", "", "ten_mo_hinh",
                        "thiếu trường bắt buộc \"muc_tieu\" (mục tiêu): hãy bổ sung"),
                new Case(reg, "nguoi_chu_tri: Bí thư Đảng ủy xã", "nguoi_chu_tri: " + "x".repeat(1001), "nguoi_chu_tri",
                        "tối đa 1.000 ký tự"),
                new Case(reg, "nguoi_chu_tri: Bí thư Đảng ủy xã", "nguoi_chu_tri: \"\u00a0\"", "nguoi_chu_tri", "không để trống"),
                new Case(reg, "nguoi_chu_tri: Bí thư Đảng ủy xã", "nguoi_chu_tri: \"\u200b\u200c\u200d\u2060\u180e\"", "nguoi_chu_tri",
                        "không để trống"),
                new Case(review, "trang_thai: dang-tham-dinh", "trang_thai: duyet", "trang_thai",
                        "trạng thái (trang_thai): hãy chọn một mã có trong danh sách trạng thái"),
                new Case(review, "trang_thai: duoc-duyet", "trang_thai: duoc-duyet\n    van_ban: tb-khong-co", "van_ban",
                        "data/directives.yaml"),
                new Case(review, "trang_thai: duoc-duyet", "trang_thai: duoc-duyet\ndanh_gia:\n  ngay: 2023-12-20\n  xep_loai: xuat-sac",
                        "xep_loai", "xếp loại (xep_loai): hãy chọn một mã có trong danh mục xep_loai của data/site.yaml (tot, dat)"),
                new Case("data/units.yaml", "loai: phong-ban", "loai: phong-bann", "loai: phong-bann", "danh mục loai_don_vi"),
                new Case("data/campaigns/2023.yaml", "doi_tuong: [to-chuc-co-so-dang]", "doi_tuong: [to-chuc-co-so]",
                        "doi_tuong", "danh mục loai_don_vi"),
                new Case("data/site.yaml", "ten_trang:", "ten_trangg:", "ten_trangg", "trường không có trong mẫu data/site.yaml"));
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            // Each case is a document of its own, opened beside the real file so that its schema line resolves.
            Path file = base.resolve(c.file.replace(".yaml", "-" + i + ".yaml"));
            server.open(file, c.text());
            opened.add(file);
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<YamlLanguageServer.Diagnostic> found = server.diagnostics(opened.get(i));
            int line = c.line();
            boolean flagged = found.stream().anyMatch(d -> d.line() == line && d.message().contains(c.message));
            boolean english = found.stream().anyMatch(d -> ENGLISH.stream().anyMatch(d.message()::contains));
            if (!flagged || english) {
                missed.add(c.to.lines().findFirst().orElse(c.from) + " (line " + line + "): " + found);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void aRealLeapDayAndTheUntouchedBaseAreClean() throws Exception {
        Case leap = new Case(REGISTRATION + "ca-phe-ben-vung.yaml", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2024-02-29", "", "");
        Path file = base.resolve(REGISTRATION + "leap.yaml");
        server.open(file, leap.text());
        assertThat(server.diagnostics(file)).isEmpty();
    }

    @Test
    void aSiteWithAPublicAddressLoadsItsSchemasFromThere() throws Exception {
        List<Path> files = yamlFiles(published);
        for (Path f : files) {
            server.open(f, Files.readString(f, StandardCharsets.UTF_8));
        }
        for (Path f : files) {
            assertThat(server.diagnostics(f)).as(f.toString()).isEmpty();
        }
        Path broken = published.resolve("data/units-loai.yaml");
        String text = Files.readString(published.resolve("data/units.yaml"), StandardCharsets.UTF_8)
                .replace("loai: phong-ban", "loai: phong-bann");
        int line = (int) text.substring(0, text.indexOf("phong-bann")).lines().count();
        server.open(broken, text);
        assertThat(server.diagnostics(broken)).anyMatch(d -> d.line() == line && d.message().contains("danh mục loai_don_vi"));
        assertThat(server.schemasAsked).contains(PUBLISHED + "units.schema.json", PUBLISHED + "registration.schema.json");
    }

    /** A data file of the base site with one change: {@code line} is where {@code at} is in the changed text. */
    record Case(String file, String from, String to, String at, String message) {
        String text() throws java.io.IOException {
            String original = Files.readString(base.resolve(file), StandardCharsets.UTF_8);
            if (!original.contains(from)) {
                throw new AssertionError(file + " has no " + from);
            }
            return SiteAddress.modeline(null, file) + "\n" + original.replace(from, to);
        }

        int line() throws java.io.IOException {
            String text = text();
            return (int) text.substring(0, text.indexOf(at)).chars().filter(ch -> ch == '\n').count() + 1;
        }
    }

    private static void writeSchemas(Path root, Path folder) throws java.io.IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : JsonSchemas.all(DataLoader.load(root, new Problems())).entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> yamlFiles(Path root) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(root.resolve("data"))) {
            return all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
