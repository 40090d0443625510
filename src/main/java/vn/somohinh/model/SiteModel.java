package vn.somohinh.model;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.load.Unit;

/** Builds the {@link Site} from data that passed validation. */
public final class SiteModel {
    private SiteModel() {
    }

    public static Site build(DataSet data) {
        Map<String, String> unitNames = new HashMap<>();
        data.units().forEach(u -> unitNames.put(u.id(), u.ten()));
        Map<ModelKey, Review> reviews = new HashMap<>();
        data.reviews().forEach(r -> reviews.put(r.key(), r));
        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Site.ModelEntry> models = data.registrations().stream()
                .map(r -> entry(r, unitNames, reviews.get(r.key())))
                .sorted(Comparator.comparingInt(Site.ModelEntry::year).reversed()
                        .thenComparing(Site.ModelEntry::unitName, vi)
                        .thenComparing(Site.ModelEntry::name, vi))
                .toList();
        return new Site(data.site().tenTrang(), data.site().toChuc(), data.site().toChucCapTren(),
                (int) data.units().stream().map(Unit::id).distinct().count(), models);
    }

    private static Site.ModelEntry entry(Registration r, Map<String, String> unitNames, Review review) {
        ModelKey k = r.key();
        return new Site.ModelEntry(k.year(), k.unitId(), unitNames.getOrDefault(k.unitId(), k.unitId()), k.slug(),
                r.tenMoHinh(), status(review).label());
    }

    /** The last review step's status, or "Đã đăng ký" when nobody has reviewed the model. */
    static Status status(Review review) {
        if (review == null || review.quaTrinh().isEmpty()) {
            return Status.DA_DANG_KY;
        }
        Status last = Status.byId(review.quaTrinh().get(review.quaTrinh().size() - 1).trangThai());
        return last == null ? Status.DA_DANG_KY : last;
    }
}
