package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Recall;
import vn.somohinh.load.Status;
import vn.somohinh.load.Unit;
import vn.somohinh.model.CampaignView.Count;
import vn.somohinh.model.CampaignView.Coverage;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;
import vn.somohinh.problem.Problem;

/** Builds every campaign's figures: coverage by unit type, who is missing, who is late, counts, the review desk. */
final class CampaignPages {
    private final Catalog cat;
    final List<CampaignView> views = new ArrayList<>();
    private final Map<Integer, CampaignRef> refs;

    /** The documents' date when the campaign gives none: the last commit's day, else the newest date in the data. */
    private final Day documentDay;
    private final UnitRollUps rollUps;

    /**
     * Every campaign's view, each taken from {@code recall} (serve's last build) when it was made from the same
     * records (the campaign, its year's rows, registrations and reviews; the catalogs are checked by ModelMemory)
     * and the same document date and {@code problems}.
     */
    CampaignPages(Catalog cat, Map<Integer, CampaignRef> refs, List<ModelRef> models, Day documentDay,
                  List<Problem> problems, Recall<CampaignView> recall) {
        this.cat = cat;
        this.refs = refs;
        this.documentDay = documentDay;
        this.rollUps = new UnitRollUps(cat);
        List<Campaign> sorted = new ArrayList<>(cat.data.campaigns());
        sorted.sort(Comparator.comparingInt(Campaign::year).reversed());
        Map<String, List<ModelRef>> byYear = new HashMap<>();
        models.forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
        Map<Integer, List<Object>> read = new HashMap<>();
        List<Object> value = List.of(documentDay == null ? "" : documentDay, problems);
        for (Campaign c : sorted) {
            List<ModelRef> rows = byYear.getOrDefault(String.valueOf(c.year()), List.of());
            views.add(recall.get("campaign " + c.year(), value, () -> records(c, rows, read), () -> view(c, rows)));
        }
    }

    /** What a campaign's view is made from, besides the catalogs: the campaign, its rows, registrations, reviews. */
    private List<Object> records(Campaign c, List<ModelRef> rows, Map<Integer, List<Object>> byYear) {
        if (byYear.isEmpty()) {
            cat.data.registrations().forEach(r -> byYear.computeIfAbsent(r.key().year(), y -> new ArrayList<>()).add(r));
            cat.data.reviews().forEach(r -> byYear.computeIfAbsent(r.key().year(), y -> new ArrayList<>()).add(r));
        }
        List<Object> records = new ArrayList<>();
        records.add(c);
        records.addAll(rows);
        records.addAll(byYear.getOrDefault(c.year(), List.of()));
        return records;
    }

    /** Each campaign's link, by year: all the unit and directive pages need of the campaigns. */
    static Map<Integer, CampaignRef> refs(Catalog cat) {
        Map<Integer, CampaignRef> refs = new HashMap<>();
        cat.data.campaigns().forEach(c -> refs.put(c.year(), ref(c)));
        return Map.copyOf(refs);
    }

    static CampaignRef ref(Campaign c) {
        return new CampaignRef(String.valueOf(c.year()), c.ten(), "dot-dang-ky/" + c.year() + "/", "ra-soat/" + c.year() + "/");
    }

    private CampaignView view(Campaign c, List<ModelRef> models) {
        Set<String> registered = new HashSet<>();
        models.forEach(m -> registered.add(m.unit().id()));
        List<Unit> targets = cat.units.values().stream()
                .filter(u -> c.doiTuong().contains(u.loai()) && u.activeIn(c.year()))
                .sorted(Comparator.comparing((Unit u) -> cat.key(u.ten())))
                .toList();
        List<Coverage> byType = new ArrayList<>();
        for (String type : c.doiTuong()) {
            List<Unit> ofType = targets.stream().filter(u -> u.loai().equals(type)).toList();
            byType.add(coverage(cat.types.get(type), ofType, registered));
        }
        List<UnitRef> missing = targets.stream().filter(u -> !registered.contains(u.id()))
                .map(u -> cat.unitRefs.get(u.id())).toList();
        return new CampaignView(refs.get(c.year()),
                c.vanBanPhatDong().stream().map(cat.directiveRefs::get).toList(),
                c.canCu().stream().map(cat.directiveRefs::get).toList(), Day.of(c.hanDangKy()),
                c.doiTuong().stream().map(cat.types::get).toList(), c.coQuanTongHop(), c.coQuanQuyetDinh(),
                c.chuDeNam(), coverage(null, targets, registered), List.copyOf(byType), missing,
                models.stream().filter(ModelRef::late).toList(), statusCounts(models),
                counts(cat.fields, models, m -> m.field().id()), counts(cat.types, models, m -> m.unitType().id()),
                List.copyOf(models), new ReviewDesk(cat, models, missing).build(), CampaignView.Letter.of(c.baoCao()),
                Reminders.of(cat, c, refs.get(c.year()).path(), targets.stream().map(u -> cat.unitRefs.get(u.id())).toList(),
                        models, letterDay(c)),
                Agenda.of(cat, refs.get(c.year()).path(), String.valueOf(c.year()), models, documentDay),
                rollUps.of(c, targets, models));
    }

    /** don_doc.ngay, else the report's date (bao_cao.ngay, else the build's): never the clock. */
    private Day letterDay(Campaign c) {
        if (c.donDoc() != null && c.donDoc().ngay() != null) {
            return Day.of(c.donDoc().ngay());
        }
        return c.baoCao() != null && c.baoCao().ngay() != null ? Day.of(c.baoCao().ngay()) : documentDay;
    }

    private static Coverage coverage(Term type, List<Unit> units, Set<String> registered) {
        int done = (int) units.stream().filter(u -> registered.contains(u.id())).count();
        return new Coverage(type, units.size(), done, percent(done, units.size()));
    }

    /** "83,3%" (Vietnamese decimal comma); "—" when nothing was required. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        long tenths = Math.round(part * 1000.0 / whole);
        String text = (tenths / 10) + (tenths % 10 == 0 ? "" : "," + (tenths % 10));
        return String.format(Locale.ROOT, "%s%%", text);
    }

    private static List<Count> statusCounts(List<ModelRef> models) {
        Map<String, Integer> n = new HashMap<>();
        models.forEach(m -> n.merge(m.status().id(), 1, Integer::sum));
        List<Count> out = new ArrayList<>();
        for (Status s : Status.values()) {
            StatusTag tag = StatusTag.of(s);
            out.add(new Count(s.id(), s.label(), n.getOrDefault(s.id(), 0), tag.tone()));
        }
        return List.copyOf(out);
    }

    private static List<Count> counts(Map<String, Term> terms, List<ModelRef> models, Function<ModelRef, String> key) {
        Map<String, Integer> n = new HashMap<>();
        models.forEach(m -> n.merge(key.apply(m), 1, Integer::sum));
        return terms.values().stream().map(t -> new Count(t.id(), t.name(), n.getOrDefault(t.id(), 0), null)).toList();
    }
}
