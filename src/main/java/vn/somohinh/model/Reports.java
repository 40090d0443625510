package vn.somohinh.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Recall;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;

/** Builds the compiled report of each campaign from the views already built. */
final class Reports {
    private static final List<String> ISSUER_PREFIXES = List.of("Đảng ủy thị trấn ", "Đảng ủy phường ", "Đảng ủy xã ",
            "Huyện ủy ", "Tỉnh ủy ", "Thành ủy ", "Thị ủy ", "Quận ủy ", "Đảng ủy ");

    private Reports() {
    }

    /**
     * Each campaign's report, taken from {@code recall} (serve's last build; none for build) when it was made from
     * the same campaign view and the same pages of its models, with equal site details, date and commit.
     */
    static List<ReportView> build(SiteInfo info, List<CampaignView> campaigns, List<ModelView> models, Day date,
                                  String commit, Recall<ReportView> recall) {
        Map<String, ModelView> byId = new LinkedHashMap<>();
        models.forEach(m -> byId.put(m.ref().id(), m));
        List<Object> value = java.util.Arrays.asList(info, date, commit);
        List<ReportView> out = new ArrayList<>();
        for (CampaignView c : campaigns) {
            out.add(recall.get("report " + c.ref().year(), value, () -> read(c, byId), () -> {
                // bao_cao.ngay, when the committee dates its report; else the data's date.
                Day day = c.report().date() != null ? c.report().date() : date;
                return new ReportView(c, info.organisation(), info.parentOrganisation(), place(info.organisation()),
                        day, longDate(day), sections(c), graded(c, byId), commit);
            }));
        }
        return List.copyOf(out);
    }

    /** What a campaign's report is made from besides the value: its view and the pages of its models. */
    private static List<Object> read(CampaignView c, Map<String, ModelView> byId) {
        List<Object> records = new ArrayList<>(c.models().size() + 1);
        records.add(c);
        c.models().forEach(m -> records.add(byId.get(m.id())));
        return records;
    }

    /** "Huyện ủy Bảo Lâm" → "Bảo Lâm": the place written before the date in a document's header. */
    static String place(String organisation) {
        for (String prefix : ISSUER_PREFIXES) {
            if (organisation.startsWith(prefix)) {
                return organisation.substring(prefix.length());
            }
        }
        return organisation;
    }

    /** "ngày 02 tháng 3 năm 2023", as document headers write dates. */
    static String longDate(Day day) {
        if (day == null) {
            return "ngày … tháng … năm …";
        }
        return day.inWords();
    }

    private static List<ReportView.TypeSection> sections(CampaignView c) {
        Map<String, Map<String, List<ModelRef>>> byType = new LinkedHashMap<>();
        Map<String, UnitRef> units = new LinkedHashMap<>();
        c.byType().forEach(cov -> byType.put(cov.type().id(), new LinkedHashMap<>()));
        for (ModelRef m : c.models()) {
            units.putIfAbsent(m.unit().id(), m.unit());
            byType.computeIfAbsent(m.unitType().id(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(m);
        }
        List<ReportView.TypeSection> out = new ArrayList<>();
        Map<String, Term> types = new LinkedHashMap<>();
        c.models().forEach(m -> types.putIfAbsent(m.unitType().id(), m.unitType()));
        c.byType().forEach(cov -> types.putIfAbsent(cov.type().id(), cov.type()));
        byType.forEach((type, perUnit) -> {
            if (!perUnit.isEmpty()) {
                out.add(new ReportView.TypeSection(types.get(type), perUnit.entrySet().stream()
                        .map(e -> new ReportView.UnitModels(units.get(e.getKey()), List.copyOf(e.getValue()))).toList()));
            }
        });
        return List.copyOf(out);
    }

    private static List<ReportView.Graded> graded(CampaignView c, Map<String, ModelView> byId) {
        return c.models().stream()
                .map(m -> byId.get(m.id()))
                .filter(m -> m.evaluation() != null)
                .map(m -> new ReportView.Graded(m.ref(), m.evaluation().replicate(), m.evaluation().commend(),
                        m.evaluation().remark()))
                .toList();
    }
}
