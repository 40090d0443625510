package vn.somohinh.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.History;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.model.Refs.ModelRef;

/** Builds the row and the page of every model, in display order. */
final class ModelPages {
    private final Catalog cat;
    final Map<ModelKey, ModelRef> refs = new LinkedHashMap<>();
    final List<ModelView> pages = new ArrayList<>();

    private final History history;

    /** This build's models, for the next (ModelMemory). */
    final Map<ModelKey, ModelMemory.Made> made = new java.util.HashMap<>();

    ModelPages(Catalog cat, History history, Map<ModelKey, ModelMemory.Made> before) {
        this.cat = cat;
        this.history = history;
        for (Registration r : displayOrder(cat)) {
            ModelKey key = r.key();
            // Asked for every model on every save: each file's name is made once, or taken from its record, whose
            // name serve gives back as the same string (its hash already known to the lookups below).
            String registrationFile = r.src().file();
            Review review = cat.reviews.get(key);
            String reviewFile = review != null ? review.src().file() : Catalog.reviewFile(key);
            boolean reviewFileListed = review != null || cat.files.contains(reviewFile);
            List<Notice> warnings = warnings(registrationFile, reviewFile);
            List<History.Change> registrationHistory = history.of(registrationFile);
            List<History.Change> reviewHistory = history.of(reviewFile);
            ModelMemory.Made last = before.get(key);
            if (!ModelMemory.same(last, r, review, reviewFileListed, warnings, registrationHistory, reviewHistory)) {
                ModelRef ref = ref(r);
                last = new ModelMemory.Made(r, review, reviewFileListed, warnings, registrationHistory, reviewHistory,
                        ref, page(r, ref, warnings));
            }
            made.put(key, last);
            refs.put(key, last.ref());
            pages.add(last.page());
        }
    }

    /** A registration with its sort keys, each looked up once rather than at every comparison of the sort. */
    private record Sorted(Registration registration, int year, java.text.CollationKey unit,
                          java.text.CollationKey name) {
    }

    /** Newest year first, then by unit name and model name in Vietnamese order, then by path. */
    private static List<Registration> displayOrder(Catalog cat) {
        List<Sorted> sorted = new ArrayList<>(cat.data.registrations().size());
        for (Registration r : cat.data.registrations()) {
            sorted.add(new Sorted(r, r.key().year(), cat.key(cat.unitRefs.get(r.key().unitId()).name()),
                    cat.key(r.tenMoHinh())));
        }
        sorted.sort(Comparator.comparingInt(Sorted::year).reversed()
                .thenComparing(Sorted::unit)
                .thenComparing(Sorted::name)
                .thenComparing(x -> x.registration().key()));
        return sorted.stream().map(Sorted::registration).toList();
    }

    /** The warnings of both files of a model; most models have none. */
    private List<Notice> warnings(String registrationFile, String reviewFile) {
        List<Notice> registration = cat.warnings(registrationFile);
        List<Notice> review = cat.warnings(reviewFile);
        if (registration.isEmpty() && review.isEmpty()) {
            return List.of();
        }
        List<Notice> warnings = new ArrayList<>(registration);
        warnings.addAll(review);
        return List.copyOf(warnings);
    }

    private ModelRef ref(Registration r) {
        ModelKey key = r.key();
        Campaign c = cat.campaigns.get(key.year());
        boolean late = c != null && r.ngayDangKy().isAfter(c.hanDangKy());
        Review review = cat.reviews.get(key);
        Term grade = review == null || review.danhGia() == null ? null : cat.grades.get(review.danhGia().xepLoai());
        return new ModelRef(key.path(), Catalog.modelPath(key), r.tenMoHinh(), cat.unitRefs.get(key.unitId()),
                cat.types.get(cat.units.get(key.unitId()).loai()), String.valueOf(key.year()),
                cat.fields.get(r.linhVuc()), StatusTag.of(cat.status(key)), Day.of(r.ngayDangKy()), late, grade);
    }

    private ModelView page(Registration r, ModelRef ref, List<Notice> warnings) {
        Review review = cat.reviews.get(r.key());
        List<ModelView.Revision> revisions = Revisions.of(history, Catalog.registrationFile(r.key()),
                Catalog.reviewFile(r.key()), cat.links);
        return new ModelView(ref, RegistrationForm.form(r.hinhThuc()), r.nguoiChuTri(),
                r.canCu().stream().map(cat.directiveRefs::get).toList(), r.thucTrang(), r.mucTieu(), r.noiDung(),
                r.tinhMoi(), r.chiTieu(), Day.of(r.thoiGian().batDau()), Day.of(r.thoiGian().ketThuc()),
                r.diaBanDoiTuong(), r.donViPhoiHop().stream().map(cat.unitRefs::get).toList(),
                r.kinhPhi() == null ? null : new ModelView.Budget(r.kinhPhi().nganSach(), r.kinhPhi().xaHoiHoa()),
                r.loTrinh().stream().map(m -> new ModelView.Milestone(Day.of(m.ngay()), m.noiDung())).toList(),
                r.ketQuaDuKien(), r.khaNangNhanRong(), contact(r), r.ketQuaThucHien(),
                r.taiLieu().stream().map(a -> new ModelView.Attachment(a.ten(), a.lienKet())).toList(),
                timeline(review), evaluation(review), warnings, Catalog.registrationFile(r.key()),
                review == null ? null : Catalog.reviewFile(r.key()),
                revisions, Revisions.submitted(history, Catalog.registrationFile(r.key())),
                DecisionPanels.of(cat, r.key(), review), Forges.file(cat.links, Catalog.registrationFile(r.key())),
                review == null ? null : Forges.file(cat.links, Catalog.reviewFile(r.key())),
                Revisions.compare(revisions, cat.links));
    }

    private static ModelView.Contact contact(Registration r) {
        Registration.Contact c = r.lienHe();
        return c == null || (c.hoTen() == null && c.chucVu() == null && c.dienThoai() == null) ? null
                : new ModelView.Contact(c.hoTen(), c.chucVu(), c.dienThoai());
    }

    private List<ModelView.Step> timeline(Review review) {
        if (review == null) {
            return List.of();
        }
        return review.quaTrinh().stream()
                .map(s -> new ModelView.Step(Day.of(s.ngay()), StatusTag.of(Objects.requireNonNull(Status.byId(s.trangThai()))),
                        s.ghiChu(), s.vanBan() == null ? null : cat.directiveRefs.get(s.vanBan())))
                .toList();
    }

    private ModelView.Evaluation evaluation(Review review) {
        if (review == null || review.danhGia() == null) {
            return null;
        }
        Review.Evaluation e = review.danhGia();
        return new ModelView.Evaluation(Day.of(e.ngay()), cat.grades.get(e.xepLoai()), e.nhanXet(),
                e.deXuatNhanRong(), e.deXuatKhenThuong());
    }
}
