package vn.somohinh.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.load.RegistrationColumns;

/**
 * A workbook in the shape of the full export (dang-ky-&lt;năm&gt;.xlsx): one header row of the headings of
 * {@link RegistrationColumns}, written as the report writes (SXSSF, inline strings, real date and number cells),
 * then one row per model. Used by a test and by {@link TablesBench}.
 */
final class ExportShape {
    private ExportShape() {
    }

    static List<String> keys() {
        return new ArrayList<>(RegistrationColumns.all().keySet());
    }

    static Path write(Path file, int models) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("Đăng ký 2023");
            List<String> keys = keys();
            Row head = sheet.createRow(0);
            for (int c = 0; c < keys.size(); c++) {
                head.createCell(c).setCellValue(RegistrationColumns.all().get(keys.get(c)));
            }
            for (int m = 1; m <= models; m++) {
                Row row = sheet.createRow(m);
                for (int c = 0; c < keys.size(); c++) {
                    value(row, c, keys.get(c), m, date);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    /** What model m has under a key: a date for dates, a number for money, else a text naming key and model. */
    static void value(Row row, int column, String key, int m, CellStyle date) {
        var cell = row.createCell(column);
        if (key.equals("ngay_dang_ky") || key.startsWith("thoi_gian.")) {
            cell.setCellValue(LocalDate.of(2023, 1, 1).plusDays(m % 365));
            cell.setCellStyle(date);
        } else if (key.startsWith("kinh_phi.") || key.equals(RegistrationColumns.YEAR)) {
            cell.setCellValue(key.equals(RegistrationColumns.YEAR) ? 2023 : 1_000_000L * m);
        } else {
            cell.setCellValue(text(key, m));
        }
    }

    static String text(String key, int m) {
        return switch (key) {
            case "can_cu", "chi_tieu", "don_vi_phoi_hop" -> key + " " + m + " thứ nhất\n" + key + " " + m + " thứ hai";
            case "muc_tieu", "noi_dung", "thuc_trang" -> ("Nội dung " + key + " của mô hình " + m + ", viết đủ dài. ").repeat(6);
            default -> key + " " + m;
        };
    }
}
