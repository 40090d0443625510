package vn.somohinh.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.somohinh.model.CampaignView.Count;
import vn.somohinh.model.CampaignView.Coverage;

/** What the charts say in one sentence, and that the bars' lengths are the figures written beside them. */
class ChartsTest {
    @Test
    void coverageNamesTheTotalAndTheLowestType() {
        List<Coverage> types = List.of(new Coverage(new Term("a", "Tổ chức cơ sở đảng"), 27, 27, "100%"),
                new Coverage(new Term("b", "Phòng, ban, đơn vị trực thuộc UBND huyện"), 14, 9, "64,3%"),
                new Coverage(new Term("c", "Mặt trận Tổ quốc và các đoàn thể"), 12, 8, "66,7%"));
        Chart chart = Charts.coverage(types, new Coverage(null, 53, 44, "83%"));
        assertThat(chart.summary()).isEqualTo("44/53 đơn vị đã đăng ký (83%); thấp nhất: Phòng, ban, đơn vị trực thuộc UBND huyện 64,3%.");
        assertThat(chart.bars()).extracting(Chart.Bar::width).containsExactly(Chart.SCALE, Math.round(Chart.SCALE * 9 / 14f),
                Math.round(Chart.SCALE * 8 / 12f));
        assertThat(chart.bars()).extracting(Chart.Bar::value).containsExactly("27/27 (100%)", "9/14 (64,3%)", "8/12 (66,7%)");
        assertThat(chart.bars()).allMatch(Chart.Bar::track);
    }

    @Test
    void everyoneRegisteredHasNoLowest() {
        Chart chart = Charts.coverage(List.of(new Coverage(new Term("a", "A"), 2, 2, "100%"),
                new Coverage(new Term("b", "B"), 3, 3, "100%")), new Coverage(null, 5, 5, "100%"));
        assertThat(chart.summary()).isEqualTo("5/5 đơn vị đã đăng ký (100%).");
    }

    @Test
    void statusesKeepTheirOrderAndTheLongestBarIsTheLargestCount() {
        List<Count> counts = List.of(new Count("da-dang-ky", "Đã đăng ký", 5, "info"),
                new Count("duoc-duyet", "Được duyệt", 6, "ok"), new Count("dang-trien-khai", "Đang triển khai", 9, "ok"));
        Chart chart = Charts.statuses(counts, 20);
        assertThat(chart.bars()).extracting(Chart.Bar::label).containsExactly("Đã đăng ký", "Được duyệt", "Đang triển khai");
        assertThat(chart.bars().get(2).width()).isEqualTo(Chart.SCALE);
        assertThat(chart.bars().get(0).width()).isEqualTo(Math.round(Chart.SCALE * 5 / 9f));
        assertThat(chart.summary()).isEqualTo("20 mô hình; nhiều nhất: Đang triển khai 9.");
        assertThat(chart.bars()).extracting(Chart.Bar::y).containsExactly(0, Chart.ROW, 2 * Chart.ROW);
    }

    @Test
    void onTimeAndLateAreSharesOfAllModels() {
        Chart chart = Charts.onTime(46, 6);
        assertThat(chart.summary()).isEqualTo("40/46 mô hình đăng ký đúng hạn (87%); 6 mô hình sau hạn.");
        assertThat(chart.bars()).extracting(Chart.Bar::value).containsExactly("40 (87%)", "6 (13%)");
        assertThat(chart.bars()).extracting(Chart.Bar::width).containsExactly(Math.round(Chart.SCALE * 40 / 46f),
                Math.round(Chart.SCALE * 6 / 46f));
    }

    @Test
    void fieldsNameTheLargest() {
        Chart chart = Charts.fields(List.of(new Count("kinh-te", "Kinh tế", 18, null),
                new Count("xay-dung-dang", "Xây dựng Đảng", 20, null)), 38);
        assertThat(chart.summary()).isEqualTo("38 mô hình; nhiều nhất: Xây dựng Đảng 20.");
        assertThat(chart.id()).isNotEqualTo(Charts.statuses(List.of(), 0).id());
    }

    @Test
    void aUnitsYearsOldestFirstWithWhereItsModelsStand() {
        StatusTag approved = new StatusTag("duoc-duyet", "Được duyệt", "ok");
        StatusTag done = new StatusTag("tong-ket", "Đã tổng kết", "ok");
        List<UnitView.YearModels> years = List.of(
                new UnitView.YearModels("2023", List.of(model(approved), model(approved), model(done))),
                new UnitView.YearModels("2022", List.of(model(done))));
        Chart chart = Charts.unitYears(years);
        assertThat(chart.bars()).extracting(Chart.Bar::label).containsExactly("2022", "2023");
        assertThat(chart.bars()).extracting(Chart.Bar::value).containsExactly("1: Đã tổng kết 1", "3: Được duyệt 2, Đã tổng kết 1");
        assertThat(chart.summary()).isEqualTo("4 mô hình qua 2 năm: 2022 1; 2023 3.");
        List<Refs.ModelRef> many = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> model(new StatusTag("s" + i, "Trạng thái dài số " + i, "ok"))).toList();
        assertThat(Charts.unitYears(List.of(new UnitView.YearModels("2024", many))).bars().get(0).value())
                .as("too long to stand beside the bar").isEqualTo("6 mô hình");
    }

    private static Refs.ModelRef model(StatusTag status) {
        return new Refs.ModelRef("x", "p", "n", null, null, "2023", null, status, null, false, null);
    }
}
