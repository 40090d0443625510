package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation loop over the default data (issue 13): each mutant changes one file of a copy of data/ (see
 * {@link Mutator}) and is validated in-process. For every mutant: exit 0 or 1, no stack trace and no internal error,
 * every problem at a line and column that exist in its file as an editor counts them (LF, CR, CRLF; code points),
 * no English from the parser, JSON output that parses, and the same bytes when run twice.
 * {@code -Dfuzz.tries=N} runs longer, {@code -Dfuzz.seed=S} draws other mutants, {@code -Dfuzz.mutant=M} replays the
 * one mutant a failure names.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 13);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 300);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tell-tale words of the parser's English (and a bare null), looked for outside the quoted values of a message. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(expected|found|while|scanning|parsing|could not"
            + "|exceeds|unacceptable|special characters|not allowed|token|event|source|exception|scalar|mapping|illegal"
            + "|unexpected|cannot|null)\\b|null\\)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    @TempDir
    Path tmp;

    @Test
    void everyMutantIsAnsweredWithExactPlacesInVietnamese() throws IOException {
        Path root = tmp.resolve("site");
        Files.createDirectories(root.resolve("data"));
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
        List<Path> files;
        try (Stream<Path> all = Files.walk(root.resolve("data"))) {
            files = all.filter(p -> p.toString().endsWith(".yaml")).map(root::relativize).sorted().toList();
        }
        Long only = Long.getLong("fuzz.mutant");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < (only == null ? TRIES : 1); i++) {
            long seed = only != null ? only : SEED * 1_000_000 + i;
            Random random = new Random(new SplittableRandom(seed).nextLong()); // consecutive seeds, unrelated draws
            Path file = pick(files, random);
            byte[] original = Files.readAllBytes(root.resolve(file));
            Mutator.Mutant mutant = Mutator.mutate(original.clone(), random);
            Files.write(root.resolve(file), mutant.bytes());
            List<String> wrong = check(root);
            Files.write(root.resolve(file), original);
            if (!wrong.isEmpty()) {
                failures.add("-Dfuzz.mutant=" + seed + " " + file + " (" + mutant.description() + "): "
                        + String.join(" | ", wrong));
            }
        }
        assertThat(failures).as("mutants answered wrongly").isEmpty();
    }

    /** A catalog (site, units, directives, campaigns), a registration or a review, one time in three each. */
    private static Path pick(List<Path> files, Random random) {
        String kind = new String[] {"data/registrations/", "data/reviews/", ""}[random.nextInt(3)];
        List<Path> some = files.stream().filter(f -> kind.isEmpty()
                ? !f.startsWith("data/registrations") && !f.startsWith("data/reviews")
                : f.toString().replace('\\', '/').startsWith(kind)).toList();
        return some.get(random.nextInt(some.size()));
    }

    /** What is wrong with how validate answers the site as it is now; empty when nothing. */
    private static List<String> check(Path root) throws IOException {
        List<String> wrong = new ArrayList<>();
        Run json = Run.of(Map.of(), "validate", "--root", root.toString(), "--format", "json");
        if (json.exit() != 0 && json.exit() != 1) {
            wrong.add("exit " + json.exit() + ": " + firstLine(json.err()));
        }
        if (!json.equals(Run.of(Map.of(), "validate", "--root", root.toString(), "--format", "json"))) {
            wrong.add("two runs differ");
        }
        String all = json.out() + json.err();
        if (all.contains("lỗi nội bộ") || all.contains("\tat ") || all.contains("Exception")) {
            wrong.add("internal failure or stack trace: " + firstLine(json.err()));
        }
        JsonNode problems;
        try {
            problems = JSON.readTree(json.out());
        } catch (IOException e) {
            wrong.add("--format json does not parse: " + firstLine(json.out()));
            return wrong;
        }
        Map<String, List<String>> lines = new HashMap<>();
        for (JsonNode p : problems) {
            String where = p.path("file").asText() + ":" + p.path("line").asInt() + ":" + p.path("column").asInt();
            if (!exists(lines.computeIfAbsent(p.path("file").asText(), f -> editorLines(root.resolve(f))),
                    p.path("line").asInt(), p.path("column").asInt())) {
                wrong.add("place outside the file: " + where + " " + p.path("code").asText());
            }
            String message = p.path("message").asText();
            if (ENGLISH.matcher(QUOTED.matcher(message).replaceAll("\"…\"")).find()) {
                wrong.add("English or null in the message at " + where + ": " + message);
            }
        }
        return wrong;
    }

    /** The file's lines as an editor shows them: malformed bytes as U+FFFD, a leading BOM hidden, LF/CR/CRLF. */
    private static List<String> editorLines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1));
        } catch (IOException e) {
            return List.of(""); // a file that does not exist: only 1:1 is its place
        }
    }

    private static boolean exists(List<String> lines, int line, int column) {
        return line >= 1 && line <= lines.size() && column >= 1
                && column <= lines.get(line - 1).codePointCount(0, lines.get(line - 1).length()) + 1;
    }

    private static String firstLine(String s) {
        String stripped = s.strip();
        int eol = stripped.indexOf('\n');
        return eol < 0 ? stripped : stripped.substring(0, eol);
    }
}
