package vn.somohinh.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.somohinh.convert.Draft;
import vn.somohinh.intake.Headers;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Field;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Schemas;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Fold;

/**
 * {@code import}: where each draft goes and the file it gives. A draft names its file by the export's code, else by
 * the unit's model of the same name, else by a new code made from its name. The same content again is "đã có" and
 * left alone; a different content is refused unless {@code --update}, which changes only the entries that differ.
 */
public final class Importing {
    private static final List<String> ORDER = Schemas.REGISTRATION.fields().stream().map(Field::key).toList();
    private final Path root;
    private final DataSet data;
    private final List<Problem> dataProblems;
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> existing;

    /** A file to write, the draft it comes from, and the plain values it must read back as. */
    public record Target(String path, Draft draft, FileChange change, ObjectNode expected) {
    }

    /** What the drafts give: files to write, files already so ("đã có"). */
    public record Plan(List<Target> targets, List<String> same) {
    }

    /** {@code dataProblems}: those of loading and validating {@code data}, read from {@code root}. */
    public Importing(Path root, DataSet data, List<Problem> dataProblems) {
        this.root = root;
        this.data = data;
        this.dataProblems = dataProblems;
        for (Registration r : data.registrations()) {
            if (r.tenMoHinh() != null) {
                byName.putIfAbsent(nameKey(r.key().year(), r.key().unitId(), r.tenMoHinh()), Decision.registrationFile(r.key()));
            }
        }
        this.existing = data.registrationFiles().keySet().stream().map(Decision::registrationFile)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Each draft's refusals go to {@code problems}, at the draft's place. */
    public Plan plan(List<Draft> drafts, boolean update, Problems problems) throws IOException {
        List<Target> targets = new ArrayList<>();
        List<String> same = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        for (Draft d : drafts) {
            String path = path(d, taken.keySet(), problems);
            if (path == null) {
                continue;
            }
            if (taken.containsKey(path)) {
                problems.add(d.place(), 0, 0, Code.IMPORT_SAME_TARGET, path, taken.get(path));
                continue;
            }
            taken.put(path, d.place());
            Target t = existing.contains(path) ? update(path, d, update, problems) : create(path, d);
            if (t == null) {
                continue;
            }
            if (t.change() == null) {
                same.add(path);
            } else {
                targets.add(t);
            }
        }
        return new Plan(targets, same);
    }

    private Target create(String path, Draft d) {
        String text = RegistrationYaml.file(SiteAddress.modeline(data.site(), path), d.values());
        return new Target(path, d, new FileChange(path, null, text.getBytes(StandardCharsets.UTF_8)),
                RegistrationYaml.tree(d.values()));
    }

    private Target update(String path, Draft d, boolean update, Problems problems) throws IOException {
        byte[] before = Files.readAllBytes(root.resolve(path));
        String text = new String(before, StandardCharsets.UTF_8);
        ObjectNode old = RegistrationYaml.read(text);
        ObjectNode wanted = RegistrationYaml.tree(d.values());
        Map<String, String> changes = new LinkedHashMap<>();
        ObjectNode expected = old == null ? null : old.deepCopy();
        for (String key : ORDER) {
            if (old == null || !d.columns().contains(key)) {
                continue;
            }
            JsonNode now = merged(key, old.get(key), wanted.get(key), d.columns());
            if (!RegistrationYaml.same(now, old.get(key))) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(key, now == null ? null : RegistrationYaml.plain(now));
                changes.put(key, now == null ? null : RegistrationYaml.entries(one));
                if (now == null) {
                    expected.remove(key);
                } else {
                    expected.set(key, now);
                }
            }
        }
        if (old != null && changes.isEmpty()) {
            return new Target(path, d, null, null);
        }
        if (!update) {
            problems.add(d.place(), 0, 0, Code.IMPORT_EXISTS, path,
                    old == null ? "mọi trường (tệp không đọc được)" : String.join(", ", changes.keySet()));
            return null;
        }
        List<Problem> errors = dataProblems.stream().filter(p -> p.isError() && p.file().equals(path)).toList();
        if (old == null || !errors.isEmpty()) {
            Problem first = errors.isEmpty() ? null : errors.get(0);
            problems.add(d.place(), 0, 0, Code.MODEL_HAS_ERRORS, path, Math.max(1, errors.size()),
                    first == null ? path : first.file() + ":" + first.line() + ":" + first.column());
            return null;
        }
        try {
            String after = RegistrationEdit.apply(text, changes, ORDER);
            return new Target(path, d, new FileChange(path, before, after.getBytes(StandardCharsets.UTF_8)), expected);
        } catch (RegistrationEdit.Refused e) {
            problems.add(d.place(), 0, 0, Code.IMPORT_UPDATE_STYLE, path);
            return null;
        }
    }

    /** A group's keys that the source has columns for, over the old group's others; any other value as given. */
    private static JsonNode merged(String key, JsonNode old, JsonNode now, Set<String> columns) {
        if (!(old instanceof ObjectNode o) || columns.stream().noneMatch(c -> c.startsWith(key + "."))) {
            return now;
        }
        ObjectNode m = o.deepCopy();
        for (String column : columns) {
            if (column.startsWith(key + ".")) {
                String sub = column.substring(key.length() + 1);
                JsonNode value = now == null ? null : now.get(sub);
                if (value == null) {
                    m.remove(sub);
                } else {
                    m.set(sub, value);
                }
            }
        }
        return m.isEmpty() ? null : m;
    }

    /** The draft's file: by its code, by the name of a model of its unit and year, or by a new code from its name. */
    private String path(Draft d, Set<String> taken, Problems problems) {
        String folder = "data/registrations/" + d.year() + "/" + d.unit() + "/";
        if (d.code() != null) {
            return folder + d.code() + ".yaml";
        }
        Object name = d.values().get("ten_mo_hinh");
        if (!(name instanceof String n)) {
            problems.add(d.place(), 0, 0, Code.IMPORT_NO_NAME);
            return null;
        }
        String known = byName.get(nameKey(d.year(), d.unit(), n));
        if (known != null) {
            return known;
        }
        String slug = slug(n);
        String path = folder + slug + ".yaml";
        for (int i = 2; existing.contains(path) || taken.contains(path); i++) {
            path = folder + slug + "-" + i + ".yaml";
        }
        return path;
    }

    private static String nameKey(int year, String unit, String name) {
        return year + "/" + unit + "/" + Headers.fold(name);
    }

    /** "Camera an ninh ở tổ dân phố" → "camera-an-ninh-o-to-dan-pho", at most 60 letters, cut between words. */
    static String slug(String name) {
        String s = Fold.slug(name);
        if (s.length() > 60) {
            s = s.substring(0, 60);
            s = s.contains("-") ? s.substring(0, s.lastIndexOf('-')) : s;
        }
        return s.isEmpty() ? "mo-hinh" : s;
    }
}
