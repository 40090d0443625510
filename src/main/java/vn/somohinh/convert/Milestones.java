package vn.somohinh.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.intake.Cell;
import vn.somohinh.load.Field;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;

/**
 * The lists of groups written one a line, as the Word form asks: {@code lo_trinh} as "2023-06-30: Hoàn thành khảo
 * sát" (any date Lenient reads, then ":" or "-"), {@code tai_lieu} as "Tên: https://…".
 */
final class Milestones {
    private static final Pattern DATED = Pattern.compile("(.+?)\\s*(?::|\\s-|–)\\s*(.+)");
    private static final Pattern LINKED = Pattern.compile("(.+?)\\s*[:\\-–]?\\s+(https?://\\S+)|(.+?):\\s*(https?://\\S+)");

    private Milestones() {
    }

    static List<Map<String, Object>> read(Field f, Cell cell, Problems problems) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String line : Lenient.items(cell.text())) {
            Map<String, Object> g = f.key().equals("tai_lieu") ? attachment(line) : milestone(line, cell);
            if (g == null) {
                problems.add(cell.place(), 0, 0, Code.IMPORT_LINE, line, f.key(), f.key().equals("tai_lieu")
                        ? "tên tài liệu, dấu hai chấm, liên kết http(s), ví dụ “Kế hoạch: https://…”"
                        : "ngày, dấu hai chấm, việc làm xong, ví dụ “30/6/2023: Hoàn thành khảo sát”");
            } else {
                groups.add(g);
            }
        }
        return groups.isEmpty() ? null : groups;
    }

    private static Map<String, Object> milestone(String line, Cell cell) {
        Matcher m = DATED.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Cell day = Cell.text(cell.place(), m.group(1));
        if (Lenient.date(day) == null) {
            return null;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("ngay", Lenient.date(day).toString());
        g.put("noi_dung", Spaces.strip(m.group(2)));
        return g;
    }

    private static Map<String, Object> attachment(String line) {
        Matcher m = LINKED.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("ten", Spaces.strip(m.group(1) != null ? m.group(1) : m.group(3)));
        g.put("lien_ket", m.group(2) != null ? m.group(2) : m.group(4));
        return g;
    }
}
