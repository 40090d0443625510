package vn.somohinh.site;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * A built site as a test reads it: every page parsed with jsoup (parse errors kept), and a link checker that
 * resolves every internal href and src, and every #anchor, the way a static file server would.
 */
final class SiteOutput {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\"?([^\")]+)\"?\\)");
    final Path root;
    final String basePath;
    private final Map<Path, Document> pages = new HashMap<>();
    private final Map<Path, List<ParseError>> errors = new HashMap<>();

    SiteOutput(Path root, String basePath) throws IOException {
        this.root = root;
        this.basePath = basePath;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Parser parser = Parser.htmlParser().setTrackErrors(20);
                Document doc = parser.parseInput(Files.readString(file, StandardCharsets.UTF_8), file.toUri().toString());
                pages.put(file, doc);
                errors.put(file, List.copyOf(parser.getErrors()));
            }
        }
    }

    Map<Path, Document> pages() {
        return pages;
    }

    /** "file: error" for every page that did not parse cleanly. */
    List<String> parseErrors() {
        List<String> out = new ArrayList<>();
        errors.forEach((file, list) -> list.forEach(e -> out.add(root.relativize(file) + ": " + e)));
        return out;
    }

    /** "page → href" for every internal link, script, stylesheet, image or CSS url() that leads nowhere. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<Path, Document> page : pages.entrySet()) {
            for (Element el : page.getValue().select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (!resolves(page.getKey(), ref)) {
                    broken.add(root.relativize(page.getKey()) + " → " + ref);
                }
            }
        }
        try (Stream<Path> css = Files.walk(root)) {
            for (Path sheet : css.filter(p -> p.toString().endsWith(".css")).toList()) {
                Matcher m = CSS_URL.matcher(Files.readString(sheet));
                while (m.find()) {
                    if (!Files.isRegularFile(sheet.getParent().resolve(m.group(1)).normalize())) {
                        broken.add(root.relativize(sheet) + " → " + m.group(1));
                    }
                }
            }
        }
        broken.sort(null);
        return broken;
    }

    private boolean resolves(Path page, String ref) {
        if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("mailto:")) {
            return true;
        }
        URI uri = URI.create(ref);
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return false;
            }
            target = root.resolve(path.substring(basePath.length())).normalize();
        } else {
            target = page.getParent().resolve(path).normalize();
        }
        if (!target.startsWith(root)) {
            return false;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return false;
        }
        String anchor = uri.getFragment();
        if (anchor == null || anchor.isEmpty()) {
            return true;
        }
        Document doc = pages.get(target);
        return doc != null && doc.getElementById(anchor) != null;
    }
}
