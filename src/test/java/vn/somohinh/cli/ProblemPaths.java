package vn.somohinh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.somohinh.load.KeyPaths;

/**
 * Item 12 of issue 13, checked on any output: a problem placed at a key or a value names that key's path in its
 * message (a pull-request annotation shows nothing else), and no message prints {@code null}. Problems about how the
 * file is written (raised by the YAML reader, before there are keys) and problems about a whole file are exempt.
 */
final class ProblemPaths {
    private static final Pattern LINE = Pattern.compile("(.+?):(\\d+):(\\d+): (error|warning): (.*) \\[([a-z0-9-]+)]");
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");
    /** Codes of the YAML reader: about the text of the file, found before any key is known. */
    private static final Set<String> READER = Set.of("missing-file", "file-too-large", "not-utf8", "control-char",
            "yaml-syntax", "empty-file", "too-deep", "yaml-alias", "yaml-anchor", "yaml-merge-key", "yaml-tag",
            "duplicate-key", "multiple-documents");

    private ProblemPaths() {
    }

    /** The problem lines of {@code output} that break the rule, with the paths they should have named. */
    static List<String> unnamed(Path root, String output) throws IOException {
        Map<String, Map<String, Set<String>>> trees = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String message = m.group(5);
            if (NULL.matcher(message).find()) {
                wrong.add(line + "  ← null");
            }
            Path file = root.resolve(m.group(1));
            if (READER.contains(m.group(6)) || !Files.isRegularFile(file)) {
                continue;
            }
            Set<String> paths = trees.computeIfAbsent(m.group(1), f -> read(f, file)).get(m.group(2) + ":" + m.group(3));
            if (paths != null && !paths.contains("") && paths.stream().noneMatch(message::contains)) {
                wrong.add(line + "  ← " + paths);
            }
        }
        return wrong;
    }

    private static Map<String, Set<String>> read(String name, Path file) {
        try {
            return KeyPaths.of(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
