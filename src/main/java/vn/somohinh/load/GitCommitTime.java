package vn.somohinh.load;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * HEAD's commit and its time, read with JGit. Kept apart from {@link ReferenceDate} so that a date found in the cache
 * never loads a class of JGit's jar: the first one makes the JVM check the jar's signature (about 0.07 s).
 */
final class GitCommitTime {
    /** The commit HEAD names and its time in seconds since the epoch. */
    record Head(String commit, long seconds) {
    }

    private GitCommitTime() {
    }

    /** HEAD's commit and time, or null outside a repository, before the first commit, or when it cannot be read. */
    static Head read(Path root) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId id = repo.resolve("HEAD");
            return id == null ? null : new Head(id.name(), walk.parseCommit(id).getCommitTime());
        } catch (IOException e) {
            return null;
        }
    }
}
