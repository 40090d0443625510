package vn.somohinh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook in the shape of the tables committees compile by hand: a title block merged across the page, a header
 * over two rows ("Thời gian" over "Bắt đầu"/"Kết thúc", "Kinh phí (đồng)" over "Ngân sách"/"Xã hội hóa"), a row
 * of column numbers, a unit merged down over its three models, dates as dates and as text, money as numbers and
 * "5.000.000", a formula, a blank row, a total row, an empty column; a second sheet with a one-row header, a third
 * sheet that is a guide.
 */
final class CompiledTable {
    private CompiledTable() {
    }

    static Path write(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            mainSheet(wb.createSheet("Mô hình"), date, money);
            Sheet party = wb.createSheet("Khối Đảng");
            values(party.createRow(0), "TT", "Tên mô hình", "Mã đơn vị", "Lĩnh vực", "Ngày đăng ký", "Hình thức");
            values(party.createRow(1), "1", "Sổ tay đảng viên điện tử", "dang-uy-khoi", "chuyen-doi-so", "2023-03-12");
            party.getRow(1).createCell(5).setCellValue(true);
            Sheet guide = wb.createSheet("Hướng dẫn");
            values(guide.createRow(0), "Hướng dẫn điền bảng");
            values(guide.createRow(1), "Mỗi dòng một mô hình; đơn vị ghi tên hoặc mã.");
            Path file = dir.resolve("bang-2023.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private static void mainSheet(Sheet s, CellStyle date, CellStyle money) {
        values(s.createRow(0), "BẢNG TỔNG HỢP ĐĂNG KÝ MÔ HÌNH, CÁCH LÀM SÁNG TẠO NĂM 2023");
        s.addMergedRegion(CellRangeAddress.valueOf("A1:K1"));
        values(s.createRow(1), "(Kèm theo Báo cáo số 12-BC/BTC ngày 15/3/2023 của Ban Tổ chức Huyện ủy)");
        s.addMergedRegion(CellRangeAddress.valueOf("A2:K2"));
        values(s.createRow(3), "STT", "Tên mô hình, cách làm", "Đơn vị", "Lĩnh vực", "Ngày đăng ký", "Thời gian", "",
                "Kinh phí (đồng)", "", "", "Ghi chú");
        values(s.createRow(4), "", "", "", "", "", "Bắt đầu", "Kết thúc", "Ngân sách", "Xã hội hóa");
        for (String range : new String[] {"A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:G4", "H4:I4", "K4:K5"}) {
            s.addMergedRegion(CellRangeAddress.valueOf(range));
        }
        values(s.createRow(5), "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)");
        Row first = s.createRow(6);
        values(first, "1", "Cà phê bền vững", "Xã Lộc An", "Nông nghiệp", "", "01/4/2023", "");
        dateCell(first, 4, LocalDate.of(2023, 3, 10), date);
        dateCell(first, 6, LocalDate.of(2023, 12, 31), date);
        first.createCell(7).setCellValue(15_000_000);
        first.getCell(7).setCellStyle(money);
        first.createCell(8).setCellValue("5.000.000");
        first.createCell(10).setCellValue("Đã họp dân");
        Row second = s.createRow(7);
        values(second, "2", "Nhà văn hóa thông minh\nkết nối thôn bản", "", "Văn hóa", "10-03-2023");
        second.createCell(7).setCellFormula("H7*2");
        second.getCell(7).setCellValue(99); // the cached value, deliberately not what the formula gives
        Row third = s.createRow(8);
        values(third, "3", "Chợ phiên không tiền mặt", "", "Chuyển đổi số", "10.3.2023");
        s.addMergedRegion(CellRangeAddress.valueOf("C7:C9"));
        s.createRow(9); // blank
        Row total = s.createRow(10);
        values(total, "Tổng cộng");
        total.createCell(7).setCellFormula("SUM(H7:H9)");
        total.getCell(7).setCellValue(15_000_099);
        s.addMergedRegion(CellRangeAddress.valueOf("A11:B11"));
        values(s.createRow(12), "Người lập bảng", "", "", "", "", "", "", "", "", "", "");
    }

    private static void dateCell(Row row, int column, LocalDate day, CellStyle style) {
        row.createCell(column).setCellValue(day);
        row.getCell(column).setCellStyle(style);
    }

    static void values(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
