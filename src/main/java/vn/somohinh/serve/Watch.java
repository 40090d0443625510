package vn.somohinh.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches data/, content/, templates/ and assets/ with their sub-folders, new ones too (directory-watcher: the
 * JDK's WatchService registered recursively, FSEvents on macOS), and says when anything changed. Editors' own
 * temporary files are ignored.
 *
 * <p>The root itself is watched too, without its sub-folders (target/ is written there on every build): a source
 * folder that appears after the start (assets/ added to a fork, data/ put back by a checkout) is then watched from
 * that moment, and counts as a change.
 */
final class Watch implements AutoCloseable {
    static final List<String> SOURCES = List.of("data", "content", "templates", "assets");
    private final Path root;
    /** Told each changed path, or null when the watcher lost track of what changed. */
    private final Consumer<Path> changed;
    private final WatchService rootWatch;
    private final ExecutorService thread = daemon("so-mo-hinh-theo-doi");
    private final ExecutorService rootThread = daemon("so-mo-hinh-theo-doi-goc");
    private DirectoryWatcher sources;
    private boolean closed;

    private Watch(Path root, Consumer<Path> changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.rootWatch = FileSystems.getDefault().newWatchService();
    }

    /**
     * Starts watching the source folders of {@code root} that exist; {@code changed} runs on a watcher's thread with
     * the path that changed, or null when that is not known (an overflow, a source folder come or gone).
     */
    static Watch start(Path root, Consumer<Path> changed) throws IOException {
        Watch watch = new Watch(root, changed);
        try {
            root.register(watch.rootWatch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            watch.watchSources();
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
        watch.rootThread.submit(watch::followRoot);
        return watch;
    }

    /** (Re)starts the recursive watch on the source folders there are now. */
    private synchronized void watchSources() throws IOException {
        if (closed) {
            return;
        }
        if (sources != null) {
            sources.close();
        }
        List<Path> folders = SOURCES.stream().map(root::resolve).filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            sources = null;
            return;
        }
        sources = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        changed.accept(null);
                    } else if (relevant(event.path())) {
                        changed.accept(event.path());
                    }
                })
                .build();
        sources.watchAsync(thread);
    }

    /** Runs on its own thread until closed: a source folder created or removed at the root restarts the watch. */
    private void followRoot() {
        try {
            while (true) {
                WatchKey key = rootWatch.take();
                boolean sourceFolder = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    sourceFolder |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || event.context() instanceof Path name && SOURCES.contains(name.toString());
                }
                key.reset();
                if (sourceFolder) {
                    watchSources();
                    changed.accept(null);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: nothing more to follow.
        } catch (IOException e) {
            // The new folder could not be watched (removed again at once): the next event at the root tries again.
            followRootAgain();
        }
    }

    private void followRootAgain() {
        if (!rootThread.isShutdown()) {
            rootThread.submit(this::followRoot);
        }
    }

    /** False for the files editors write beside the one being saved (vim's swap files, Emacs' locks, backups). */
    static boolean relevant(Path path) {
        if (path == null || path.getFileName() == null) {
            return true;
        }
        String name = path.getFileName().toString();
        return !(name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.equals("4913"));
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (sources != null) {
                sources.close();
            }
        }
        rootWatch.close();
        thread.shutdownNow();
        rootThread.shutdownNow();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
