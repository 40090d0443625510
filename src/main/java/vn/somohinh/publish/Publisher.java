package vn.somohinh.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * Swaps a finished staging folder into place, or moves the files of an incremental build into it ({@link #update}). The staging and the previous output sit beside the output folder,
 * on the same file system, so that each move is a rename: a reader sees the old site or the new one, never half.
 */
public final class Publisher {
    private Publisher() {
    }

    /** A fresh, empty staging folder next to {@code out}. */
    public static Path stagingFor(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
        // A temporary folder is private (rwx------); the published site must be readable by the web server.
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return staging;
    }

    /**
     * Checks a staged site before it goes live: the home and 404 pages exist, and no page is empty (a write that
     * failed silently). Throws with the first thing missing.
     */
    public static void check(Path staging) throws IOException {
        for (String required : new String[] {"index.html", "404.html", "sitemap.xml", "feed.xml"}) {
            if (!Files.isRegularFile(staging.resolve(required))) {
                throw new IOException("publish: thiếu " + required + " trong bản dựng");
            }
        }
        // One walk, each page's size read with its entry (no second stat per page); only the empty ones are sorted,
        // so that the first named is the same on every machine.
        List<Path> empty = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.size() == 0 && file.getFileName().toString().endsWith(".html")) {
                    empty.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!empty.isEmpty()) {
            throw new IOException("publish: trang rỗng " + staging.relativize(Collections.min(empty)));
        }
    }

    /** Replaces {@code out} by {@code staging}. */
    public static void publish(Path staging, Path out) throws IOException {
        Path old = out.resolveSibling("." + out.getFileName() + ".old");
        discard(old);
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        discard(old);
    }

    /**
     * Brings {@code out} up to date with a staging folder that holds only the files made again: each is moved into
     * place (a rename on the same file system, so a reader sees the old file or the new one, never half of it),
     * then the files of {@code removed} (site paths with {@code /}) are deleted, with the folders they leave empty.
     */
    public static void update(Path staging, Path out, java.util.List<String> removed) throws IOException {
        List<Path> files;
        try (var all = Files.walk(staging)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = out.resolve(staging.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        for (String path : removed) {
            Path gone = out.resolve(path);
            Files.deleteIfExists(gone);
            for (Path dir = gone.getParent(); dir != null && !dir.equals(out) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes a staging folder and the work folders the render stage made beside it ("staging.*"). */
    public static void discardStaging(Path staging) throws IOException {
        discard(staging);
        try (var siblings = Files.list(staging.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(staging.getFileName() + ".")).toList()) {
                discard(p);
            }
        }
    }

    /** Deletes a staging or old folder if it is still there. */
    public static void discard(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
    }
}
