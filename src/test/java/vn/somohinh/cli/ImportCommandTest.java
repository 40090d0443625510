package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a compiled table, end to end on a copy of the default data: bad cells each get one problem at
 * their sheet and cell and nothing is written; good rows become files that validate; the same table again writes
 * nothing; {@code --dry-run} writes nothing and prints the diff; {@code --partial} writes the good rows only.
 */
class ImportCommandTest {
    private static final String[] HEADINGS = {"STT", "Đơn vị", "Tên mô hình, cách làm", "Hình thức", "Lĩnh vực",
        "Người chủ trì", "Văn bản căn cứ", "Thực trạng", "Mục tiêu", "Nội dung", "Tính mới", "Chỉ tiêu",
        "Thời gian bắt đầu", "Thời gian kết thúc", "Ngày đăng ký", "Kinh phí (đồng)", ""};

    @TempDir
    Path root;

    @BeforeEach
    void copyDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        PathUtils.copyDirectory(Path.of("schema"), root.resolve("schema"));
    }

    @Test
    void badCellsGetOneProblemEachAtTheirCellAndNothingIsWritten() throws IOException {
        Path table = table(List.of(
                row("Đảng bộ xã Lộc An", "Sổ tay điện tử của chi bộ", "Kinh tế", "8/3/2023", "15.000.000"),
                row("Đảng bộ xã Lộc An", "Camera ở tổ dân phố", "Kinh tế biển", "31/2/2023", "15.000.000"),
                row("Xã Không Có", "Tổ hòa giải song ngữ", "Kinh tế", "8/3/2023", "mười lăm triệu")));
        Map<String, String> before = snapshot();
        Run run = Run.of("import", table.toString(), "--year", "2023", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(": error: ")).toList()).containsExactly(
                "bang-2022.xlsx:Mô hình!E6: error: lĩnh vực \"Kinh tế biển\" không có trong data/site.yaml (linh_vuc): hãy ghi đúng mã hoặc tên như trong danh mục đó [import-unknown]",
                "bang-2022.xlsx:Mô hình!O6: error: không đọc được ngày \"31/2/2023\" (ngay_dang_ky): hãy ghi ngày/tháng/năm, ví dụ 10/3/2023, hoặc năm-tháng-ngày, ví dụ 2023-03-10 [import-date]",
                "bang-2022.xlsx:Mô hình!P7: error: không đọc được số tiền \"mười lăm triệu\" (kinh_phi.ngan_sach): hãy ghi số đồng, ví dụ 15.000.000, 15.000.000 đồng hoặc 15 triệu [import-money]",
                "bang-2022.xlsx:Mô hình!B7: error: đơn vị \"Xã Không Có\" không có trong data/units.yaml: hãy ghi đúng mã hoặc tên như trong danh mục đó [import-unknown]");
        assertThat(run.err()).contains("Không ghi tệp nào");
        assertThat(snapshot()).as("nothing written").isEqualTo(before);
    }

    @Test
    void goodRowsBecomeFilesThatValidateAndTheSameTableAgainWritesNothing() throws IOException {
        Path table = table(List.of(
                row("Đảng bộ xã Lộc An", "Sổ tay điện tử của chi bộ", "Kinh tế", "8/3/2023", "15.000.000"),
                row("xa-loc-an", "Camera ở tổ dân phố", "Quốc phòng - an ninh", LocalDate.of(2023, 3, 9), 20_000_000d)));
        Map<String, String> before = snapshot();
        Run dry = Run.of("import", table.toString(), "--year", "2023", "--dry-run", "--root", root.toString());
        assertThat(dry.exit()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("+++ b/data/registrations/2023/xa-loc-an/so-tay-dien-tu-cua-chi-bo.yaml")
                .contains("+ngay_dang_ky: 2023-03-08").contains("+  ngan_sach: 15000000");
        assertThat(snapshot()).as("a dry run writes nothing").isEqualTo(before);

        Run first = Run.of("import", table.toString(), "--year", "2023", "--root", root.toString());
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.err()).contains("Đã tạo data/registrations/2023/xa-loc-an/camera-o-to-dan-pho.yaml")
                .contains("Đã ghi 2 tệp");
        assertThat(first.out()).contains("bang-2022.xlsx:Mô hình!O5: note: đã đọc \"8/3/2023\" thành 2023-03-08");
        Run validate = Run.of("validate", "--root", root.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).doesNotContain("so-tay-dien-tu-cua-chi-bo.yaml:").doesNotContain("camera-o-to-dan-pho.yaml:");

        Map<String, String> written = snapshot();
        Run again = Run.of("import", table.toString(), "--year", "2023", "--root", root.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("Đã ghi 0 tệp; 2 tệp đã có đúng như vậy");
        assertThat(snapshot()).isEqualTo(written);
    }

    @Test
    void partialWritesTheGoodRowsAndStillFails() throws IOException {
        Path table = table(List.of(
                row("Đảng bộ xã Lộc An", "Sổ tay điện tử của chi bộ", "Kinh tế", "8/3/2023", "15.000.000"),
                row("Đảng bộ xã Lộc An", "Camera ở tổ dân phố", "Kinh tế biển", "8/3/2023", "15.000.000")));
        Run run = Run.of("import", table.toString(), "--year", "2023", "--partial", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(root.resolve("data/registrations/2023/xa-loc-an/so-tay-dien-tu-cua-chi-bo.yaml")).exists();
        assertThat(root.resolve("data/registrations/2023/xa-loc-an/camera-o-to-dan-pho.yaml")).doesNotExist();
    }

    private static Object[] row(String unit, String name, String field, Object registered, Object money) {
        return new Object[] {null, unit, name, "Tập thể", field, "Bí thư chi bộ", "14-KL/TW; 07-NQ/HU",
            "Nhiều hộ còn gặp khó khăn; cách làm cũ chưa huy động được người dân.",
            "- Huy động 40 hộ tham gia\n- Tiết kiệm thời gian", "Chi bộ phân công đảng viên phụ trách từng nhóm hộ.",
            "Lần đầu đảng viên phụ trách từng nhóm hộ, theo dõi bằng sổ điện tử công khai: " + name + ".",
            "100% nhóm hộ có đảng viên phụ trách", "15/3/2023", "31/12/2023", registered, money, null};
    }

    /** A compiled table as committees keep it: a merged title, a blank line, the header, rows, a total row. */
    private Path table(List<Object[]> rows) throws IOException {
        Path file = root.resolve("bang-2022.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Mô hình");
            sheet.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP ĐĂNG KÝ MÔ HÌNH MỚI, CÁCH LÀM SÁNG TẠO NĂM 2023");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.length - 1));
            Row head = sheet.createRow(3);
            for (int c = 0; c < HEADINGS.length; c++) {
                head.createCell(c).setCellValue(HEADINGS[c]);
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int i = 0; i < rows.size(); i++) {
                Row r = sheet.createRow(4 + i);
                r.createCell(0).setCellValue(i + 1);
                Object[] values = rows.get(i);
                for (int c = 1; c < values.length; c++) {
                    if (values[c] instanceof String s) {
                        r.createCell(c).setCellValue(s);
                    } else if (values[c] instanceof LocalDate d) {
                        r.createCell(c).setCellValue(d);
                        r.getCell(c).setCellStyle(date);
                    } else if (values[c] instanceof Double d) {
                        r.createCell(c).setCellValue(d);
                    }
                }
            }
            Row total = sheet.createRow(4 + rows.size());
            total.createCell(1).setCellValue("Tổng cộng");
            total.createCell(15).setCellValue(35_000_000d);
            book.write(out);
        }
        return file;
    }

    /** Every data file and its text: data files are UTF-8 text, so texts compare as their bytes would. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root.resolve("data"))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
