package vn.somohinh.report;

import java.util.ArrayList;
import java.util.List;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.ReportView;

/**
 * The report's tables as rows of cells, shared by the CSV, Excel and Word files so that every format shows the
 * same figures as the page. Numbers stay numbers (Integer) for Excel; dates, years and rates are {@link Cells}
 * that Excel stores as such and the other forms print as the page's text.
 */
final class ReportTables {
    /** A titled table: the header row, then the rows, of which the last {@code totals} are totals (not filtered). */
    record Table(String title, List<String> header, List<List<Object>> rows, int totals) {
        Table(String title, List<String> header, List<List<Object>> rows) {
            this(title, header, rows, 0);
        }
    }

    private ReportTables() {
    }

    static Table models(ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ReportView.TypeSection s : r.sections()) {
            for (ReportView.UnitModels u : s.units()) {
                for (ModelRef m : u.models()) {
                    rows.add(List.of(++n, Cells.year(m.year()), s.type().name(), u.unit().name(), m.name(), m.field().name(),
                            m.status().label(), Cells.date(m.registered()), daysLate(m, r.campaign().deadline()),
                            m.grade() == null ? "" : m.grade().name()));
                }
            }
        }
        return new Table("Mô hình", List.of("STT", "Năm", "Loại đơn vị", "Đơn vị", "Tên mô hình", "Lĩnh vực",
                "Trạng thái", "Ngày đăng ký", "Sau hạn (ngày)", "Xếp loại"), rows);
    }

    /** How many days after the deadline a late model was registered (a number, for Excel); empty when on time. */
    static Object daysLate(ModelRef m, vn.somohinh.model.Day deadline) {
        if (!m.late() || m.registered() == null || deadline == null) {
            return "";
        }
        return (int) java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(deadline.iso()),
                java.time.LocalDate.parse(m.registered().iso()));
    }

    static Table coverage(ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        for (CampaignView.Coverage c : r.campaign().byType()) {
            rows.add(List.of(c.type().name(), c.required(), c.registered(), rate(c)));
        }
        CampaignView.Coverage t = r.campaign().total();
        rows.add(List.of("Tổng", t.required(), t.registered(), rate(t)));
        return new Table("Theo loại đơn vị", List.of("Loại đơn vị", "Phải đăng ký", "Đã đăng ký", "Tỷ lệ"), rows, 1);
    }

    static Table notRegistered(ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (var u : r.campaign().notRegistered()) {
            rows.add(List.of(++n, u.name()));
        }
        return new Table("Chưa đăng ký", List.of("STT", "Đơn vị"), rows);
    }

    static Table late(ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (ModelRef m : r.campaign().late()) {
            rows.add(List.of(++n, m.name(), m.unit().name(), Cells.date(m.registered())));
        }
        return new Table("Đăng ký muộn", List.of("STT", "Tên mô hình", "Đơn vị", "Ngày đăng ký"), rows);
    }

    static Table counts(String title, String label, List<CampaignView.Count> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach(c -> rows.add(List.of(c.label(), c.count())));
        return new Table(title, List.of(label, "Số mô hình"), rows);
    }

    static Table graded(ReportView r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportView.Graded g : r.graded()) {
            rows.add(List.of(g.model().name(), g.model().unit().name(), g.model().grade().name(), yesNo(g.replicate()),
                    yesNo(g.commend()), g.remark() == null ? "" : g.remark()));
        }
        return new Table("Xếp loại", List.of("Tên mô hình", "Đơn vị", "Xếp loại", "Đề xuất nhân rộng",
                "Đề xuất khen thưởng", "Nhận xét"), rows);
    }

    /** The year-end roll-up per target unit (model/UnitRollUps), with a total row. */
    static Table rollUp(ReportView r) {
        CampaignView.RollUp up = r.campaign().rollUp();
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Đăng ký", "Mô hình", "Được duyệt",
                "Triển khai", "Sơ kết", "Tổng kết", "Kết quả"));
        up.grades().forEach(g -> header.add(g.name()));
        header.addAll(List.of("Nhân rộng", "Khen thưởng"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (CampaignView.UnitRollUp u : up.units()) {
            rows.add(rollUpRow(++n, u.unit().name(), u.registration().name(), u));
        }
        rows.add(rollUpRow("", "Tổng", "", up.total()));
        return new Table("Theo đơn vị", List.copyOf(header), rows, 1);
    }

    private static List<Object> rollUpRow(Object number, String unit, String registration, CampaignView.UnitRollUp u) {
        List<Object> row = new ArrayList<>(List.of(number, unit, registration, u.models(), u.approved(),
                u.inProgress(), u.midYear(), u.yearEnd(), u.reported()));
        row.addAll(u.grades());
        row.addAll(List.of(u.replicate(), u.commend()));
        return row;
    }

    static List<Table> all(ReportView r) {
        return List.of(models(r), coverage(r), notRegistered(r), late(r),
                counts("Theo trạng thái", "Trạng thái", r.campaign().byStatus()),
                counts("Theo lĩnh vực", "Lĩnh vực", r.campaign().byField()), graded(r), rollUp(r));
    }

    private static Object rate(CampaignView.Coverage c) {
        return Cells.rate(c.registered(), c.required(), c.percent());
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Có" : "Không";
    }
}
