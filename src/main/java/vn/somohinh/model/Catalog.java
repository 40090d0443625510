package vn.somohinh.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.CodeEntry;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Directive;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.load.Unit;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.UnitRef;
import vn.somohinh.problem.Problem;

/** Lookups over validated data, built once and shared by the page builders. */
final class Catalog {
    final DataSet data;
    final Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
    /**
     * Collation keys, made once per text: comparing keys is far cheaper than comparing with the collator. serve's
     * builds share one map (a key depends on its text alone), so that a save does not copy 60,000 keys into a new
     * one; it is started afresh when texts no longer used have made it more than twice as large as it needs.
     */
    private final java.util.concurrent.ConcurrentMap<String, java.text.CollationKey> keys;
    final Map<String, Unit> units = new LinkedHashMap<>();
    final Map<String, UnitRef> unitRefs = new HashMap<>();
    final Map<String, DirectiveRef> directiveRefs = new LinkedHashMap<>();
    final Map<String, Term> types;
    final Map<String, Term> fields;
    final Map<String, Term> grades;
    final Map<Integer, Campaign> campaigns = new HashMap<>();
    final Map<ModelKey, Review> reviews = new HashMap<>();
    final Map<String, List<Notice>> warningsByFile = new HashMap<>();
    /** Every data file, to ask whether one exists: the list itself would be searched once per model. */
    final java.util.Set<String> files;
    /** The forge's links, null without a repository in site.yaml. */
    final vn.somohinh.forge.Links links;

    Catalog(DataSet data, List<Problem> problems) {
        this(data, problems, Map.of());
    }

    Catalog(DataSet data, List<Problem> problems, Map<String, java.text.CollationKey> earlierKeys) {
        this.data = data;
        int needed = data.registrations().size() + data.units().size() + 1_000;
        this.keys = earlierKeys instanceof java.util.concurrent.ConcurrentMap<String, java.text.CollationKey> shared
                && shared.size() <= 2 * needed ? shared : new java.util.concurrent.ConcurrentHashMap<>();
        this.links = Forges.of(data.site());
        this.files = java.util.Set.copyOf(data.files());
        for (Unit u : data.units()) {
            units.put(u.id(), u);
            unitRefs.put(u.id(), new UnitRef(u.id(), u.ten(), "don-vi/" + u.id() + "/"));
        }
        for (Directive d : data.directives()) {
            directiveRefs.put(d.id(), new DirectiveRef(d.id(), d.soHieu(), d.loai(), d.trichYeu(), "van-ban/" + d.id() + "/"));
        }
        types = terms(data.site().loaiDonVi());
        fields = terms(data.site().linhVuc());
        grades = terms(data.site().xepLoai());
        data.campaigns().forEach(c -> campaigns.put(c.year(), c));
        data.reviews().forEach(r -> reviews.put(r.key(), r));
        for (Problem p : problems) {
            warningsByFile.computeIfAbsent(p.file(), f -> new ArrayList<>())
                    .add(new Notice(p.severity().label(), p.code(), p.message(), p.file(), p.line(), p.column()));
        }
    }

    private static Map<String, Term> terms(List<CodeEntry> codes) {
        Map<String, Term> map = new LinkedHashMap<>();
        codes.forEach(c -> map.put(c.id(), new Term(c.id(), c.ten())));
        return map;
    }

    /** The Vietnamese sort key of a text (null sorts as empty). */
    java.text.CollationKey key(String text) {
        String t = text == null ? "" : text;
        java.text.CollationKey known = keys.get(t);
        if (known != null) {
            return known;
        }
        return keys.computeIfAbsent(t, x -> {
            synchronized (vi) {
                return vi.getCollationKey(x);
            }
        });
    }

    /** The sort keys made or taken by this build. */
    Map<String, java.text.CollationKey> keys() {
        return keys;
    }

    /** The model's current status: its review's last step, or "Đã đăng ký". */
    Status status(ModelKey key) {
        return Review.currentStatus(reviews.get(key));
    }

    List<Notice> warnings(String file) {
        return warningsByFile.getOrDefault(file, List.of());
    }

    static String modelPath(ModelKey key) {
        return "mo-hinh/" + key.path() + "/";
    }

    static String registrationFile(ModelKey key) {
        return "data/registrations/" + key.path() + ".yaml";
    }

    static String reviewFile(ModelKey key) {
        return "data/reviews/" + key.path() + ".yaml";
    }
}
