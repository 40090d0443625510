package vn.somohinh.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import vn.somohinh.cache.Store;

/**
 * Reads the history of data/ from the repository itself with JGit, in one pass over the log (oldest commit first),
 * diffing each commit against its first parent: no process per file, no checkout.
 */
public final class GitHistory {
    /** The store's kind for histories; the key holds {@link #KEY_VERSION}, the commit and the root's place. */
    private static final String KIND = "git-history";
    private static final String KEY_VERSION = "git-history 1";

    private GitHistory() {
    }

    /**
     * Starts {@link #read} on a thread of its own and returns its result when asked: the history depends on the
     * repository, not on the data, so a build reads it while it loads and checks the data.
     */
    public static Supplier<History> inBackground(Path root, HistoryMemory memory, Store store) {
        FutureTask<History> task = new FutureTask<>(() -> read(root, memory, store));
        Thread t = new Thread(task, "so-mo-hinh-lich-su");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bị ngắt khi đang đọc lịch sử Git", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        };
    }

    public static History read(Path root) {
        return read(root, HistoryMemory.none());
    }

    /** As {@link #read(Path)}, taking the history {@code memory} kept when HEAD names the same commit. */
    public static History read(Path root, HistoryMemory memory) {
        return read(root, memory, Store.none());
    }

    /**
     * As {@link #read(Path, HistoryMemory)}, looking first in {@code store} under the commit {@link GitHead} reads:
     * the history of a commit of a complete clone never changes, and finding it again there spares a build JGit's
     * start-up and walk. What JGit reads is stored only under the commit JGit itself names.
     */
    public static History read(Path root, HistoryMemory memory, Store store) {
        String known = storeKey(root);
        if (known != null) {
            History kept = memory.recall(known);
            if (kept == null) {
                kept = store.get(KIND, known).flatMap(HistoryCodec::decode).orElse(null);
            }
            if (kept != null) {
                memory.keep(known, kept);
                return kept;
            }
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return History.unavailable("thư mục gốc không nằm trong kho Git");
        }
        try (Repository repo = builder.build()) {
            ObjectId head = repo.resolve("HEAD");
            if (head == null) {
                return History.unavailable("kho Git chưa có commit nào");
            }
            if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
                return History.unavailable("bản sao kho Git là bản rút gọn (shallow clone), thiếu các commit cũ");
            }
            String prefix = GitHead.prefix(repo.getWorkTree().toPath(), root);
            String key = key(head.name(), prefix);
            History kept = memory.recall(key);
            if (kept != null) {
                return kept;
            }
            History history = walk(repo, head, prefix);
            memory.keep(key, history);
            if (key.equals(known)) {
                store.put(KIND, key, HistoryCodec.encode(history));
            }
            return history;
        } catch (IOException e) {
            return History.unavailable("không đọc được kho Git: " + e.getMessage());
        }
    }

    /** The store's key of the history at HEAD as {@link GitHead} reads it, or null (JGit alone can tell). */
    private static String storeKey(Path root) {
        Optional<GitHead.Head> head = GitHead.find(root).filter(h -> !h.shallow());
        try {
            return head.isEmpty() ? null : key(head.get().commit(), head.get().prefix(root));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String key(String commit, String prefix) {
        return Store.key(KEY_VERSION, commit, prefix);
    }

    private static History walk(Repository repo, ObjectId head, String prefix) throws IOException {
        Map<String, List<History.Change>> byFile = new HashMap<>();
        History.Change last = null;
        try (RevWalk walk = new RevWalk(repo);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setPathFilter(PathFilter.create(prefix + "data"));
            diff.setDetectRenames(false);
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                History.Change change = new History.Change(commit.getCommitterIdent().getWhenAsInstant(),
                        commit.getAuthorIdent().getName(), commit.getShortMessage(), commit.abbreviate(7).name(), 'M');
                last = change;
                RevCommit parent = commit.getParentCount() > 0 ? walk.parseCommit(commit.getParent(0)) : null;
                for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                    String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
                    if (!path.startsWith(prefix)) {
                        continue;
                    }
                    char kind = switch (entry.getChangeType()) {
                        case ADD, COPY -> 'A';
                        case DELETE -> 'D';
                        default -> 'M';
                    };
                    byFile.computeIfAbsent(path.substring(prefix.length()), p -> new ArrayList<>())
                            .add(new History.Change(change.when(), change.author(), change.message(), change.commit(), kind));
                }
            }
        }
        byFile.replaceAll((k, v) -> List.copyOf(v));
        return new History(true, null, Map.copyOf(byFile), last);
    }
}
