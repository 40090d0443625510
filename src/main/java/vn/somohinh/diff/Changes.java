package vn.somohinh.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Problem;
import vn.somohinh.yaml.Node;

/**
 * The differences between two states of the registry: models added and removed, models whose file is still there
 * but no longer loads, fields changed, status moves, problems introduced and fixed, and which units' folders the
 * change touches.
 */
public record Changes(List<Registration> added, List<Registration> removed, List<Broken> broken, List<FieldChange> fields,
                      List<StatusMove> moves, List<Problem> introduced, List<Problem> fixed, Set<String> units,
                      List<String> outside) {

    /** A field of a model that changed; values shortened for a table. */
    public record FieldChange(Registration model, String key, String before, String after) {
    }

    public record StatusMove(Registration model, Status from, Status to) {
    }

    /**
     * A model of the base whose file is still in the working tree, perhaps under a name a plain rename fixes
     * ({@code file}), but gives no record now, with the file's errors.
     */
    public record Broken(Registration model, String file, List<Problem> errors) {
    }

    static final int SHORT = 60;
    private static final Pattern POSITION = Pattern.compile("\\[\\d+]");

    public static Changes between(DataSet base, List<Problem> baseProblems, DataSet head, List<Problem> headProblems,
                                  List<String> changedPaths) {
        Map<ModelKey, Registration> before = byKey(base.registrations());
        Map<ModelKey, Registration> after = byKey(head.registrations());
        List<Registration> added = after.values().stream().filter(r -> !before.containsKey(r.key())).toList();
        List<Registration> gone = before.values().stream().filter(r -> !after.containsKey(r.key())).toList();
        List<Broken> broken = broken(gone, head, headProblems);
        Set<String> unread = new TreeSet<>(broken.stream().map(b -> b.model().src().file()).toList());
        List<Registration> removed = gone.stream().filter(r -> !unread.contains(r.src().file())).toList();
        List<FieldChange> fields = new ArrayList<>();
        List<StatusMove> moves = new ArrayList<>();
        Map<ModelKey, Review> reviewsBefore = reviews(base);
        Map<ModelKey, Review> reviewsAfter = reviews(head);
        for (Registration r : after.values()) {
            Registration old = before.get(r.key());
            if (old != null) {
                fields.addAll(fieldChanges(old, r));
            }
            Status from = Review.currentStatus(reviewsBefore.get(r.key()));
            Status to = Review.currentStatus(reviewsAfter.get(r.key()));
            if (old != null && from != to) {
                moves.add(new StatusMove(r, from, to));
            }
        }
        // A file that no longer loads is not checked: its old problems are unknown now, not fixed.
        List<Problem> fixed = minus(baseProblems, headProblems).stream().filter(p -> !unread.contains(p.file())).toList();
        return new Changes(added, removed, broken, List.copyOf(fields), List.copyOf(moves),
                minus(headProblems, baseProblems), fixed, units(changedPaths),
                changedPaths.stream().filter(p -> unitOf(p) == null).toList());
    }

    /**
     * The models gone from the record whose file is still there, under its name or under one a plain rename fixes
     * ({@link DataSet#registrationFiles()}: {@code x.YAML}), or that has errors of its own (a symbolic link is reported,
     * not listed): the file fails to load, so the model is not deleted.
     */
    private static List<Broken> broken(List<Registration> gone, DataSet head, List<Problem> headProblems) {
        Map<String, List<Problem>> errors = new TreeMap<>();
        headProblems.stream().filter(Problem::isError)
                .forEach(p -> errors.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        Map<ModelKey, String> files = head.registrationFiles();
        List<Broken> out = new ArrayList<>();
        for (Registration r : gone) {
            String file = files.getOrDefault(r.key(), r.src().file());
            if (files.containsKey(r.key()) || errors.containsKey(file)) {
                out.add(new Broken(r, file, errors.getOrDefault(file, List.of())));
            }
        }
        return out;
    }

    private static Map<ModelKey, Registration> byKey(List<Registration> list) {
        Map<ModelKey, Registration> map = new TreeMap<>();
        list.forEach(r -> map.put(r.key(), r));
        return map;
    }

    private static Map<ModelKey, Review> reviews(DataSet data) {
        Map<ModelKey, Review> map = new TreeMap<>();
        data.reviews().forEach(r -> map.put(r.key(), r));
        return map;
    }

    /** Every top-level key whose written value differs, in the order of the newer file. */
    private static List<FieldChange> fieldChanges(Registration old, Registration now) {
        Map<String, String> a = texts(old.src().node());
        Map<String, String> b = texts(now.src().node());
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String key : keys) {
            String x = a.getOrDefault(key, "");
            String y = b.getOrDefault(key, "");
            if (!x.equals(y)) {
                out.add(new FieldChange(now, key, shorten(x), shorten(y)));
            }
        }
        return out;
    }

    private static Map<String, String> texts(Node.Mapping map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach((k, e) -> out.put(k, text(e.value())));
        return out;
    }

    /** A value as one line of text: scalars as written, lists and groups folded into brackets. */
    static String text(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.isNull() ? "" : s.text().strip().replaceAll("\\s+", " ");
        }
        if (node instanceof Node.Seq seq) {
            return "[" + String.join(", ", seq.items().stream().map(Changes::text).toList()) + "]";
        }
        if (node instanceof Node.Mapping m) {
            List<String> parts = new ArrayList<>();
            m.entries().forEach((k, e) -> parts.add(k + ": " + text(e.value())));
            return "{" + String.join(", ", parts) + "}";
        }
        return "";
    }

    static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= SHORT ? s : s.substring(0, s.offsetByCodePoints(0, SHORT - 1)) + "…";
    }

    /**
     * Problems of {@code a} not in {@code b}, compared without their place (lines move when text is edited) and
     * without list positions in the message (adding a unit above another turns {@code [3].loai} into {@code [4].loai}).
     */
    private static List<Problem> minus(List<Problem> a, List<Problem> b) {
        Map<String, Integer> counts = new TreeMap<>();
        b.forEach(p -> counts.merge(id(p), 1, Integer::sum));
        List<Problem> out = new ArrayList<>();
        for (Problem p : a) {
            Integer n = counts.get(id(p));
            if (n == null || n == 0) {
                out.add(p);
            } else {
                counts.put(id(p), n - 1);
            }
        }
        return out;
    }

    private static String id(Problem p) {
        return p.file() + "|" + p.code() + "|" + POSITION.matcher(p.message()).replaceAll("[]");
    }

    private static Set<String> units(List<String> paths) {
        Set<String> units = new TreeSet<>();
        paths.forEach(p -> {
            String unit = unitOf(p);
            if (unit != null) {
                units.add(unit);
            }
        });
        return units;
    }

    /** The unit whose registration folder holds the path, or null for any other file. */
    static String unitOf(String path) {
        String[] parts = path.split("/");
        return parts.length == 5 && parts[0].equals("data") && parts[1].equals("registrations") ? parts[3] : null;
    }
}
