package vn.somohinh.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.CodeEntry;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Source;
import vn.somohinh.problem.Code;
import vn.somohinh.yaml.Pos;

/** Every id of a list is used once: units, directives, and each code list of site.yaml. */
final class DuplicateIdRule implements Rule {

    @Override
    public void check(Context ctx) {
        DataSet data = ctx.index.data;
        if (data.units() != null) {
            Map<String, Pos> seen = new HashMap<>();
            data.units().forEach(u -> once(ctx, seen, u.id(), u.src(), u.src().keyPath("id"), u.src().pos("id")));
        }
        if (data.directives() != null) {
            Map<String, Pos> seen = new HashMap<>();
            data.directives().forEach(d -> once(ctx, seen, d.id(), d.src(), d.src().keyPath("id"), d.src().pos("id")));
        }
        if (data.site() != null) {
            for (List<CodeEntry> codes : java.util.Arrays.asList(data.site().loaiDonVi(), data.site().linhVuc(),
                    data.site().xepLoai())) {
                if (codes == null) {
                    continue;
                }
                Map<String, Pos> seen = new HashMap<>();
                codes.forEach(c -> once(ctx, seen, c.id(), data.site().src(), c.path() + ".id", c.pos()));
            }
        }
    }

    private static void once(Context ctx, Map<String, Pos> seen, String id, Source src, String path, Pos pos) {
        if (id == null) {
            return;
        }
        Pos first = seen.putIfAbsent(id, pos);
        if (first != null) {
            ctx.report(src, pos, Code.DUPLICATE_ID, path, id, first.line());
        }
    }

}
