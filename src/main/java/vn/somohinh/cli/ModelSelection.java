package vn.somohinh.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * CLI.md's MODEL: a registration path, a review path or {@code <year>/<unit-id>/<slug>}; or, instead of a list,
 * {@code --year} narrowed by {@code --from-status}, {@code --unit}, {@code --unit-type}. A name that is none of
 * these is a refusal; whether the model exists is for the writing command to say.
 */
final class ModelSelection {
    private ModelSelection() {
    }

    static ModelKey parse(String written) {
        String path = written.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        path = strip(strip(path, "data/"), "registrations/");
        path = strip(path, "reviews/");
        path = path.endsWith(".yaml") ? path.substring(0, path.length() - 5) : path;
        String[] parts = path.split("/", -1);
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{3}") || parts[1].isEmpty() || parts[2].isEmpty()) {
            return null;
        }
        return new ModelKey(Integer.parseInt(parts[0]), parts[1], parts[2]);
    }

    private static String strip(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** The models named, each unreadable name refused at the place it names. */
    static List<ModelKey> named(List<String> written, Problems refusals) {
        List<ModelKey> keys = new ArrayList<>();
        for (String name : written) {
            ModelKey key = parse(name);
            if (key == null) {
                refusals.add(name, 1, 1, Code.UNKNOWN_MODEL, name, "không đọc được thành năm/mã-đơn-vị/mã-mô-hình");
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Every model of {@code year} with a registration file, narrowed by the filters that are not null. */
    static List<ModelKey> select(DataSet data, int year, Status fromStatus, String unit, String unitType,
                                 Problems refusals) {
        Map<ModelKey, Review> reviews = data.reviews().stream()
                .collect(Collectors.toMap(Review::key, Function.identity(), (a, b) -> a));
        Map<String, String> types = data.units() == null ? Map.of() : data.units().stream()
                .filter(u -> u.id() != null && u.loai() != null)
                .collect(Collectors.toMap(Unit::id, Unit::loai, (a, b) -> a));
        List<ModelKey> keys = data.registrationFiles().keySet().stream()
                .filter(k -> k.year() == year)
                .filter(k -> unit == null || unit.equals(k.unitId()))
                .filter(k -> unitType == null || unitType.equals(types.get(k.unitId())))
                .filter(k -> fromStatus == null || Review.currentStatus(reviews.get(k)) == fromStatus)
                .sorted().toList();
        if (keys.isEmpty()) {
            List<String> said = new ArrayList<>();
            said.add("--year " + year);
            if (fromStatus != null) {
                said.add("--from-status " + fromStatus.id());
            }
            if (unit != null) {
                said.add("--unit " + unit);
            }
            if (unitType != null) {
                said.add("--unit-type " + unitType);
            }
            refusals.add("data/registrations/" + year, 1, 1, Code.NO_MODEL_SELECTED, year, String.join(" ", said));
        }
        return keys;
    }
}
