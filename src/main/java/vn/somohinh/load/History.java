package vn.somohinh.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What Git knows about the data files: each file's changes, oldest first, and the last commit. When the site root
 * is not in a Git repository, or the clone is shallow (its oldest commits are missing, so "first committed" would
 * be wrong), {@code available} is false and {@code reason} says why, in Vietnamese.
 */
public record History(boolean available, String reason, Map<String, List<Change>> byFile, Change lastCommit) {

    /** One commit touching a file: when, by whom, its message's first line, what it did (A, M, D). */
    public record Change(Instant when, String author, String message, String commit, char kind) {
    }

    public static History unavailable(String reason) {
        return new History(false, reason, Map.of(), null);
    }

    public List<Change> of(String file) {
        return byFile.getOrDefault(file, List.of());
    }
}
