package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Unit;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.UnitView.CampaignState;
import vn.somohinh.model.UnitView.YearModels;

/** Builds each unit's page (state per campaign, models by year) and the units grouped by type. */
final class UnitPages {
    final List<UnitView> views = new ArrayList<>();
    final List<UnitView.Group> groups = new ArrayList<>();

    UnitPages(Catalog cat, List<ModelRef> models, Map<Integer, Refs.CampaignRef> campaigns) {
        Map<String, List<ModelRef>> byUnit = new HashMap<>();
        models.forEach(m -> byUnit.computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(m));
        List<Campaign> sorted = new ArrayList<>(cat.data.campaigns());
        sorted.sort(Comparator.comparingInt(Campaign::year).reversed());
        List<Unit> units = new ArrayList<>(cat.units.values());
        units.sort(Comparator.comparing((Unit u) -> cat.key(u.ten())).thenComparing(Unit::id));
        Map<String, List<UnitView>> byType = new HashMap<>();
        for (Unit u : units) {
            List<ModelRef> own = byUnit.getOrDefault(u.id(), List.of());
            List<CampaignState> states = sorted.stream().map(c -> state(c, u, own, campaigns)).toList();
            UnitView view = new UnitView(cat.unitRefs.get(u.id()), cat.types.get(u.loai()), Day.of(u.tuNgay()),
                    Day.of(u.denNgay()), u.quanTri(), states, years(own));
            views.add(view);
            byType.computeIfAbsent(u.loai(), t -> new ArrayList<>()).add(view);
        }
        cat.types.values().forEach(t -> groups.add(new UnitView.Group(t, List.copyOf(byType.getOrDefault(t.id(), List.of())))));
    }

    private static CampaignState state(Campaign c, Unit u, List<ModelRef> own, Map<Integer, Refs.CampaignRef> campaigns) {
        String year = String.valueOf(c.year());
        List<ModelRef> ofYear = own.stream().filter(m -> m.year().equals(year)).toList();
        Day first = ofYear.stream().map(ModelRef::registered).min(Day::compareTo).orElse(null);
        Boolean onTime = first == null ? null : first.iso().compareTo(c.hanDangKy().toString()) <= 0;
        return new CampaignState(campaigns.get(c.year()), c.doiTuong().contains(u.loai()), u.activeIn(c.year()),
                ofYear.size(), first, onTime);
    }

    /** The unit's models grouped by year, newest year first, in the order of the full list. */
    private static List<YearModels> years(List<ModelRef> own) {
        Map<String, List<ModelRef>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        own.forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
        return byYear.entrySet().stream().map(e -> new YearModels(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
