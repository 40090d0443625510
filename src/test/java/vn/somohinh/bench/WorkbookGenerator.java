package vn.somohinh.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Problems;

/**
 * A compiled table of registrations as committees keep them in Excel, for the import benchmark:
 * {@code --rows N --out FILE} writes N models of the default data's units for 2023, with a merged title block, the
 * headings people write, dates as text in half the rows and as date cells in the others, money with dots, lists one
 * a line. Every row is valid once imported; the same arguments give the same rows.
 */
public final class WorkbookGenerator {
    private static final String[] HEADINGS = {"STT", "Đơn vị", "Tên mô hình, cách làm", "Hình thức", "Lĩnh vực",
        "Người chủ trì", "Văn bản căn cứ", "Thực trạng", "Mục tiêu", "Nội dung", "Tính mới", "Chỉ tiêu",
        "Thời gian bắt đầu", "Thời gian kết thúc", "Ngày đăng ký", "Kinh phí ngân sách (đồng)"};
    private static final String[] FIELDS = {"Kinh tế", "Xây dựng Đảng và hệ thống chính trị", "Văn hóa - xã hội",
        "Quốc phòng - an ninh"};
    private static final String[] TOPICS = {"Camera an ninh", "Liên kết trồng cà phê", "Sổ tay đảng viên điện tử",
        "Tổ hòa giải song ngữ", "Giếng nước sạch", "Nhà đại đoàn kết", "Phụ nữ tiết kiệm"};

    private WorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int rows = 10_000;
        Path out = Path.of("target/bench/import/bang-tong-hop.xlsx");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DataSet data = DataLoader.load(Path.of("."), new Problems());
        List<Unit> units = data.units().stream().filter(u -> u.activeIn(2023)).toList();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream o = Files.newOutputStream(out)) {
            write(book, units, rows);
            book.write(o);
        }
        System.out.println(rows + " dòng → " + out);
    }

    private static void write(SXSSFWorkbook book, List<Unit> units, int rows) {
        SXSSFSheet sheet = book.createSheet("Mô hình");
        sheet.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP ĐĂNG KÝ MÔ HÌNH MỚI, CÁCH LÀM SÁNG TẠO NĂM 2023");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.length - 1));
        sheet.createRow(1).createCell(0).setCellValue("(Kèm theo Báo cáo của Ban Tổ chức Huyện ủy)");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADINGS.length - 1));
        Row head = sheet.createRow(3);
        for (int c = 0; c < HEADINGS.length; c++) {
            head.createCell(c).setCellValue(HEADINGS[c]);
        }
        CellStyle dateStyle = book.createCellStyle();
        dateStyle.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        Random random = new Random(1);
        for (int i = 0; i < rows; i++) {
            Unit unit = units.get(i % units.size());
            LocalDate registered = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(9));
            Row r = sheet.createRow(4 + i);
            r.createCell(0).setCellValue(i + 1);
            r.createCell(1).setCellValue(unit.ten());
            r.createCell(2).setCellValue(TOPICS[i % TOPICS.length] + " số " + (i + 1) + " của " + unit.ten());
            r.createCell(3).setCellValue(random.nextInt(5) == 0 ? "Cá nhân" : "Tập thể");
            r.createCell(4).setCellValue(FIELDS[random.nextInt(FIELDS.length)]);
            r.createCell(5).setCellValue("Bí thư chi bộ");
            r.createCell(6).setCellValue("14-KL/TW; 07-NQ/HU");
            r.createCell(7).setCellValue("Nhiều hộ còn gặp khó khăn; cách làm cũ chưa huy động được người dân.");
            r.createCell(8).setCellValue("- Huy động " + (20 + random.nextInt(200)) + " hộ tham gia\n- Tiết kiệm thời gian, chi phí");
            r.createCell(9).setCellValue("Chi bộ phân công đảng viên phụ trách từng nhóm hộ, họp định kỳ hằng tháng.");
            r.createCell(10).setCellValue("Lần đầu đảng viên phụ trách từng nhóm hộ, theo dõi bằng sổ điện tử công khai số "
                    + (i + 1) + ".");
            r.createCell(11).setCellValue("100% nhóm hộ có đảng viên phụ trách\n" + (10 + i % 90) + " hộ thoát nghèo");
            date(r, 12, registered.plusDays(5), i % 2 == 0, dateStyle);
            date(r, 13, LocalDate.of(2023, 12, 31), i % 2 == 0, dateStyle);
            date(r, 14, registered, i % 2 == 0, dateStyle);
            r.createCell(15).setCellValue(((1 + random.nextInt(50)) * 1_000_000L) / 1_000_000 + ".000.000");
        }
    }

    private static void date(Row r, int column, LocalDate day, boolean asText, CellStyle style) {
        var cell = r.createCell(column);
        if (asText) {
            cell.setCellValue(day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        } else {
            cell.setCellValue(day);
            cell.setCellStyle(style);
        }
    }
}
