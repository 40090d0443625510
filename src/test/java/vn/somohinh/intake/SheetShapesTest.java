package vn.somohinh.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;

/** Shapes of tables beyond the usual one: section headings, a header pasted again, a split header not merged. */
class SheetShapesTest {
    @TempDir
    Path dir;

    @Test
    void sectionHeadingsAndARepeatedHeaderAreNoModels() throws IOException {
        Path file = dir.resolve("bang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Tổng hợp");
            CompiledTable.values(s.createRow(0), "STT", "Tên mô hình", "Đơn vị", "Lĩnh vực");
            CompiledTable.values(s.createRow(1), "I. KHỐI XÃ, THỊ TRẤN");
            s.addMergedRegion(CellRangeAddress.valueOf("A2:D2"));
            CompiledTable.values(s.createRow(2), "1", "Cà phê bền vững", "Xã Lộc An", "Nông nghiệp");
            CompiledTable.values(s.createRow(3), "", "II. KHỐI ĐẢNG");
            s.addMergedRegion(CellRangeAddress.valueOf("B4:D4"));
            CompiledTable.values(s.createRow(4), "STT", "Tên mô hình", "Đơn vị", "Lĩnh vực");
            CompiledTable.values(s.createRow(5), "2", "Sổ tay đảng viên", "Đảng ủy Khối", "Chuyển đổi số");
            wb.write(out);
        }
        List<Entry> entries = Tables.read(file, "bang.xlsx", new Problems());
        assertThat(entries).extracting(Entry::place).containsExactly("bang.xlsx:Tổng hợp!3", "bang.xlsx:Tổng hợp!6");
    }

    @Test
    void aSplitHeadingLeftUnmergedInAWorkbookWithOtherMerges() throws IOException {
        Path file = dir.resolve("bang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Mô hình");
            CompiledTable.values(s.createRow(0), "BẢNG TỔNG HỢP");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
            CompiledTable.values(s.createRow(1), "Tên mô hình", "Đơn vị", "Kinh phí", "", "Liên hệ", "");
            CompiledTable.values(s.createRow(2), "", "", "Ngân sách", "Xã hội hóa", "Họ tên", "Chức vụ");
            CompiledTable.values(s.createRow(3), "Cà phê", "Xã Lộc An", "1", "2", "Nguyễn Văn A", "Chủ tịch");
            wb.write(out);
        }
        List<Entry> entries = Tables.read(file, "bang.xlsx", new Problems());
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.cells().keySet()).containsExactly(
                "ten_mo_hinh", "don_vi", "kinh_phi.ngan_sach", "kinh_phi.xa_hoi_hoa", "lien_he.ho_ten", "lien_he.chuc_vu"));
    }

    @Test
    void aSingleRowHeaderKeepsItsFirstDataRow() throws IOException {
        Path file = Files.writeString(dir.resolve("bang.csv"),
                "Tên mô hình,Đơn vị,Kinh phí\nCà phê,Xã Lộc An,15.000.000\nChợ phiên,Xã Lộc Thắng,\n");
        List<Entry> entries = Tables.read(file, "bang.csv", new Problems());
        assertThat(entries).extracting(Entry::place).containsExactly("bang.csv!2", "bang.csv!3");
        assertThat(entries.get(0).cells().get("kinh_phi.ngan_sach").text()).isEqualTo("15.000.000");
    }

    @Test
    void aMissingFileIsOneProblem() {
        Problems problems = new Problems();
        assertThat(Tables.read(dir.resolve("khong-co.xlsx"), "khong-co.xlsx", problems)).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::code, Problem::message).singleElement().satisfies(p ->
                assertThat(p.toList().get(1).toString()).contains("không có tệp này"));
    }
}
