package vn.somohinh.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a set of {@link FileChange}s all or none: every new text goes to a temporary file beside its target first,
 * then each is moved into place; when a move fails, the files already moved get their old bytes back.
 */
public final class FileWrites {
    private FileWrites() {
    }

    public static void commit(Path root, List<FileChange> changes) throws IOException {
        List<Path> temps = new ArrayList<>();
        List<FileChange> moved = new ArrayList<>();
        try {
            for (FileChange change : changes) {
                Path target = root.resolve(change.path());
                unchanged(target, change);
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                temps.add(temp);
                Files.write(temp, change.after());
            }
            for (int i = 0; i < changes.size(); i++) {
                move(temps.get(i), root.resolve(changes.get(i).path()));
                moved.add(changes.get(i));
            }
        } catch (IOException | RuntimeException e) {
            restore(root, moved);
            throw e;
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The file must still be what was read (or still absent): another writer in between would be overwritten. */
    private static void unchanged(Path target, FileChange change) throws IOException {
        boolean same = change.before() == null ? !Files.exists(target)
                : Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), change.before());
        if (!same) {
            throw new IOException(change.path() + " đã thay đổi trong lúc ghi: không ghi tệp nào, hãy chạy lại lệnh");
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restore(Path root, List<FileChange> moved) throws IOException {
        for (FileChange change : moved) {
            Path target = root.resolve(change.path());
            if (change.before() == null) {
                Files.deleteIfExists(target);
            } else {
                Files.write(target, change.before());
            }
        }
    }
}
