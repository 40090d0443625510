package vn.somohinh.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.somohinh.model.PageFrame;
import vn.somohinh.model.Site;

/**
 * What JBake writes (content/'s pages, assets/ and content/'s other files) depends on content/, assets/, the page
 * template and what it includes, the page frame (a content page is given the frame, as every page about one thing
 * is), JBake itself and the settings fixed in {@link SiteRenderer}: nothing else. When all of it is as in the last
 * build and every file JBake wrote then is unchanged in the published site, those files are taken over and JBake's
 * store is not started at all: on the default data that store was the longest part of a build after any change.
 * The files are recorded with the fingerprint of those inputs, the pages apart from the other files, so that the
 * sitemap can list the pages without JBake.
 */
final class JBakePart {
    private static final String VERSION = "jbake-part 1";
    /** What the keys of JBake's files start with. */
    static final String KEYS = "jbake-";
    static final String PAGE = KEYS + "page:";
    static final String FILE = KEYS + "file:";
    /** The template of every content page (SiteRenderer). */
    private static final String TEMPLATE = "page.ftlh";

    /** The fingerprint of JBake's inputs; null when it cannot be worked out (then JBake bakes, as always). */
    private final String key;

    private JBakePart(String key) {
        this.key = key;
    }

    static JBakePart of(Path root, Site site, TemplateKeys templates, Fingerprint fingerprint) {
        String inputs = inputs(root, templates);
        String commit = site.git().lastCommitId() == null ? "-" : site.git().lastCommitId();
        return new JBakePart(inputs == null ? null
                : inputs + ":" + commit + ":" + fingerprint.of("jbake", PageFrame.of(site)));
    }

    /**
     * Whether the next bake will most likely take JBake's files over ({@link #takeOver}): the last build's were made
     * from the same files and templates at the same commit ({@code head}, HEAD's id when known), so only a change of
     * the frame by the data (its newest date, the current campaign, site.yaml) would make JBake bake. Then its store
     * is not warmed up: the warm-up's threads would keep the JVM from ending until it finished.
     */
    static boolean likelyTakenOver(Path root, Reuse last, String head) {
        String inputs = inputs(root, new TemplateKeys(root.resolve("templates")));
        if (inputs == null || head == null || head.length() < 7) {
            return false;
        }
        String at = inputs + ":" + head.substring(0, 7) + ":";
        Map<String, String> before = last.keysBefore(KEYS);
        return !before.isEmpty() && before.values().stream().allMatch(k -> k.startsWith(PAGE + at) || k.startsWith(FILE + at));
    }

    /** The digest of JBake's inputs other than the frame, or null when they cannot be read. */
    private static String inputs(Path root, TemplateKeys templates) {
        try {
            MessageDigest files = Fingerprint.sha256();
            update(files, VERSION);
            update(files, String.valueOf(org.jbake.app.Oven.class.getProtectionDomain().getCodeSource().getLocation()));
            update(files, templates.of(TEMPLATE));
            for (String folder : List.of("content", "assets")) {
                for (String file : ContentPaths.files(root, folder)) {
                    update(files, folder + "/" + file);
                    byte[] bytes = Files.readAllBytes(root.resolve(folder).resolve(file));
                    files.update(length(bytes.length));
                    files.update(bytes);
                }
            }
            return HexFormat.of().formatHex(files.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Takes over every file JBake wrote in the last build, when its inputs are the same and every one of those files
     * is unchanged in the published site, and returns the content pages' paths for the sitemap; null (nothing taken)
     * when JBake must bake.
     */
    List<String> takeOver(Reuse reuse) {
        if (key == null) {
            return null;
        }
        Map<String, String> before = reuse.keysBefore(KEYS);
        if (before.isEmpty() || !before.values().stream().allMatch(k -> k.equals(PAGE + key) || k.equals(FILE + key))
                || !reuse.takeAll(before)) {
            return null;
        }
        List<String> pages = new ArrayList<>();
        before.forEach((path, k) -> {
            if (k.startsWith(PAGE)) {
                pages.add(path);
            }
        });
        pages.sort(null);
        return pages;
    }

    /**
     * Records the files JBake wrote into {@code staging}: those of the places content/ and assets/ give it
     * (render/ContentPaths) that nothing else recorded, the content pages ({@code pages}, site paths) apart.
     */
    void record(Reuse reuse, Path root, Path staging, Set<String> pages) throws IOException {
        if (key == null) {
            return;
        }
        for (String path : ContentPaths.places(root).keySet()) {
            Path file = staging.resolve(path);
            if (!reuse.recorded(path) && Files.isRegularFile(file)) {
                reuse.made(path, (pages.contains(path) ? PAGE : FILE) + key, file);
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(length(bytes.length));
        digest.update(bytes);
    }

    /** A length as four bytes before each part, so that no two lists of parts digest alike. */
    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
