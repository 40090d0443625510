package vn.somohinh.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: every relative link of the project's Markdown (README.md, docs/, and any other
 * page outside the build output and the test fixtures) leads to a file inside the repository, and an #anchor to a
 * heading of that page. A committee that forks the project gets every page a link names.
 */
class DocLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", "fixtures");

    static List<Path> projectMarkdown() throws IOException {
        List<Path> pages = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.toString().endsWith(".md")) {
                    pages.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        pages.sort(null);
        return pages;
    }

    @Test
    void theReadmeAndTheDocsAreRead() throws IOException {
        assertThat(projectMarkdown()).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/DATA.md"), ROOT.resolve("docs/CLI.md"));
    }

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : projectMarkdown()) {
            MarkdownDoc doc = MarkdownDoc.read(file);
            for (String link : doc.links()) {
                String problem = problem(file, doc, link);
                if (problem != null) {
                    broken.add(ROOT.relativize(file) + " links to " + link + ": " + problem);
                }
            }
        }
        assertThat(broken).as(String.join("\n", broken)).isEmpty();
    }

    /** Why a link of a page does not resolve in the repository, or null when it does (or leaves for the web). */
    private static String problem(Path file, MarkdownDoc doc, String link) throws IOException {
        URI uri = URI.create(link.replace(" ", "%20"));
        if (uri.getScheme() != null) {
            return uri.getScheme().matches("https?|mailto") ? null : "only http(s) and mailto links may leave the repository";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        Path target = path.isEmpty() ? file
                : (path.startsWith("/") ? ROOT.resolve(path.substring(1)) : file.getParent().resolve(path)).normalize();
        if (!target.startsWith(ROOT)) {
            return "outside the repository (a fork would not have it): write that page into docs/ and link to it";
        }
        if (!Files.exists(target)) {
            return "no such file in the repository";
        }
        String anchor = uri.getFragment();
        if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".md")) {
            MarkdownDoc linked = target.equals(file) ? doc : MarkdownDoc.read(target);
            if (!linked.anchors().contains(anchor)) {
                return "no heading of " + ROOT.relativize(target) + " has the anchor #" + anchor;
            }
        }
        return null;
    }
}
