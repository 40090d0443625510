package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.Run;
import vn.somohinh.cli.SiteBuild;

/**
 * A unit fills the 2023 Word form as a clerk would (names, not ids: "Tập thể", "Đảng ủy xã Lộc An", "15.000.000
 * đồng"), and {@code import} makes of it a registration file that validates, with the contract's values; the same
 * form after a LibreOffice round trip (every tag lost) gives the same file, byte for byte.
 */
class FormImportTest {
    private static final String FILE = "data/registrations/2023/xa-loc-an/ca-phe-ben-vung-theo-chuoi-o-loc-an.yaml";
    @TempDir
    static Path work;
    static Path filled;

    @BeforeAll
    static void fill() throws IOException {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        byte[] form = Files.readAllBytes(out.resolve("dot-dang-ky/2023/mau-dang-ky-2023.docx"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("don_vi", "Đảng ủy xã Lộc An");
        values.put("ten_mo_hinh", "Cà phê bền vững theo chuỗi ở Lộc An");
        values.put("hinh_thuc", "Tập thể");
        values.put("linh_vuc", "Kinh tế");
        values.put("nguoi_chu_tri", "Bí thư Đảng ủy xã");
        for (String key : List.of("thuc_trang", "muc_tieu", "noi_dung", "ket_qua_du_kien", "kha_nang_nhan_rong")) {
            values.put(key, "Đoạn thứ nhất về " + key + ".\n- Ý thứ hai, 100% hộ.");
        }
        values.put("tinh_moi", "Lần đầu tổ hợp tác ký hợp đồng bao tiêu với doanh nghiệp, giá sàn công khai cho từng hộ.");
        values.put("chi_tieu", "100% hộ ký cam kết\nGiảm 30% chi phí phân bón");
        values.put("thoi_gian.bat_dau", "2023-03-15");
        values.put("thoi_gian.ket_thuc", "2023-12-31");
        values.put("ngay_dang_ky", "2023-03-08");
        values.put("dia_ban_doi_tuong", "Thôn 1, thôn 2, bon Đăng Gia");
        values.put("don_vi_phoi_hop", "Ban Dân vận Huyện ủy");
        values.put("kinh_phi.ngan_sach", "15.000.000 đồng");
        values.put("kinh_phi.xa_hoi_hoa", "5 triệu");
        values.put("lo_trinh", "30/6/2023: Hoàn thành khảo sát\n2023-12-31: Tổng kết");
        values.put("lien_he.ho_ten", "Nguyễn Văn An");
        values.put("lien_he.chuc_vu", "Phó Bí thư");
        values.put("lien_he.dien_thoai", "0975 218 364");
        values.put("tai_lieu", "Kế hoạch: https://example.org/ke-hoach.pdf");
        Map<String, String> tags = FormFill.tags(form);
        assertThat(tags.keySet()).containsAll(values.keySet());
        filled = Files.write(Files.createDirectories(work.resolve("filled")).resolve("xa-loc-an.docx"),
                FormFill.fill(form, values, Set.of("can_cu:kl-14-tw", "can_cu:nq-07-hu")));
    }

    @Test
    void aFilledFormBecomesAFileWithTheContractsValues() throws IOException {
        Path root = copy("word");
        Run run = Run.of("import", filled.toString(), "--root", root.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Map<?, ?> file = new ObjectMapper(new YAMLFactory()).readValue(root.resolve(FILE).toFile(), Map.class);
        assertThat(file.get("hinh_thuc")).isEqualTo("tap-the");
        assertThat(file.get("linh_vuc")).isEqualTo("kinh-te");
        assertThat(file.get("can_cu")).isEqualTo(List.of("kl-14-tw", "nq-07-hu"));
        assertThat(file.get("don_vi_phoi_hop")).isEqualTo(List.of("ban-dan-van"));
        assertThat(file.get("kinh_phi")).isEqualTo(Map.of("ngan_sach", 15_000_000, "xa_hoi_hoa", 5_000_000));
        assertThat(file.get("ngay_dang_ky")).isEqualTo("2023-03-08");
        assertThat(file.get("lo_trinh")).isEqualTo(List.of(Map.of("ngay", "2023-06-30", "noi_dung", "Hoàn thành khảo sát"),
                Map.of("ngay", "2023-12-31", "noi_dung", "Tổng kết")));
        assertThat(run.out()).contains("xa-loc-an.docx: đầu phiếu: note: đã đọc \"Đảng ủy xã Lộc An\" thành xa-loc-an");
        Run validate = Run.of("validate", "--root", root.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).doesNotContain(FILE + ":");
    }

    @Test
    void afterALibreOfficeRoundTripTheSameFileComesOut() throws Exception {
        LibreOffice.require();
        Path odt = LibreOffice.convert(filled, null, "odt", Files.createDirectories(work.resolve("odt")));
        Path back = LibreOffice.convert(odt, null, "docx", Files.createDirectories(work.resolve("back")));
        Path word = copy("word-again");
        Path libre = copy("libre");
        assertThat(Run.of("import", filled.toString(), "--root", word.toString()).exit()).isZero();
        Run run = Run.of("import", back.toString(), "--root", libre.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(Files.readString(libre.resolve(FILE))).isEqualTo(Files.readString(word.resolve(FILE)));
    }

    private static Path copy(String name) throws IOException {
        Path root = Files.createDirectories(work.resolve("root-" + name));
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
        return root;
    }
}
