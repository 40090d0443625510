package vn.somohinh.diff;

import java.util.List;
import java.util.Set;
import vn.somohinh.load.Registration;
import vn.somohinh.problem.Problem;

/** The Markdown summary for a pull-request comment or a CI job summary. User text is escaped for Markdown. */
public final class ChangeMarkdown {
    private ChangeMarkdown() {
    }

    public static String render(Changes c, String base) {
        StringBuilder md = new StringBuilder("## Thay đổi so với `").append(code(base)).append("`\n\n");
        warnings(md, c.units(), c.outside());
        md.append("| | số lượng |\n|---|---:|\n")
                .append("| Mô hình thêm mới | ").append(c.added().size()).append(" |\n")
                .append("| Mô hình bị xóa | ").append(c.removed().size()).append(" |\n")
                .append("| Mô hình có tệp lỗi | ").append(c.broken().size()).append(" |\n")
                .append("| Trường thay đổi | ").append(c.fields().size()).append(" |\n")
                .append("| Chuyển trạng thái | ").append(c.moves().size()).append(" |\n")
                .append("| Vấn đề mới | ").append(c.introduced().size()).append(" |\n")
                .append("| Vấn đề đã sửa | ").append(c.fixed().size()).append(" |\n\n");
        models(md, "Mô hình thêm mới", c.added());
        models(md, "Mô hình bị xóa", c.removed());
        broken(md, c.broken());
        if (!c.fields().isEmpty()) {
            md.append("### Trường thay đổi\n\n| Mô hình | Trường | Trước | Sau |\n|---|---|---|---|\n");
            c.fields().forEach(f -> md.append("| ").append(cell(f.model().tenMoHinh())).append(" | `").append(code(f.key()))
                    .append("` | ").append(cell(f.before())).append(" | ").append(cell(f.after())).append(" |\n"));
            md.append('\n');
        }
        if (!c.moves().isEmpty()) {
            md.append("### Chuyển trạng thái\n\n| Mô hình | Từ | Sang |\n|---|---|---|\n");
            c.moves().forEach(m -> md.append("| ").append(cell(m.model().tenMoHinh())).append(" | ").append(m.from().label())
                    .append(" | ").append(m.to().label()).append(" |\n"));
            md.append('\n');
        }
        problems(md, "Vấn đề mới", c.introduced());
        problems(md, "Vấn đề đã sửa", c.fixed());
        return md.toString();
    }

    private static void warnings(StringBuilder md, Set<String> units, List<String> outside) {
        if (units.size() > 1) {
            md.append("> [!WARNING]\n> Thay đổi chạm tới hồ sơ của ").append(units.size()).append(" đơn vị (")
                    .append(cell(String.join(", ", units)))
                    .append("): mỗi yêu cầu hợp nhất nên chỉ sửa hồ sơ của một đơn vị.\n\n");
        }
        if (!outside.isEmpty()) {
            md.append("> [!WARNING]\n> Thay đổi chạm tới ").append(outside.size())
                    .append(" tệp ngoài thư mục đăng ký của đơn vị, cần cơ quan tổng hợp xem xét: ")
                    .append(cell(String.join(", ", outside.subList(0, Math.min(10, outside.size())))))
                    .append(outside.size() > 10 ? ", …" : "").append("\n\n");
        }
    }

    private static void models(StringBuilder md, String title, List<Registration> list) {
        if (list.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        list.forEach(r -> md.append("- ").append(cell(r.tenMoHinh())).append(" (").append(r.key().unitId())
                .append(", năm ").append(r.key().year()).append(")\n"));
        md.append('\n');
    }

    /** Models still on disk (perhaps under a wrong name) whose file now fails: not deleted, so listed with what to fix. */
    private static void broken(StringBuilder md, List<Changes.Broken> list) {
        if (list.isEmpty()) {
            return;
        }
        md.append("### Mô hình có tệp lỗi\n\n");
        for (Changes.Broken b : list) {
            Registration r = b.model();
            md.append("- ").append(cell(r.tenMoHinh())).append(" (").append(r.key().unitId()).append(", năm ")
                    .append(r.key().year()).append("): `").append(code(b.file())).append("`\n");
            b.errors().forEach(p -> md.append("  - ").append(problem(p)).append('\n'));
        }
        md.append('\n');
    }

    private static void problems(StringBuilder md, String title, List<Problem> list) {
        if (list.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        list.forEach(p -> md.append("- ").append(problem(p)).append('\n'));
        md.append('\n');
    }

    private static String problem(Problem p) {
        return "`" + code(p.file() + ":" + p.line()) + "` " + p.severity().label() + ": " + cell(p.message())
                + " `" + code(p.code()) + "`";
    }

    /** Text in a Markdown table cell or list item: no markup, no table break, no HTML. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
                .replace("\n", " ");
    }

    private static String code(String s) {
        return s.replace("`", "'");
    }
}
