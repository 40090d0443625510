package vn.somohinh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;

/**
 * A test site made of the shared base under src/test/resources/fixtures/_base with one scenario laid over it:
 * the scenario's data/ files replace or add to the base's, and its delete.txt removes base files. Keeps each
 * scenario down to the files it is about.
 */
final class FixtureSite {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private FixtureSite() {
    }

    static Path compose(String scenario, Path target) {
        try {
            // A fork keeps the project's templates, content and assets and replaces data/: so do the fixtures.
            for (String shared : new String[] {"templates", "content", "assets"}) {
                Files.createDirectories(target.resolve(shared));
                PathUtils.copyDirectory(Path.of(shared), target.resolve(shared));
            }
            PathUtils.copyDirectory(FIXTURES.resolve("_base"), target);
            Path dir = FIXTURES.resolve(scenario);
            if (Files.isDirectory(dir.resolve("data"))) {
                PathUtils.copyDirectory(dir.resolve("data"), target.resolve("data"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path delete = dir.resolve("delete.txt");
            if (Files.exists(delete)) {
                for (String line : Files.readAllLines(delete)) {
                    if (!line.isBlank()) {
                        Files.delete(target.resolve(line.strip()));
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's env.txt, KEY=VALUE per line, if any. */
    static Map<String, String> env(String scenario) throws IOException {
        Map<String, String> env = new HashMap<>();
        Path file = FIXTURES.resolve(scenario).resolve("env.txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return env;
    }
}
