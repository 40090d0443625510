package vn.somohinh.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The site root's files as they were at a Git ref, and the paths the working tree changes against it: what
 * {@code diff --base REF} compares and what {@code owners --base REF} checks. Paths are relative to the site root,
 * with "/".
 *
 * @param changedPaths the paths under the site root the working tree adds, changes or deletes (a deletion by the
 *                     path it had)
 * @param touchedPaths every path of the repository the working tree adds, changes, deletes or renames, both the old
 *                     and the new path of a rename, sorted once each; one outside the site root starts with "../"
 */
public record GitSnapshot(String ref, Map<String, byte[]> dataFiles, List<String> changedPaths, List<String> touchedPaths) {

    /**
     * The root is outside any repository, or the ref names no commit of it: what was typed is wrong, not the tool.
     * The message is Vietnamese and says what to check.
     */
    public static final class NotFound extends Exception {
        private final boolean ref;

        NotFound(boolean ref, String message) {
            super(message);
            this.ref = ref;
        }

        /** True when the ref is not found, false when the root is not in a repository. */
        public boolean ref() {
            return ref;
        }
    }

    /** Reads the snapshot; {@link NotFound} when the repository or the ref is not there, IOException when unreadable. */
    public static GitSnapshot at(Path root, String ref) throws IOException, NotFound {
        return at(root, ref, path -> true);
    }

    /** As {@link #at(Path, String)}, reading only the data files ("data/…") that {@code wanted} accepts. */
    public static GitSnapshot at(Path root, String ref, Predicate<String> wanted) throws IOException, NotFound {
        return at(root, ref, wanted, false);
    }

    /**
     * As {@link #at(Path, String, Predicate)}, the changes measured from where HEAD's history left the ref's (their
     * merge base) when {@code sinceForkPoint}: what a pull request changes, not also the newer commits of its target
     * undone, when the branch is behind it. The data files are still the ref's own.
     */
    public static GitSnapshot at(Path root, String ref, Predicate<String> wanted, boolean sinceForkPoint)
            throws IOException, NotFound {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new NotFound(false, "thư mục gốc " + root + " không nằm trong kho Git: --base so sánh với lịch sử"
                    + " của kho, hãy chạy trong bản sao của kho (git clone) hoặc chỉ --root tới một thư mục trong kho");
        }
        try (Repository repo = builder.build(); Git git = new Git(repo); RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(resolve(repo, ref));
            String prefix = prefix(repo, root);
            List<String[]> changes = changes(git, repo, sinceForkPoint ? forkPoint(repo, commit) : commit);
            return new GitSnapshot(ref, files(repo, commit, prefix, wanted), underRoot(changes, prefix),
                    touched(changes, prefix));
        } catch (GitAPIException e) {
            throw new IOException("không so sánh được thư mục làm việc với " + ref, e);
        }
    }

    /** The merge base of {@code commit} and HEAD, or {@code commit} itself when HEAD has none in common with it. */
    private static RevCommit forkPoint(Repository repo, RevCommit commit) throws IOException {
        ObjectId head = repo.resolve("HEAD");
        if (head == null) {
            return commit;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(org.eclipse.jgit.revwalk.filter.RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(commit));
            walk.markStart(walk.parseCommit(head));
            RevCommit base = walk.next();
            return base == null ? commit : walk.parseCommit(base);
        }
    }

    /** The commit {@code ref} names; a name that is malformed or names something else is not found either. */
    private static ObjectId resolve(Repository repo, String ref) throws IOException, NotFound {
        try {
            ObjectId id = repo.resolve(ref + "^{commit}");
            if (id != null) {
                return id;
            }
        } catch (AmbiguousObjectException e) {
            throw new NotFound(true, "mã commit viết tắt này trùng với nhiều đối tượng trong kho Git: hãy ghi thêm ký tự"
                    + " của mã (git log --oneline)");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            // not the name of a commit: told as not found below
        }
        throw new NotFound(true, "không có nhánh hay commit nào tên như vậy trong kho Git: hãy kiểm tra tên nhánh hoặc"
                + " commit (git branch -a, git log --oneline); trong CI, hãy lấy đủ lịch sử (fetch-depth: 0)");
    }

    private static String prefix(Repository repo, Path root) throws IOException {
        String rel = repo.getWorkTree().toPath().toRealPath().relativize(root.toRealPath()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    private static Map<String, byte[]> files(Repository repo, RevCommit commit, String prefix, Predicate<String> wanted)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            tw.setFilter(PathFilter.create(prefix + "data"));
            while (tw.next()) {
                String path = tw.getPathString().substring(prefix.length());
                if (tw.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_BLOB && wanted.test(path)) {
                    files.put(path, reader.open(tw.getObjectId(0)).getBytes());
                }
            }
        }
        return files;
    }

    /**
     * What the working tree (tracked changes and new, not ignored, files) changes against the commit, as pairs of
     * repository paths {old, new}: null for the side a file is added or deleted on, both sides for a rename.
     */
    private static List<String[]> changes(Git git, Repository repo, RevCommit commit) throws IOException, GitAPIException {
        CanonicalTreeParser old = new CanonicalTreeParser();
        try (ObjectReader reader = repo.newObjectReader()) {
            old.reset(reader, commit.getTree());
        }
        List<String[]> changes = new ArrayList<>();
        for (DiffEntry e : git.diff().setOldTree(old).setShowNameAndStatusOnly(true).call()) {
            changes.add(new String[] {
                e.getChangeType() == DiffEntry.ChangeType.ADD ? null : e.getOldPath(),
                e.getChangeType() == DiffEntry.ChangeType.DELETE ? null : e.getNewPath()});
        }
        for (String untracked : git.status().call().getUntracked()) {
            changes.add(new String[] {null, untracked});
        }
        return changes;
    }

    /** The paths under the site root that the changes leave (a deletion) or make, once each, relative to the root. */
    private static List<String> underRoot(List<String[]> changes, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (String[] change : changes) {
            String path = change[1] == null ? change[0] : change[1];
            if (path.startsWith(prefix)) {
                paths.add(path.substring(prefix.length()));
            }
        }
        return List.copyOf(paths);
    }

    /**
     * Both sides of every change, relative to the root: who owns a file is asked of the path it leaves as well as the
     * path it reaches, and a file outside the root (CI files when the site is a sub-folder) is a change all the same.
     */
    private static List<String> touched(List<String[]> changes, String prefix) {
        Path root = Path.of(prefix.isEmpty() ? "." : prefix);
        Set<String> paths = new TreeSet<>();
        for (String[] change : changes) {
            for (String path : change) {
                if (path != null) {
                    paths.add(path.startsWith(prefix) ? path.substring(prefix.length())
                            : root.relativize(Path.of(path)).toString().replace('\\', '/'));
                }
            }
        }
        return List.copyOf(paths);
    }
}
