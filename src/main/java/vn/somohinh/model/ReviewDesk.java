package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.somohinh.model.CampaignView.Desk;
import vn.somohinh.model.CampaignView.DeskGroup;
import vn.somohinh.model.CampaignView.DeskItem;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/**
 * The organisation committee's review desk for one campaign: the warnings about each unit's models, and the target
 * units that registered nothing (the not-registered warning itself sits in units.yaml, so it is rebuilt here from
 * coverage). Warnings about no unit and no model (a stray file) are listed apart.
 */
final class ReviewDesk {
    private final Catalog cat;
    private final List<ModelRef> models;
    private final List<UnitRef> missing;

    ReviewDesk(Catalog cat, List<ModelRef> models, List<UnitRef> missing) {
        this.cat = cat;
        this.models = models;
        this.missing = missing;
    }

    Desk build() {
        Map<String, List<DeskItem>> byUnit = new LinkedHashMap<>();
        for (ModelRef m : models) {
            for (Notice n : notices(cat, m)) {
                byUnit.computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(new DeskItem(m, n));
            }
        }
        Set<String> missingIds = missing.stream().map(UnitRef::id).collect(Collectors.toSet());
        missingIds.forEach(id -> byUnit.computeIfAbsent(id, u -> new ArrayList<>()));
        List<DeskGroup> groups = byUnit.entrySet().stream()
                .map(e -> new DeskGroup(cat.unitRefs.get(e.getKey()), missingIds.contains(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing((DeskGroup g) -> cat.key(g.unit().name())))
                .toList();
        List<Notice> general = cat.warningsByFile.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("data/registrations/") && !e.getKey().startsWith("data/reviews/"))
                .flatMap(e -> e.getValue().stream())
                .filter(n -> !n.code().equals("not-registered"))
                .sorted(Comparator.comparing(Notice::file).thenComparingInt(Notice::line))
                .toList();
        int count = groups.stream().mapToInt(g -> g.items().size() + (g.notRegistered() ? 1 : 0)).sum() + general.size();
        return new Desk(groups, general, count);
    }

    /** The warnings about one model: its registration's, then its review's. */
    static List<Notice> notices(Catalog cat, ModelRef m) {
        List<Notice> notices = new ArrayList<>(cat.warnings("data/registrations/" + m.id() + ".yaml"));
        notices.addAll(cat.warnings("data/reviews/" + m.id() + ".yaml"));
        return List.copyOf(notices);
    }
}
