package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend only as docs/DECISIONS.md (Code) allows: yaml → problem; cache → problem (a store of bytes under target/); load → yaml, cache, problem; validate → load,
 * yaml (places), problem; model → load, problem; report → model, problem; render → model, report, problem;
 * publish → problem; diff → load, yaml, validate, problem; intake → load, problem; convert → intake, load, problem;
 * write → load, yaml, validate, intake, convert, problem; pipeline (the one recipe of build and serve) → load, yaml,
 * validate, model, render, publish, problem; serve → pipeline, load, problem; cli → all. {@code text} (Vietnamese folding, dates, white space, numbers) is open to all.
 * Checked by scanning the imports and fully qualified names of the main sources.
 */
class ArchitectureTest {
    private static final String BASE = "vn.somohinh.";
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("problem", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("yaml", Set.of("problem", "text")),
            Map.entry("cache", Set.of("problem", "text")),
            Map.entry("forge", Set.of()),
            Map.entry("load", Set.of("forge", "yaml", "cache", "problem", "text")),
            Map.entry("validate", Set.of("forge", "load", "yaml", "problem", "text")),
            Map.entry("model", Set.of("forge", "load", "problem", "text")),
            Map.entry("owners", Set.of("forge", "load", "problem", "text")),
            Map.entry("report", Set.of("model", "problem", "text")),
            Map.entry("render", Set.of("model", "report", "problem", "text")),
            Map.entry("publish", Set.of("problem", "text")),
            Map.entry("diff", Set.of("load", "yaml", "validate", "problem", "text")),
            Map.entry("intake", Set.of("load", "problem", "text")),
            Map.entry("convert", Set.of("intake", "load", "problem", "text")),
            Map.entry("write", Set.of("load", "yaml", "validate", "intake", "convert", "problem", "text")),
            Map.entry("pipeline", Set.of("problem", "text", "cache", "yaml", "load", "validate", "model", "render", "publish")),
            Map.entry("serve", Set.of("pipeline", "problem", "text", "load")),
            Map.entry("cli", Set.of("forge", "owners", "problem", "text", "cache", "yaml", "load", "validate", "model", "report", "render", "publish", "diff", "intake", "convert", "write", "pipeline", "serve")));
    private static final Pattern USE = Pattern.compile("vn\\.somohinh\\.([a-z]+)\\.");

    @Test
    void stagesDependOnlyAsDesigned() throws IOException {
        Path main = Path.of("src/main/java/vn/somohinh");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("package %s has declared dependencies", pkg).containsKey(pkg);
                Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        violations.add(file + " uses " + BASE + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
