package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Directive;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.model.CampaignView.Cited;
import vn.somohinh.model.CampaignView.Owed;
import vn.somohinh.model.CampaignView.Pending;
import vn.somohinh.model.CampaignView.Reminder;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * The reminder letter of a campaign: the target units with no model and the units whose models wait for
 * supplementation ({@code can-bo-sung}), one entry per unit in the order of their names.
 */
final class Reminders {
    private Reminders() {
    }

    static Reminder of(Catalog cat, Campaign c, String folder, List<UnitRef> missing, List<ModelRef> models) {
        Map<String, UnitRef> units = new LinkedHashMap<>();
        Map<String, List<Pending>> pending = new LinkedHashMap<>();
        missing.forEach(u -> units.put(u.id(), u));
        for (ModelRef m : models) {
            if (m.status().id().equals(Status.CAN_BO_SUNG.id())) {
                units.putIfAbsent(m.unit().id(), m.unit());
                pending.computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(new Pending(m, note(cat, m)));
            }
        }
        List<String> missingIds = missing.stream().map(UnitRef::id).toList();
        List<Owed> owed = units.values().stream()
                .sorted(Comparator.comparing((UnitRef u) -> cat.key(u.name())))
                .map(u -> new Owed(u, missingIds.contains(u.id()), List.copyOf(pending.getOrDefault(u.id(), List.of()))))
                .toList();
        String path = owed.isEmpty() ? null : folder + "don-doc-" + c.year() + ".docx";
        List<Cited> launchedBy = cited(cat, c.vanBanPhatDong());
        Campaign.Reminder r = c.donDoc();
        if (r == null) {
            return new Reminder(null, null, List.of(), null, null, null, List.of(), null, launchedBy, owed, path);
        }
        var ky = r.ky();
        return new Reminder(r.so(), Day.of(r.ngay()), List.copyOf(r.coQuanBanHanh()), ky == null ? null : ky.quyenHan(),
                ky == null ? null : ky.chucVu(), ky == null ? null : ky.hoTen(), List.copyOf(r.noiNhan()), r.noiDung(),
                launchedBy, owed, path);
    }

    private static List<Cited> cited(Catalog cat, List<String> ids) {
        Map<String, Directive> byId = new LinkedHashMap<>();
        cat.data.directives().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(d -> new Cited(d.loai(), d.soHieu(), Day.of(d.ngay()), d.coQuan(), d.trichYeu())).toList();
    }

    /** The note of the step that asked for supplementation (the last one), null when it has none. */
    private static String note(Catalog cat, ModelRef m) {
        String[] id = m.id().split("/", 3);
        Review review = cat.reviews.get(new ModelKey(Integer.parseInt(id[0]), id[1], id[2]));
        if (review == null || review.quaTrinh().isEmpty()) {
            return null;
        }
        return review.quaTrinh().get(review.quaTrinh().size() - 1).ghiChu();
    }
}
