package vn.somohinh.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file of a request in the published folder, as a static web server would: a folder answers with its
 * index.html (and a folder asked without its "/" is redirected, so that relative links work); nothing outside the
 * folder is ever reached, whether by "..", by its encoded form (the path arrives decoded) or by a symbolic link.
 */
final class SiteFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("webmanifest", "application/manifest+json"));

    /** A file to send, a folder's address with its "/" to redirect to, or nothing here. */
    record Found(Path file, String redirect) {
        static final Found NOTHING = new Found(null, null);
    }

    private SiteFiles() {
    }

    /** The file for the decoded request {@code path} of a site published in {@code folder} under {@code prefix}. */
    static Found find(Path folder, String prefix, String path) throws IOException {
        if (!path.startsWith(prefix) || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Found.NOTHING;
        }
        String rest = path.substring(prefix.length());
        for (String segment : rest.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Found.NOTHING;
            }
        }
        Path file = folder.resolve(rest).normalize();
        if (!file.startsWith(folder)) {
            return Found.NOTHING;
        }
        if (Files.isDirectory(file)) {
            if (!rest.isEmpty() && !rest.endsWith("/")) {
                return new Found(null, path + "/");
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(folder.toRealPath())) {
            return Found.NOTHING;
        }
        return new Found(file, null);
    }

    /** The Content-Type of a file, by its extension. */
    static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isHtml(Path file) {
        return type(file).startsWith("text/html");
    }
}
