package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.somohinh.model.CampaignView.Count;
import vn.somohinh.model.CampaignView.Coverage;
import vn.somohinh.model.Refs.ModelRef;

/**
 * The charts of a campaign: what share of each unit type registered, the models by status in lifecycle order and by
 * field of work, and how many registered on time.
 */
final class Charts {
    private Charts() {
    }

    /** "44/53 đơn vị đã đăng ký (83%); thấp nhất: Phòng, ban, đơn vị trực thuộc UBND huyện 64,3%." */
    static Chart coverage(List<Coverage> byType, Coverage total) {
        List<Chart.Bar> bars = new ArrayList<>();
        for (Coverage c : byType) {
            bars.add(registered(c.type().name(), c, bars.size() * Chart.ROW));
        }
        String summary = total.registered() + "/" + total.required() + " đơn vị đã đăng ký (" + total.percent() + ")";
        Coverage lowest = byType.stream().filter(c -> c.required() > 0)
                .min(Comparator.comparingDouble(c -> (double) c.registered() / c.required())).orElse(null);
        if (lowest != null && byType.size() > 1 && lowest.registered() < lowest.required()) {
            summary += "; thấp nhất: " + lowest.type().name() + " " + lowest.percent();
        }
        return new Chart("bieu-do-dang-ky", "Tỷ lệ đơn vị đã đăng ký theo loại đơn vị", summary + ".", bars,
                bars.size() * Chart.ROW);
    }

    /** "46 mô hình; nhiều nhất: Đang triển khai 14." Every status of the lifecycle in order, an empty one too. */
    static Chart statuses(List<Count> byStatus, int models) {
        return counts("bieu-do-trang-thai", "Số mô hình theo trạng thái", byStatus, models);
    }

    /** "46 mô hình; nhiều nhất: Kinh tế 18." */
    static Chart fields(List<Count> byField, int models) {
        return counts("bieu-do-linh-vuc", "Số mô hình theo lĩnh vực", byField, models);
    }

    /** "40/46 mô hình đăng ký đúng hạn (87%); 6 mô hình sau hạn." Each against all models. */
    static Chart onTime(int models, int late) {
        int onTime = models - late;
        List<Chart.Bar> bars = List.of(
                share("Đúng hạn", onTime, models, 0),
                share("Sau hạn", late, models, Chart.ROW));
        String summary = onTime + "/" + models + " mô hình đăng ký đúng hạn (" + CampaignPages.percent(onTime, models)
                + "); " + late + " mô hình sau hạn.";
        return new Chart("bieu-do-dung-han", "Đăng ký đúng hạn và sau hạn", summary, bars, bars.size() * Chart.ROW);
    }

    private static Chart.Bar share(String label, int part, int whole, int y) {
        return new Chart.Bar(label, part + " (" + CampaignPages.percent(part, whole) + ")", y,
                Chart.length(part, whole, Chart.SCALE), true);
    }

    /** The units of a coverage that registered, against those that had to: "44/53 (83%)". */
    static Chart.Bar registered(String label, Coverage c, int y) {
        return new Chart.Bar(label, c.registered() + "/" + c.required() + " (" + c.percent() + ")", y,
                Chart.length(c.registered(), c.required(), Chart.SCALE), true);
    }

    /** Counts against the largest, in the order given; the summary names the total and the largest. */
    private static Chart counts(String id, String title, List<Count> counts, int models) {
        int most = counts.stream().mapToInt(Count::count).max().orElse(0);
        List<Chart.Bar> bars = new ArrayList<>();
        for (Count c : counts) {
            bars.add(new Chart.Bar(c.label(), String.valueOf(c.count()), bars.size() * Chart.ROW,
                    Chart.length(c.count(), most, Chart.SCALE), false));
        }
        String summary = models + " mô hình";
        Count top = counts.stream().filter(c -> c.count() == most && most > 0).findFirst().orElse(null);
        if (top != null) {
            summary += "; nhiều nhất: " + top.label() + " " + top.count();
        }
        return new Chart(id, title, summary + ".", bars, bars.size() * Chart.ROW);
    }

    /**
     * A unit's models across the years, oldest first, each year's bar as long as its count and its models' statuses
     * written after it: "2: Được duyệt, Đang triển khai".
     */
    static Chart unitYears(List<UnitView.YearModels> years) {
        List<UnitView.YearModels> oldestFirst = new ArrayList<>(years);
        oldestFirst.sort(Comparator.comparing(UnitView.YearModels::year));
        int most = oldestFirst.stream().mapToInt(y -> y.models().size()).max().orElse(0);
        List<Chart.Bar> bars = new ArrayList<>();
        int total = 0;
        for (UnitView.YearModels y : oldestFirst) {
            int n = y.models().size();
            total += n;
            bars.add(new Chart.Bar(y.year(), standing(y.models()), bars.size() * Chart.ROW,
                    Chart.length(n, most, Chart.UNIT_SCALE), false));
        }
        String summary = total + " mô hình qua " + bars.size() + " năm: " + String.join("; ", oldestFirst.stream()
                .map(y -> y.year() + " " + y.models().size()).toList()) + ".";
        return new Chart("bieu-do-don-vi", "Mô hình của đơn vị qua các năm", summary, bars, bars.size() * Chart.ROW);
    }

    /** "2: Được duyệt 1, Đang triển khai 1", or only "5 mô hình" when that would not fit beside a short bar. */
    private static String standing(List<ModelRef> models) {
        java.util.Map<String, Integer> byStatus = new java.util.LinkedHashMap<>();
        models.forEach(m -> byStatus.merge(m.status().label(), 1, Integer::sum));
        String text = models.size() + ": " + String.join(", ", byStatus.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList());
        return text.length() <= 36 ? text : models.size() + " mô hình";
    }
}
