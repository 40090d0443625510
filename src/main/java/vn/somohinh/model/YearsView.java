package vn.somohinh.model;

import java.util.ArrayList;
import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;

/**
 * "Qua các năm": each campaign's figures side by side, oldest first, taken from the campaign's own view so that
 * they can never differ from its page: units that had to register and did, models, approved, reached tổng kết, the
 * share on time and the grades.
 *
 * @param grades the grade columns, best first (the campaigns share the site's list)
 */
public record YearsView(List<YearRow> rows, List<Term> grades, Chart coverage, Chart models) implements View {

    public record YearRow(CampaignRef ref, int required, int registered, String percent, int models, int approved,
                          int yearEnd, String onTime, List<Integer> grades) {
    }

    /** {@code campaigns}: newest first, as the site lists them. */
    static YearsView of(List<CampaignView> campaigns) {
        List<YearRow> rows = new ArrayList<>();
        List<Chart.Bar> coverage = new ArrayList<>();
        List<Chart.Bar> models = new ArrayList<>();
        int most = campaigns.stream().mapToInt(c -> c.models().size()).max().orElse(0);
        List<CampaignView> oldestFirst = new ArrayList<>(campaigns);
        java.util.Collections.reverse(oldestFirst);
        for (CampaignView c : oldestFirst) {
            CampaignView.UnitRollUp total = c.rollUp().total();
            int n = c.models().size();
            rows.add(new YearRow(c.ref(), c.total().required(), c.total().registered(), c.total().percent(), n,
                    total.approved(), total.yearEnd(), CampaignPages.percent(n - c.late().size(), n), total.grades()));
            int y = coverage.size() * Chart.ROW;
            coverage.add(Charts.registered(c.ref().year(), c.total(), y));
            models.add(new Chart.Bar(c.ref().year(), String.valueOf(n), y, Chart.length(n, most, Chart.SCALE), false));
        }
        List<Term> grades = campaigns.isEmpty() ? List.of() : campaigns.get(0).rollUp().grades();
        String span = rows.isEmpty() ? "" : rows.get(0).ref().year() + "–" + rows.get(rows.size() - 1).ref().year();
        String coverageSummary = rows.isEmpty() ? "Chưa có đợt đăng ký nào." : rows.stream()
                .map(r -> r.ref().year() + ": " + r.registered() + "/" + r.required() + " (" + r.percent() + ")")
                .reduce((a, b) -> a + "; " + b).orElse("") + ".";
        String modelsSummary = rows.isEmpty() ? "Chưa có đợt đăng ký nào." : rows.stream()
                .map(r -> r.ref().year() + ": " + r.models()).reduce((a, b) -> a + "; " + b).orElse("") + " mô hình.";
        return new YearsView(List.copyOf(rows), grades,
                new Chart("bieu-do-nam-dang-ky", "Đơn vị đã đăng ký qua các năm " + span, coverageSummary, coverage,
                        coverage.size() * Chart.ROW),
                new Chart("bieu-do-nam-mo-hinh", "Số mô hình qua các năm " + span, modelsSummary, models,
                        models.size() * Chart.ROW));
    }
}
