package vn.somohinh.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches data/, content/, templates/ and assets/ with their sub-folders, new ones too (directory-watcher: the
 * JDK's WatchService registered recursively, FSEvents on macOS), and says when anything changed. Editors' own
 * temporary files are ignored.
 */
final class Watch implements AutoCloseable {
    static final List<String> SOURCES = List.of("data", "content", "templates", "assets");
    private final DirectoryWatcher watcher;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "so-mo-hinh-theo-doi");
        t.setDaemon(true);
        return t;
    });

    private Watch(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    /** Starts watching the source folders of {@code root} that exist; {@code changed} runs on the watcher's thread. */
    static Watch start(Path root, Runnable changed) throws IOException {
        List<Path> folders = SOURCES.stream().map(root::resolve).filter(Files::isDirectory).toList();
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || relevant(event.path())) {
                        changed.run();
                    }
                })
                .build();
        Watch watch = new Watch(watcher);
        watcher.watchAsync(watch.thread);
        return watch;
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
        watcher.close();
        thread.shutdownNow();
    }
}
