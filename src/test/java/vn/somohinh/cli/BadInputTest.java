package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, one case each, through {@code build}: the exit status is 1, the problem names the file,
 * line, column and code, and nothing is written to the output folder. The base is the "valid" fixture.
 */
class BadInputTest {
    static final String REG = "data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml";
    static final String REVIEW = "data/reviews/2023/xa-loc-an/ca-phe-ben-vung.yaml";

    /** One hostile file, and where the build must point: "file:line:col" and the code. */
    record Case(String name, String file, byte[] content, String at, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String base(String file) {
        try {
            return Files.readString(FixtureSite.FIXTURES.resolve("_base").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Case reg(String name, String replace, String with, String at, String code) {
        String text = base(REG);
        if (!text.contains(replace)) {
            throw new IllegalArgumentException(name + ": base has no " + replace);
        }
        return new Case(name, REG, text.replace(replace, with).getBytes(StandardCharsets.UTF_8), REG + ":" + at, code);
    }

    static Case file(String name, String file, String text, String at, String code) {
        return bytes(name, file, text.getBytes(StandardCharsets.UTF_8), at, code);
    }

    static Case bytes(String name, String file, byte[] content, String at, String code) {
        return new Case(name, file, content, file + ":" + at, code);
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String r = "data/registrations/2023/xa-loc-an/";
        // Shape of the file
        c.add(file("empty file", r + "rong.yaml", "", "1:1", "empty-file"));
        c.add(file("comment-only file", r + "chu-thich.yaml", "# chưa điền\n   \n", "1:1", "empty-file"));
        c.add(file("list where a mapping is expected", r + "ds.yaml", "- ten_mo_hinh: A\n", "1:1", "wrong-shape"));
        c.add(file("scalar where a mapping is expected", r + "chu.yaml", "Camera an ninh\n", "1:1", "wrong-shape"));
        c.add(file("mapping where the roster list is expected", "data/units.yaml", "id: a\n", "1:1", "wrong-shape"));
        // Syntax
        c.add(reg("unterminated quote", "nguoi_chu_tri: Bí thư Đảng ủy xã", "nguoi_chu_tri: \"Bí thư Đảng ủy xã", "4:16", "yaml-syntax"));
        c.add(reg("tab indentation", "  bat_dau: 2023-03-15", "\tbat_dau: 2023-03-15", "13:1", "yaml-syntax"));
        c.add(reg("duplicate key at top level", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\nngay_dang_ky: 2023-03-09", "16:1", "duplicate-key"));
        c.add(reg("duplicate key nested", "  ket_thuc: 2023-12-31", "  ket_thuc: 2023-12-31\n  bat_dau: 2023-03-16", "15:3", "duplicate-key"));
        c.add(reg("second document", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\n---\nten_mo_hinh: B", "17:1", "multiple-documents"));
        // What Jackson would let slip through
        c.add(reg("alias", "hinh_thuc: tap-the", "hinh_thuc: *ht", "2:12", "yaml-alias"));
        c.add(reg("anchor", "hinh_thuc: tap-the", "hinh_thuc: &ht tap-the", "2:12", "yaml-anchor"));
        c.add(reg("merge key", "hinh_thuc: tap-the", "<<: {hinh_thuc: tap-the}", "2:1", "yaml-merge-key"));
        c.add(file("billion laughs", r + "cuoi.yaml", laughs(), "1:4", "yaml-anchor"));
        c.add(reg("java class tag", "hinh_thuc: tap-the", "hinh_thuc: !!java.net.URL http://x.vn/", "2:12", "yaml-tag"));
        c.add(reg("custom tag", "hinh_thuc: tap-the", "hinh_thuc: !thu tap-the", "2:12", "yaml-tag"));
        // Size and depth
        c.add(bytes("5 MB file", r + "lon.yaml", new byte[5 * 1024 * 1024], "1:1", "file-too-large"));
        c.add(file("nesting 10,000 deep", r + "sau.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "1:23", "too-deep"));
        c.add(reg("200 KB string in a text field", "ten_mo_hinh: Liên kết", "ten_mo_hinh: " + "x".repeat(200_000) + " Liên kết", "1:14", "text-too-long"));
        // Encodings and characters
        c.add(bytes("invalid UTF-8", REG, withByte(base(REG), "Bí thư", (byte) 0xC3), "4:16", "not-utf8"));
        c.add(bytes("Latin-1 bytes", REG, base(REG).replace("Bí thư Đảng ủy xã", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1), "1:16", "not-utf8"));
        c.add(bytes("UTF-16", REG, ("\uFEFF" + base(REG)).getBytes(StandardCharsets.UTF_16LE), "1:1", "not-utf8"));
        c.add(reg("NUL character", "Bí thư", "Bí\u0000thư", "4:18", "control-char"));
        c.add(reg("other control character", "Bí thư", "Bí\u001Bthư", "4:18", "control-char"));
        // Values
        c.add(reg("impossible date", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-02-30", "15:15", "invalid-date"));
        c.add(reg("date without leading zero", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-3-10", "15:15", "invalid-date"));
        c.add(reg("Vietnamese date order", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 10/03/2023", "15:15", "invalid-date"));
        for (String money : List.of(".inf", ".nan", "-5", "1e9")) {
            c.add(reg("money " + money, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\nkinh_phi: {ngan_sach: " + money + "}", "16:23", "invalid-number"));
        }
        c.add(reg("missing required key", "muc_tieu: Hình thành chuỗi liên kết có truy xuất nguồn gốc.\n", "", "1:1", "missing-key"));
        c.add(reg("null required value", "hinh_thuc: tap-the", "hinh_thuc: ~", "2:1", "empty-value"));
        c.add(reg("empty required value", "hinh_thuc: tap-the", "hinh_thuc: \"\"", "2:1", "empty-value"));
        c.add(reg("whitespace-only required value", "hinh_thuc: tap-the", "hinh_thuc: '   '", "2:1", "empty-value"));
        c.add(reg("misspelled top-level key", "hinh_thuc: tap-the", "hinh_thucc: tap-the", "2:1", "unknown-key"));
        c.add(reg("misspelled nested key", "  bat_dau: 2023-03-15", "  bat_dauu: 2023-03-15", "13:3", "unknown-key"));
        c.add(reg("misspelled key in a list item", "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\nlo_trinh:\n  - ngay: 2023-04-01\n    noidung: Ra mắt", "18:5", "unknown-key"));
        c.add(file("misspelled key in a roster entry", "data/units.yaml", base("data/units.yaml").replace("  loai: phong-ban", "  loaii: phong-ban"), "6:3", "unknown-key"));
        c.add(file("misspelled key in a code list", "data/site.yaml", base("data/site.yaml").replace("  - id: dat\n    ten: Đạt", "  - id: dat\n    tenn: Đạt"), "17:5", "unknown-key"));
        c.add(file("misspelled key in a review step", REVIEW, base(REVIEW).replace("    trang_thai: duoc-duyet", "    trangthai: duoc-duyet"), "5:5", "unknown-key"));
        c.add(reg("list where text is expected", "nguoi_chu_tri: Bí thư Đảng ủy xã", "nguoi_chu_tri: [Bí thư]", "4:16", "wrong-type"));
        // Ids
        c.add(file("the same id twice", "data/units.yaml", base("data/units.yaml") + "- {id: xa-loc-an, ten: Trùng, loai: phong-ban}\n", "7:8", "duplicate-id"));
        c.add(file("id differing only by case", "data/units.yaml", base("data/units.yaml") + "- {id: XA-LOC-AN, ten: Hoa, loai: phong-ban}\n", "7:8", "invalid-id"));
        c.add(file("id with a Cyrillic look-alike", "data/units.yaml", base("data/units.yaml") + "- {id: x\u0430-loc-an, ten: Giả, loai: phong-ban}\n", "7:8", "invalid-id"));
        c.add(file("id with a zero-width space", "data/units.yaml", base("data/units.yaml") + "- {id: xa-loc\u200B-an, ten: Giả, loai: phong-ban}\n", "7:8", "invalid-id"));
        c.add(file("id with a bidi override", "data/units.yaml", base("data/units.yaml") + "- {id: xa-loc\u202E-an, ten: Giả, loai: phong-ban}\n", "7:14", "control-char"));
        // Places and reviews
        c.add(file("registration under an unknown year", "data/registrations/2022/xa-loc-an/a.yaml", base(REG), "1:1", "unknown-year"));
        c.add(file("registration under an unknown unit", "data/registrations/2023/xa-loc-xyz/a.yaml", base(REG), "1:1", "unknown-unit-folder"));
        c.add(file("review without its registration", "data/reviews/2023/xa-loc-an/khong-co.yaml", base(REVIEW), "1:1", "orphan-review"));
        c.add(file("forbidden status move", REVIEW, "qua_trinh:\n  - ngay: 2023-03-14\n    trang_thai: tong-ket\n", "3:17", "status-transition"));
        c.add(file("review dates out of order", REVIEW, base(REVIEW).replace("2023-03-24", "2023-03-12"), "4:11", "review-order"));
        c.add(file("evaluation before tong-ket", REVIEW, base(REVIEW) + "danh_gia: {ngay: 2023-12-20, xep_loai: tot}\n", "6:11", "evaluation-too-early"));
        String tongKet = base(REVIEW) + "  - ngay: 2023-04-01\n    trang_thai: dang-trien-khai\n  - ngay: 2023-12-01\n"
                + "    trang_thai: tong-ket\n";
        c.add(file("yes in a yes/no field", REVIEW, tongKet + "danh_gia: {ngay: 2023-12-20, xep_loai: tot, de_xuat_nhan_rong: yes}\n", "10:64", "invalid-boolean"));
        c.add(file("maybe in a yes/no field", REVIEW, tongKet + "danh_gia: {ngay: 2023-12-20, xep_loai: tot, de_xuat_khen_thuong: maybe}\n", "10:66", "invalid-boolean"));
        // URLs and file names
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)")) {
            c.add(reg("URL " + url, "ngay_dang_ky: 2023-03-08", "ngay_dang_ky: 2023-03-08\ntai_lieu: [{ten: Kế hoạch, lien_ket: '" + url + "'}]", "16:38", "invalid-url"));
        }
        c.add(file("file name with a space", r + "ca phe.yaml", base(REG), "1:1", "bad-path"));
        c.add(file("file name with a leading dash", r + "-ca-phe.yaml", base(REG), "1:1", "bad-path"));
        return c.stream();
    }

    private static String laughs() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char ch = 'b'; ch <= 'j'; ch++) {
            char p = (char) (ch - 1);
            y.append(ch).append(": &").append(ch).append(" [*").append(p).append((", *" + p).repeat(8)).append("]\n");
        }
        return y.toString();
    }

    private static byte[] withByte(String text, String before, byte bad) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = text.substring(0, text.indexOf(before)).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, prefix.length);
        out[prefix.length] = bad;
        System.arraycopy(utf8, prefix.length, out, prefix.length + 1, utf8.length - prefix.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsPlaceAndNothingIsWritten(Case c, @TempDir Path tmp) throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Path target = root.resolve(c.file());
        Files.createDirectories(target.getParent());
        Files.write(target, c.content());
        Path out = tmp.resolve("out");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                Run.of("build", "--root", root.toString(), "--out", out.toString()));
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.startsWith(c.at() + ": error: ") && l.endsWith("[" + c.code() + "]")))
                .as(run.out()).isNotEmpty();
        assertThat(ProblemPaths.unnamed(root, run.out())).as("messages name their key path, never null").isEmpty();
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }
}
