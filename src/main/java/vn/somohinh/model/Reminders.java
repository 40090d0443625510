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

    /**
     * The letter as of {@code day}, its date: the target units that had registered nothing by then, and the models
     * registered by then whose last review step by then asked for supplementation. Null {@code day}: as of now.
     */
    static Reminder of(Catalog cat, Campaign c, String folder, List<UnitRef> targets, List<ModelRef> models, Day day) {
        Map<String, UnitRef> units = new LinkedHashMap<>();
        Map<String, List<Pending>> pending = new LinkedHashMap<>();
        java.util.Set<String> registered = new java.util.HashSet<>();
        // Parsed once, not once for each review step of each model (100,000 parses at national scale).
        java.time.LocalDate until = day == null ? null : java.time.LocalDate.parse(day.iso());
        for (ModelRef m : models) {
            if (day == null || m.registered() == null || m.registered().compareTo(day) <= 0) {
                registered.add(m.unit().id());
                Review.Step step = step(cat, m, until);
                if (step != null && Status.CAN_BO_SUNG.id().equals(step.trangThai())) {
                    units.putIfAbsent(m.unit().id(), m.unit());
                    pending.computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(new Pending(m, step.ghiChu()));
                }
            }
        }
        targets.stream().filter(u -> !registered.contains(u.id())).forEach(u -> units.put(u.id(), u));
        List<Owed> owed = units.values().stream()
                .sorted(Comparator.comparing((UnitRef u) -> cat.key(u.name())))
                .map(u -> new Owed(u, !registered.contains(u.id()), List.copyOf(pending.getOrDefault(u.id(), List.of()))))
                .toList();
        String path = owed.isEmpty() ? null : folder + "don-doc-" + c.year() + ".docx";
        List<Cited> launchedBy = cited(cat, c.vanBanPhatDong());
        Campaign.Reminder r = c.donDoc();
        if (r == null) {
            return new Reminder(null, day, List.of(), null, null, null, List.of(), null, launchedBy, owed, path);
        }
        var ky = r.ky();
        return new Reminder(r.so(), day, List.copyOf(r.coQuanBanHanh()), ky == null ? null : ky.quyenHan(),
                ky == null ? null : ky.chucVu(), ky == null ? null : ky.hoTen(), List.copyOf(r.noiNhan()), r.noiDung(),
                launchedBy, owed, path);
    }

    private static List<Cited> cited(Catalog cat, List<String> ids) {
        Map<String, Directive> byId = new LinkedHashMap<>();
        cat.data.directives().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(d -> new Cited(d.loai(), d.soHieu(), Day.of(d.ngay()), d.coQuan(), d.trichYeu())).toList();
    }

    /** The model's last review step on or before {@code until} (null: its last step); null when none. */
    private static Review.Step step(Catalog cat, ModelRef m, java.time.LocalDate until) {
        String[] id = m.id().split("/", 3);
        Review review = cat.reviews.get(new ModelKey(Integer.parseInt(id[0]), id[1], id[2]));
        Review.Step last = null;
        for (Review.Step s : review == null ? List.<Review.Step>of() : review.quaTrinh()) {
            if (until == null || s.ngay() == null || !s.ngay().isAfter(until)) {
                last = s;
            }
        }
        return last;
    }
}
