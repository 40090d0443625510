package vn.somohinh.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
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
 * {@code diff --base REF} compares. Paths are relative to the site root, with "/".
 */
public record GitSnapshot(String ref, Map<String, byte[]> dataFiles, List<String> changedPaths) {

    /** Reads the snapshot; throws with a Vietnamese message when the ref or the repository cannot be read. */
    public static GitSnapshot at(Path root, String ref) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("thư mục gốc không nằm trong kho Git");
        }
        try (Repository repo = builder.build(); Git git = new Git(repo); RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(ref + "^{commit}");
            if (id == null) {
                throw new IOException("không tìm thấy " + ref + " trong kho Git (với CI, hãy lấy đủ lịch sử: fetch-depth 0)");
            }
            RevCommit commit = walk.parseCommit(id);
            String prefix = prefix(repo, root);
            return new GitSnapshot(ref, files(repo, commit, prefix + "data"), changed(git, repo, commit, prefix));
        } catch (GitAPIException e) {
            throw new IOException("không so sánh được với " + ref + ": " + e.getMessage(), e);
        }
    }

    private static String prefix(Repository repo, Path root) throws IOException {
        String rel = repo.getWorkTree().toPath().toRealPath().relativize(root.toRealPath()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    private static Map<String, byte[]> files(Repository repo, RevCommit commit, String folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        String prefix = folder.substring(0, folder.length() - "data".length());
        try (TreeWalk tw = new TreeWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            tw.setFilter(PathFilter.create(folder));
            while (tw.next()) {
                if (tw.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
                    files.put(tw.getPathString().substring(prefix.length()), reader.open(tw.getObjectId(0)).getBytes());
                }
            }
        }
        return files;
    }

    /** Paths the working tree (tracked changes and new, not ignored, files) changes against the commit. */
    private static List<String> changed(Git git, Repository repo, RevCommit commit, String prefix)
            throws IOException, GitAPIException {
        CanonicalTreeParser old = new CanonicalTreeParser();
        try (ObjectReader reader = repo.newObjectReader()) {
            old.reset(reader, commit.getTree());
        }
        List<String> paths = new ArrayList<>();
        for (DiffEntry e : git.diff().setOldTree(old).setShowNameAndStatusOnly(true).call()) {
            String path = e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
            if (path.startsWith(prefix)) {
                paths.add(path.substring(prefix.length()));
            }
        }
        for (String untracked : git.status().call().getUntracked()) {
            if (untracked.startsWith(prefix) && !paths.contains(untracked.substring(prefix.length()))) {
                paths.add(untracked.substring(prefix.length()));
            }
        }
        paths.sort(null);
        return List.copyOf(paths);
    }
}
