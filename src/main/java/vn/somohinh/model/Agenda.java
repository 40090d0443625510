package vn.somohinh.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.model.CampaignView.Waiting;
import vn.somohinh.model.CampaignView.WaitingGroup;
import vn.somohinh.model.CampaignView.WaitingStatus;
import vn.somohinh.model.Refs.ModelRef;

/**
 * The meeting's agenda of a campaign (chờ quyết định): every model still waiting for the deciding body, that is
 * registered with no review yet, in review, or sent back for supplementation more than {@link #SENT_BACK_DAYS} days
 * before the reference date (a unit that has not answered by then leaves the decision to the committee). Grouped by
 * unit (Vietnamese order of names), then status (table order), then model name; each with the desk's warnings.
 */
final class Agenda {
    /** A model sent back this many days ago or fewer still waits for its unit, not for a decision. */
    static final int SENT_BACK_DAYS = 15;

    private Agenda() {
    }

    /** The agenda as of {@code day} (the report's date; null: no date, so no sent-back model is overdue). */
    static CampaignView.Agenda of(Catalog cat, String folder, String year, List<ModelRef> models, Day day) {
        Map<String, Map<Status, List<Waiting>>> byUnit = new LinkedHashMap<>();
        int count = 0;
        for (ModelRef m : models) {
            Status status = Status.byId(m.status().id());
            Day since = since(cat, m);
            Integer days = since == null || day == null ? null
                    : (int) ChronoUnit.DAYS.between(LocalDate.parse(since.iso()), LocalDate.parse(day.iso()));
            if (waits(status, days)) {
                byUnit.computeIfAbsent(m.unit().id(), u -> new java.util.EnumMap<>(Status.class))
                        .computeIfAbsent(status, s -> new ArrayList<>())
                        .add(new Waiting(m, since, days, ReviewDesk.notices(cat, m)));
                count++;
            }
        }
        List<WaitingGroup> groups = byUnit.entrySet().stream()
                .map(e -> new WaitingGroup(cat.unitRefs.get(e.getKey()), e.getValue().entrySet().stream()
                        .map(s -> new WaitingStatus(StatusTag.of(s.getKey()), s.getValue().stream()
                                .sorted(Comparator.comparing((Waiting w) -> cat.key(w.model().name()))).toList()))
                        .toList(), e.getValue().values().stream().mapToInt(List::size).sum()))
                .sorted(Comparator.comparing((WaitingGroup g) -> cat.key(g.unit().name())))
                .toList();
        String page = folder + "cho-quyet-dinh/";
        return new CampaignView.Agenda(page, day, SENT_BACK_DAYS, groups, count,
                count == 0 ? null : page + "phieu-trinh-" + year + ".docx");
    }

    /** Registered and in review always wait; sent back, only once more than 15 days have passed without an answer. */
    static boolean waits(Status status, Integer days) {
        return switch (status) {
            case DA_DANG_KY, DANG_THAM_DINH -> true;
            case CAN_BO_SUNG -> days != null && days > SENT_BACK_DAYS;
            default -> false;
        };
    }

    /** The day the model took its status: its last review step's, else its registration's. */
    private static Day since(Catalog cat, ModelRef m) {
        String[] id = m.id().split("/", 3);
        Review review = cat.reviews.get(new ModelKey(Integer.parseInt(id[0]), id[1], id[2]));
        List<Review.Step> steps = review == null ? List.of() : review.quaTrinh();
        if (steps.isEmpty() || steps.get(steps.size() - 1).ngay() == null) {
            return m.registered();
        }
        return Day.of(steps.get(steps.size() - 1).ngay());
    }
}
