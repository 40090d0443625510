package vn.somohinh.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.load.Unit;
import vn.somohinh.model.CampaignView.RollUp;
import vn.somohinh.model.CampaignView.UnitRollUp;
import vn.somohinh.model.Refs.ModelRef;

/**
 * The year-end roll-up of a campaign, one row per target unit: the evidence for grading party organisations
 * (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW). Built once; the page, the report's files and the JSON all read it.
 */
final class UnitRollUps {
    private final Catalog cat;
    private final Map<String, Registration> registrations = new HashMap<>();

    UnitRollUps(Catalog cat) {
        this.cat = cat;
        cat.data.registrations().forEach(r -> registrations.put(r.key().path(), r));
    }

    /** Rows in the campaign's order of unit types, then by name; the total last. */
    RollUp of(Campaign c, List<Unit> targets, List<ModelRef> models) {
        Map<String, List<ModelRef>> byUnit = new HashMap<>();
        models.forEach(m -> byUnit.computeIfAbsent(m.unit().id(), u -> new ArrayList<>()).add(m));
        List<UnitRollUp> rows = new ArrayList<>();
        for (String type : c.doiTuong()) {
            for (Unit u : targets) {
                if (u.loai().equals(type)) {
                    rows.add(row(u, byUnit.getOrDefault(u.id(), List.of())));
                }
            }
        }
        return new RollUp(List.copyOf(cat.grades.values()), List.copyOf(rows), total(rows));
    }

    private UnitRollUp row(Unit u, List<ModelRef> models) {
        int[] n = new int[7];
        int[] grades = new int[cat.grades.size()];
        List<String> gradeIds = List.copyOf(cat.grades.keySet());
        boolean onTime = false;
        for (ModelRef m : models) {
            onTime |= !m.late();
            String[] p = m.id().split("/");
            Review review = cat.reviews.get(new ModelKey(Integer.parseInt(p[0]), p[1], p[2]));
            n[0] += reached(review, Status.DUOC_DUYET) ? 1 : 0;
            Status now = Review.currentStatus(review);
            n[1] += now == Status.DANG_TRIEN_KHAI || now == Status.SO_KET ? 1 : 0;
            n[2] += reached(review, Status.SO_KET) ? 1 : 0;
            n[3] += reached(review, Status.TONG_KET) ? 1 : 0;
            Registration r = registrations.get(m.id());
            n[4] += r != null && r.ketQuaThucHien() != null ? 1 : 0;
            Review.Evaluation e = review == null ? null : review.danhGia();
            if (e != null) {
                int g = gradeIds.indexOf(e.xepLoai());
                if (g >= 0) {
                    grades[g]++;
                }
                n[5] += Boolean.TRUE.equals(e.deXuatNhanRong()) ? 1 : 0;
                n[6] += Boolean.TRUE.equals(e.deXuatKhenThuong()) ? 1 : 0;
            }
        }
        Term registration = models.isEmpty() ? NOT_REGISTERED : onTime ? ON_TIME : LATE;
        return new UnitRollUp(cat.unitRefs.get(u.id()), cat.types.get(u.loai()), registration, models.size(), n[0],
                n[1], n[2], n[3], n[4], java.util.Arrays.stream(grades).boxed().toList(), n[5], n[6]);
    }

    static final Term ON_TIME = new Term("dung-han", "Đúng hạn");
    static final Term LATE = new Term("muon", "Muộn");
    static final Term NOT_REGISTERED = new Term("chua-dang-ky", "Chưa đăng ký");

    /** True when some step of the review is that status (a model now tong-ket was approved on its way). */
    private static boolean reached(Review review, Status status) {
        return review != null && review.quaTrinh().stream().anyMatch(s -> status.id().equals(s.trangThai()));
    }

    private static UnitRollUp total(List<UnitRollUp> rows) {
        int[] g = new int[rows.isEmpty() ? 0 : rows.get(0).grades().size()];
        rows.forEach(r -> {
            for (int i = 0; i < g.length; i++) {
                g[i] += r.grades().get(i);
            }
        });
        return new UnitRollUp(null, null, null, sum(rows, UnitRollUp::models), sum(rows, UnitRollUp::approved),
                sum(rows, UnitRollUp::inProgress), sum(rows, UnitRollUp::midYear), sum(rows, UnitRollUp::yearEnd),
                sum(rows, UnitRollUp::reported), java.util.Arrays.stream(g).boxed().toList(),
                sum(rows, UnitRollUp::replicate), sum(rows, UnitRollUp::commend));
    }

    private static int sum(List<UnitRollUp> rows, java.util.function.ToIntFunction<UnitRollUp> f) {
        return rows.stream().mapToInt(f).sum();
    }
}
