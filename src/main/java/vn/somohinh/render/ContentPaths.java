package vn.somohinh.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.somohinh.problem.SourceFault;

/**
 * Where JBake may write what content/ and assets/ hold, so that none of it takes the place of a page or document of
 * the registry: the two are written at the same time (SiteRenderer), and which one was written last would decide
 * what the site shows. JBake copies every file of assets/ to its own path, turns a page of content/ into
 * "name/index.html" and copies any other file of content/ to its own path; both places are counted for every file
 * of content/, so the check errs on the side of a clear error.
 */
final class ContentPaths {
    /** The registry's data files (search data, schemas), written apart from the page writer: all of it reserved. */
    static final String DATA_FILES = "du-lieu/";

    private ContentPaths() {
    }

    /**
     * Fails when a file of content/ or assets/ under {@code root} may be written where {@code registry} (a path of
     * the site, "/"-separated) says the registry writes, naming the file to rename.
     */
    static void refuseClashes(Path root, Predicate<String> registry) throws IOException {
        for (Map.Entry<String, String> e : places(root).entrySet()) {
            if (registry.test(e.getKey())) {
                throw new SourceFault(e.getValue(), "tệp này được JBake ghi vào «" + e.getKey()
                        + "», trùng với một trang hay văn bản của sổ mô hình", "hãy đổi tên hoặc chuyển tệp này", null);
            }
        }
    }

    /** Each place JBake may write to, with the file (root-relative) it comes from. */
    static Map<String, String> places(Path root) throws IOException {
        Map<String, String> places = new TreeMap<>();
        for (String file : files(root, "assets")) {
            places.putIfAbsent(file, "assets/" + file);
        }
        for (String file : files(root, "content")) {
            places.putIfAbsent(file, "content/" + file);
            int dot = file.lastIndexOf('.');
            if (dot > file.lastIndexOf('/') + 1) {
                places.putIfAbsent(file.substring(0, dot) + "/index.html", "content/" + file);
            }
        }
        return places;
    }

    /** The files under {@code root}'s {@code folder}, "/"-separated and relative to it, sorted. */
    static java.util.List<String> files(Path root, String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
