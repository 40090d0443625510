package vn.somohinh.render;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@link Reuse} state kept between runs of {@code build}, as a text file under target/: a header naming the
 * format, the code that wrote it and the output folder it describes; a line per file (path, fingerprint, size,
 * time); a last line with the SHA-256 of all before it. A file that is missing, damaged, from other code (a new
 * version of the tool or its libraries) or about another output folder is not used: the build then makes every file,
 * as a first build does. Deleting it is always safe.
 */
public final class ReuseFile {
    private static final String FORMAT = "so-mo-hinh trang 1";
    private static final String CODE = codeKey();

    private ReuseFile() {
    }

    /** The state a build into {@code published} may take over, from {@code file}; none when it cannot be trusted. */
    public static Reuse read(Path file, Path published) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(header(published))) {
                return Reuse.none();
            }
            String body = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
            if (!lines.get(lines.size() - 1).equals("sha256 " + sha256(body))) {
                return Reuse.none();
            }
            Map<String, Reuse.Entry> entries = new HashMap<>();
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] f = line.split("\t");
                entries.put(f[0], new Reuse.Entry(f[1].equals("-") ? null : f[1], Long.parseLong(f[2]),
                        Long.parseLong(f[3])));
            }
            return new Reuse(published, entries);
        } catch (IOException | RuntimeException unusable) {
            return Reuse.none();
        }
    }

    /** Writes {@code state} (a published build's) to {@code file}, whole or not at all. */
    public static void write(Path file, Reuse state, Path published) throws IOException {
        StringBuilder text = new StringBuilder(header(published)).append('\n');
        for (Map.Entry<String, Reuse.Entry> e : new TreeMap<>(state.entries()).entrySet()) {
            Reuse.Entry v = e.getValue();
            text.append(e.getKey()).append('\t').append(v.key() == null ? "-" : v.key()).append('\t').append(v.size()).append('\t')
                    .append(v.modified()).append('\n');
        }
        String sum = sha256(text.toString());
        text.append("sha256 ").append(sum).append('\n');
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String header(Path published) {
        return FORMAT + "\t" + CODE + "\t" + published.toAbsolutePath().normalize();
    }

    private static String sha256(String text) {
        MessageDigest d = Fingerprint.sha256();
        return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What identifies the code that renders: the project's own classes (each file's name, size and time, or the
     * jar's), the libraries that shape the bytes (their jars' names carry their versions) and the Java version.
     */
    private static String codeKey() {
        StringBuilder key = new StringBuilder(System.getProperty("java.version"));
        for (Class<?> c : List.of(ReuseFile.class, freemarker.template.Configuration.class, org.jbake.app.Oven.class,
                org.apache.poi.xwpf.usermodel.XWPFDocument.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                org.commonmark.parser.Parser.class)) {
            key.append('\n').append(location(c));
        }
        return sha256(key.toString());
    }

    private static String location(Class<?> c) {
        try {
            Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return where + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            StringBuilder files = new StringBuilder(where.toString());
            try (Stream<Path> all = Files.walk(where)) {
                for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    files.append(' ').append(where.relativize(f)).append(':').append(a.size()).append(':')
                            .append(a.lastModifiedTime().toMillis());
                }
            }
            return files.toString();
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            // Unknown code: a key of its own each run, so that nothing is taken over.
            return "unknown " + System.nanoTime();
        }
    }
}
