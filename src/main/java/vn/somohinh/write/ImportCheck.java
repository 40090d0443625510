package vn.somohinh.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * Before an import writes: the whole registry as it would be, validated in memory (new registrations are compared
 * with all the others), and each file read back as the values meant. A problem in a file to write is told at the
 * cell or form item its value came from, as the clerk knows it, not at a line of a file that does not exist yet.
 */
public final class ImportCheck {
    private static final Pattern KEY = Pattern.compile("([a-z_][a-z0-9_]*)[ \\t]*:.*");

    private ImportCheck() {
    }

    /** Adds the problems to {@code out} and gives the targets that have errors. */
    public static List<Importing.Target> run(Path root, DataSet before, List<Importing.Target> targets, LocalDate today,
                                             Problems out) throws IOException {
        Set<Importing.Target> failed = new LinkedHashSet<>();
        Map<String, byte[]> files = new HashMap<>();
        for (String file : before.files()) {
            files.put(file, Files.readAllBytes(root.resolve(file)));
        }
        Map<String, Importing.Target> byPath = new HashMap<>();
        for (Importing.Target t : targets) {
            files.put(t.path(), t.change().after());
            byPath.put(t.path(), t);
        }
        Problems problems = new Problems();
        DataSet after = DataLoader.load(files, problems);
        Validator.validate(after, today, problems);
        for (Problem p : problems.sorted()) {
            Importing.Target t = byPath.get(p.file());
            if (t != null) {
                String text = new String(t.change().after(), StandardCharsets.UTF_8);
                String key = named(p.message(), t.draft().places().keySet());
                String place = t.draft().places().get(key != null ? key : keyAt(text, p.line()));
                out.addAll(List.of(new Problem(place == null ? t.draft().place() : place, 0, 0, p.severity(), p.code(),
                        p.message())));
                if (p.isError()) {
                    failed.add(t);
                }
            }
        }
        for (Importing.Target t : targets) {
            var read = RegistrationYaml.read(new String(t.change().after(), StandardCharsets.UTF_8));
            if (read == null || !RegistrationYaml.same(read, t.expected())) {
                out.add(t.draft().place(), 0, 0, Code.IMPORT_READ_BACK, t.path());
                failed.add(t);
            }
        }
        return List.copyOf(failed);
    }

    /**
     * The key a message names (every message about a value names its key path, ProblemPaths holds them to it): a
     * missing key is reported at the start of the file, but the clerk should be sent to its column.
     */
    static String named(String message, java.util.Collection<String> keys) {
        String found = null;
        for (String key : keys) {
            if (Pattern.compile("(?<![a-z_])" + key + "(?![a-z_])").matcher(message).find()
                    && (found == null || key.length() > found.length())) {
                found = key;
            }
        }
        return found;
    }

    /** The top-level key whose entry holds the 1-based line, or null (the modeline, line 1 of a whole-file problem). */
    static String keyAt(String text, int line) {
        String found = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            Matcher m = KEY.matcher(lines[i]);
            if (m.matches()) {
                found = m.group(1);
            }
        }
        return found;
    }
}
