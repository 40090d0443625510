package vn.somohinh.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.intake.Entry;
import vn.somohinh.intake.Headers;
import vn.somohinh.load.CodeEntry;
import vn.somohinh.load.CodeLists;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Directive;
import vn.somohinh.load.Unit;
import vn.somohinh.text.Fold;
import vn.somohinh.text.Suggest;

/**
 * The registry's code lists by id or by name, after folding: units ("xa-loc-an", "Đảng ủy xã Lộc An", or the end of a
 * name when only one unit has it: "Lộc An"), fields of work, the two forms, directives (id, number "14-KL/TW", or a
 * line that names exactly one number, as a ticked box's line of the Word form does).
 */
final class Catalogs {
    /** One list: folded id or name → id, and what to suggest from. */
    record Names(String what, String where, Map<String, String> byName, List<String> names, Map<String, String> shown) {
        String find(String written) {
            String id = byName.get(key(written));
            if (id != null) {
                return id;
            }
            List<String> ends = endingWith(written);
            return ends.size() == 1 ? ends.get(0) : null;
        }

        /** " (có phải …?)", or the ids to choose from when the end of a name fits several. */
        String hint(String written) {
            List<String> ends = endingWith(written);
            if (ends.size() > 1) {
                return " (nhiều mục cùng tên này: " + String.join(", ", ends.stream().map(id -> shown.get(id) + " [" + id + "]")
                        .toList()) + "; hãy ghi mã hoặc đủ tên)";
            }
            return Suggest.hint(key(written), names);
        }

        private List<String> endingWith(String written) {
            String key = " " + key(written);
            return byName.entrySet().stream().filter(e -> e.getKey().endsWith(key)).map(Map.Entry::getValue)
                    .distinct().toList();
        }
    }

    /**
     * Folded, and a committee named for its organisation: a form's header says "Đảng ủy xã Lộc An" (the executive
     * committee signs) where the roster says "Đảng bộ xã Lộc An"; so for "Chi ủy" and "Chi bộ".
     */
    static String key(String name) {
        return Headers.fold(name).replaceFirst("^(dang|chi) uy ", "$1 bo ");
    }

    final Names units;
    final Names fields;
    final Names forms;
    private final List<Directive> directives;

    Catalogs(DataSet data) {
        List<String[]> u = new ArrayList<>();
        if (data.units() != null) {
            for (Unit unit : data.units()) {
                u.add(new String[] {unit.id(), unit.ten()});
            }
        }
        units = list("đơn vị", "data/units.yaml", u);
        List<String[]> f = new ArrayList<>();
        if (data.site() != null && data.site().linhVuc() != null) {
            for (CodeEntry e : data.site().linhVuc()) {
                f.add(new String[] {e.id(), e.ten()});
            }
        }
        fields = list("lĩnh vực", "data/site.yaml (linh_vuc)", f);
        forms = list("hình thức", "tap-the (tập thể) hoặc ca-nhan (cá nhân)",
                CodeLists.FORMS.stream().map(id -> new String[] {id, id.equals("tap-the") ? "Tập thể" : "Cá nhân"}).toList());
        directives = data.directives() == null ? List.of() : data.directives();
    }

    /** A directive by id, by number, or by the one number a line names; null when none or several. */
    String directive(String written) {
        String key = Headers.fold(written);
        String match = null;
        for (Directive d : directives) {
            if (d.id() == null) {
                continue;
            }
            String number = d.soHieu() == null ? null : Headers.fold(d.soHieu());
            if (key.equals(Headers.fold(d.id())) || key.equals(number)) {
                return d.id();
            }
            if (number != null && (" " + key + " ").contains(" " + number + " ") && !d.id().equals(match)) {
                if (match != null) {
                    return null;
                }
                match = d.id();
            }
        }
        return match;
    }

    String directiveHint(String written) {
        List<String> names = new ArrayList<>();
        directives.stream().filter(d -> d.soHieu() != null).forEach(d -> names.add(Fold.fold(d.soHieu())));
        return Suggest.hint(Headers.fold(written), names);
    }

    private static Names list(String what, String where, List<String[]> entries) {
        Map<String, String> byName = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (String[] e : entries) {
            if (e[0] == null) {
                continue;
            }
            shown.putIfAbsent(e[0], e[1] == null ? e[0] : e[1]);
            byName.putIfAbsent(key(e[0]), e[0]);
            names.add(e[0]);
            if (e[1] != null) {
                byName.putIfAbsent(key(e[1]), e[0]);
                names.add(key(e[1]));
            }
        }
        return new Names(what, where, byName, names, shown);
    }
}
