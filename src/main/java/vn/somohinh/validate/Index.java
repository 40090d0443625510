package vn.somohinh.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.CodeEntry;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Directive;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Unit;

/**
 * Lookups built once, so that no rule scans the whole data set per model. A catalog that could not be read
 * gives a null set: rules then skip the references into it rather than report each one.
 */
final class Index {
    final DataSet data;
    final Map<String, Unit> units;
    final Set<String> directiveIds;
    final Set<String> unitTypes;
    final Set<String> fields;
    final Set<String> grades;
    final Map<Integer, Campaign> campaigns;
    final Map<ModelKey, Registration> registrations;
    final Map<ModelKey, Review> reviews;
    /** The registrations of each year, in path order, years in order. */
    final Map<Integer, List<Registration>> registrationsByYear = new java.util.TreeMap<>();
    /** The reviews of each year, in path order, years in order. */
    final Map<Integer, List<Review>> reviewsByYear = new java.util.TreeMap<>();
    /** What a rule about one year's models reads: {@link #yearRecords}, made once per year for all rules. */
    private final Map<Integer, List<Object>> yearRecords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Registration files by model, also those that could not be read (see {@link DataSet#registrationFiles()}). */
    final Map<ModelKey, String> registrationFiles;

    Index(DataSet data) {
        this.data = data;
        this.units = data.units() == null ? null : firstById(data.units(), Unit::id);
        this.directiveIds = data.directives() == null ? null
                : data.directives().stream().map(Directive::id).filter(id -> id != null).collect(Collectors.toSet());
        this.unitTypes = data.site() == null ? null : ids(data.site().loaiDonVi());
        this.fields = data.site() == null ? null : ids(data.site().linhVuc());
        this.grades = data.site() == null ? null : ids(data.site().xepLoai());
        this.campaigns = firstById(data.campaigns(), Campaign::year);
        this.registrations = firstById(data.registrations(), Registration::key);
        this.reviews = firstById(data.reviews(), Review::key);
        this.registrationFiles = data.registrationFiles();
        data.registrations().forEach(r -> registrationsByYear.computeIfAbsent(r.key().year(),
                y -> new java.util.ArrayList<>()).add(r));
        data.reviews().forEach(r -> reviewsByYear.computeIfAbsent(r.key().year(),
                y -> new java.util.ArrayList<>()).add(r));
    }

    /** Every year that a registration or a review is filed under, in order. */
    java.util.SortedSet<Integer> years() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(registrationsByYear.keySet());
        years.addAll(reviewsByYear.keySet());
        return years;
    }

    /**
     * A year's registrations and reviews, then every catalog record (site.yaml, the units, the directives, the
     * campaigns): all that a rule about each model of the year on its own may read (Context.eachYear).
     */
    List<Object> yearRecords(int year) {
        return yearRecords.computeIfAbsent(year, y -> {
            List<Object> records = new java.util.ArrayList<>(registrationsByYear.getOrDefault(y, List.of()));
            records.addAll(reviewsByYear.getOrDefault(y, List.of()));
            records.add(data.site());
            if (data.units() != null) {
                records.addAll(data.units());
            }
            if (data.directives() != null) {
                records.addAll(data.directives());
            }
            records.addAll(data.campaigns());
            return java.util.Collections.unmodifiableList(records);
        });
    }

    /** A year's registrations followed by the roster: what a rule that names other units' models reads. */
    List<Object> withUnits(List<Registration> year) {
        List<Object> records = new java.util.ArrayList<>(year);
        if (data.units() != null) {
            records.addAll(data.units());
        }
        return records;
    }

    private static Set<String> ids(List<CodeEntry> codes) {
        if (codes == null) {
            return null;
        }
        return codes.stream().map(CodeEntry::id).filter(id -> id != null).collect(Collectors.toSet());
    }

    private static <K, V> Map<K, V> firstById(List<V> items, Function<V, K> id) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V item : items) {
            K key = id.apply(item);
            if (key != null) {
                map.putIfAbsent(key, item);
            }
        }
        return map;
    }
}
