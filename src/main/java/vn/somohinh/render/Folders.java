package vn.somohinh.render;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders made under an output folder so far, shared by the writers of one bake: each folder is made with one
 * mkdir, by whichever writer gets there first. {@code Files.createDirectories} for each of a national build's 114,000
 * files tried a mkdir that failed for most of them (the page and the registration document share a folder) and,
 * for a new folder, probed its parents one by one.
 */
final class Folders {
    private final Path root;
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    /** {@code root} must exist already. */
    Folders(Path root) {
        this.root = root;
        made.add(root);
    }

    /** Makes {@code dir} and its missing parents; safe when another writer (or JBake) makes the same one. */
    void make(Path dir) throws IOException {
        if (made.contains(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent == null || !dir.startsWith(root)) {
            Files.createDirectories(dir);
            return;
        }
        make(parent);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
        made.add(dir);
    }
}
