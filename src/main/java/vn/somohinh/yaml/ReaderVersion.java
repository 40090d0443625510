package vn.somohinh.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of everything that decides what a file reads as: the compiled classes of this package (found where
 * they were loaded from, a folder or a jar, so that none can be forgotten), the problem texts, and the jars of
 * Jackson and SnakeYAML (whose names carry their versions).
 */
final class ReaderVersion {
    private static final String PACKAGE = "vn/somohinh/yaml/";
    /** Outside this package: the messages and how problems are made. */
    private static final List<String> ALSO = List.of("vn/somohinh/problem/Code.class",
            "vn/somohinh/problem/Problems.class", "vn/somohinh/problem/Problem.class",
            "vn/somohinh/problem/Severity.class");

    private ReaderVersion() {
    }

    /** The fingerprint (SHA-256, hex), or null when the classes cannot be read back. */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> names = new ArrayList<>(classes());
            names.addAll(ALSO);
            for (String name : names) {
                try (InputStream in = ReaderVersion.class.getClassLoader().getResourceAsStream(name)) {
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            }
            for (Class<?> library : List.of(com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
                    com.fasterxml.jackson.core.JsonFactory.class, org.yaml.snakeyaml.LoaderOptions.class)) {
                sha.update(location(library).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException | URISyntaxException | RuntimeException e) {
            return null; // classes not found where they were loaded from: no read is ever taken from a store
        }
    }

    /** The resource names of this package's classes, sorted. */
    static List<String> classes() throws IOException, URISyntaxException {
        Path where = Path.of(ReaderVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.list(where.resolve(PACKAGE))) {
                return files.map(p -> PACKAGE + p.getFileName()).filter(n -> n.endsWith(".class")).sorted().toList();
            }
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class") && n.indexOf('/', PACKAGE.length()) < 0)
                    .sorted().toList();
        }
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? type.getName() : source.getLocation().toString();
    }
}
