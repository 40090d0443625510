package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/** CSV as Excel saves it: UTF-8 with a BOM and `;` (Vietnamese regional settings), `,`, UTF-16 "Unicode text". */
class CsvTablesTest {
    private static final String TABLE = """
            BẢNG TỔNG HỢP ĐĂNG KÝ MÔ HÌNH NĂM 2023;;;;;
            STT;Tên mô hình, cách làm;Đơn vị;Thời gian;;Kinh phí (đồng)
            ;;;Bắt đầu;Kết thúc;
            1;"Cà phê bền vững
            \"\"xanh\"\"\";Xã Lộc An;10/3/2023;2023-12-31;15.000.000
            ;;;;;
            2;Chợ phiên không tiền mặt;xa-loc-thang;01.4.2023;;15 triệu
            Cộng;;;;;30.000.000
            """;

    @TempDir
    Path dir;

    @Test
    void utf8WithBomAndSemicolonsAsVietnameseExcelSavesIt() throws IOException {
        Path file = write("bang.csv", "\uFEFF" + TABLE.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Problems problems = new Problems();
        List<Entry> entries = Tables.read(file, "bang.csv", problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(entries).extracting(Entry::place).containsExactly("bang.csv!4", "bang.csv!6");
        Entry first = entries.get(0);
        assertThat(first.source()).isEqualTo("bang.csv");
        assertThat(first.cells().keySet()).containsExactly("ten_mo_hinh", "don_vi", "thoi_gian.bat_dau",
                "thoi_gian.ket_thuc", "kinh_phi.ngan_sach");
        assertThat(first.cells().get("ten_mo_hinh")).isEqualTo(Cell.text("bang.csv!B4", "Cà phê bền vững\n\"xanh\""));
        assertThat(first.cells().get("thoi_gian.bat_dau")).isEqualTo(Cell.text("bang.csv!D4", "10/3/2023"));
        assertThat(first.cells().get("kinh_phi.ngan_sach")).isEqualTo(Cell.text("bang.csv!F4", "15.000.000"));
        assertThat(entries.get(1).cells().get("kinh_phi.ngan_sach").text()).isEqualTo("15 triệu");
    }

    @Test
    void commasWithoutBom() throws IOException {
        String csv = "ten_mo_hinh,don_vi,linh_vuc\n\"Cà phê, hồ tiêu\",xa-loc-an,nong-nghiep\n";
        List<Entry> entries = Tables.read(write("export.csv", csv, StandardCharsets.UTF_8), "export.csv", new Problems());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.cells().get("ten_mo_hinh").text()).isEqualTo("Cà phê, hồ tiêu");
            assertThat(e.cells().get("linh_vuc")).isEqualTo(Cell.text("export.csv!C2", "nong-nghiep"));
        });
    }

    @Test
    void utf16WithBomAndTabsAsExcelsUnicodeText() throws IOException {
        String text = "\uFEFFTên mô hình\tĐơn vị\r\nCà phê bền vững\tXã Lộc An\r\n";
        List<Entry> entries = Tables.read(write("bang.csv", text, StandardCharsets.UTF_16LE), "bang.csv", new Problems());
        assertThat(entries).singleElement().satisfies(e ->
                assertThat(e.cells().get("don_vi")).isEqualTo(Cell.text("bang.csv!B2", "Xã Lộc An")));
    }

    @Test
    void windows1258IsRefusedRatherThanGarbled() throws IOException {
        Path file = write("bang.csv", "Tên mô hình;Đơn vị\nCà phê;Xã Lộc An\n", Charset.forName("windows-1258"));
        Problems problems = new Problems();
        assertThat(Tables.read(file, "bang.csv", problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("import-unreadable");
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void anUnclosedQuoteIsOneProblem() throws IOException {
        Path file = write("bang.csv", "Tên mô hình;Đơn vị\n\"Cà phê;Xã Lộc An\n3;\"x\"y\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Tables.read(file, "bang.csv", problems);
        assertThat(problems.sorted()).extracting(Problem::code).containsExactly("import-unreadable");
    }

    @Test
    void aTableWithoutHeaderSaysWhatAHeaderIs() throws IOException {
        Path file = write("bang.csv", "Danh sách\nCà phê;Xã Lộc An\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        assertThat(Tables.read(file, "bang.csv", problems)).isEmpty();
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bang.csv");
            assertThat(p.line()).isZero();
            assertThat(p.code()).isEqualTo("import-no-header");
            assertThat(p.message()).contains("20 dòng đầu", "\"Tên mô hình\"");
        });
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
