package vn.somohinh.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of a template as it renders: its own text and the text of every template it imports or includes,
 * and theirs in turn, so that a change to model.ftlh makes the model pages again and a change to layout.ftlh every
 * page, but a change to unit.ftlh no model page.
 */
final class TemplateKeys {
    private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");
    private final Path folder;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    TemplateKeys(Path folder) {
        this.folder = folder;
    }

    String of(String template) {
        return keys.computeIfAbsent(template, this::compute);
    }

    private String compute(String template) {
        Set<String> closure = new TreeSet<>();
        collect(template, closure);
        MessageDigest digest = Fingerprint.sha256();
        for (String name : closure) {
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(read(name));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void collect(String template, Set<String> closure) {
        if (!closure.add(template)) {
            return;
        }
        Matcher m = USES.matcher(new String(read(template), java.nio.charset.StandardCharsets.UTF_8));
        while (m.find()) {
            collect(m.group(1), closure);
        }
    }

    private byte[] read(String template) {
        try {
            return Files.readAllBytes(folder.resolve(template));
        } catch (IOException e) {
            throw new UncheckedIOException("render: templates/" + template, e);
        }
    }
}
