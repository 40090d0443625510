package vn.somohinh.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.somohinh.cache.Store;
import vn.somohinh.text.Dates;

/**
 * The build's "today" (DATA.md): SOURCE_DATE_EPOCH where set, else the time of the last commit, else the newest date
 * in the data. Never the machine's clock. Instants become dates in Vietnam's zone, whatever the machine's zone.
 */
public final class ReferenceDate {
    /** The store's kind for commit times; the key also holds {@link #KEY_VERSION}. */
    private static final String KIND = "commit-time";
    private static final String KEY_VERSION = "commit-time 1";

    private ReferenceDate() {
    }

    public static LocalDate resolve(Path root, Map<String, String> env, DataSet data) {
        return resolve(root, env, data, Store.none());
    }

    /**
     * As {@link #resolve(Path, Map, DataSet)}, remembering each commit's time in {@code store}: a commit's time never
     * changes, and finding it again without JGit saves a command about 0.3 s of JGit's start-up (docs/PERFORMANCE.md).
     */
    public static LocalDate resolve(Path root, Map<String, String> env, DataSet data, Store store) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return toDate(Long.parseLong(epoch.strip()));
        }
        Long commit = lastCommitTime(root, store);
        if (commit != null) {
            return toDate(commit);
        }
        return newestDate(data);
    }

    private static LocalDate toDate(long epochSeconds) {
        return Dates.inVietnam(Instant.ofEpochSecond(epochSeconds));
    }

    /** Seconds since the epoch of HEAD's commit, or null outside a repository or before the first commit. */
    public static Long lastCommitTime(Path root) {
        return lastCommitTime(root, Store.none());
    }

    /**
     * As {@link #lastCommitTime(Path)}, looked up in {@code store} by the commit {@link GitHead} reads. The time JGit
     * gives is stored only when JGit names the same commit, so a head read wrongly is a miss, never a wrong date.
     */
    public static Long lastCommitTime(Path root, Store store) {
        Optional<String> head = GitHead.commit(root);
        String key = head.map(id -> Store.key(KEY_VERSION, id)).orElse(null);
        if (key != null) {
            Optional<Long> kept = store.get(KIND, key).flatMap(ReferenceDate::seconds);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        GitCommitTime.Head read = GitCommitTime.read(root);
        if (read == null) {
            return null;
        }
        if (key != null && read.commit().equals(head.get())) {
            store.put(KIND, key, Long.toString(read.seconds()).getBytes(StandardCharsets.US_ASCII));
        }
        return read.seconds();
    }

    private static Optional<Long> seconds(byte[] stored) {
        String text = new String(stored, StandardCharsets.US_ASCII);
        return text.matches("-?\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static LocalDate newestDate(DataSet data) {
        Stream<LocalDate> registered = data.registrations().stream().map(Registration::ngayDangKy);
        Stream<LocalDate> reviewed = data.reviews().stream()
                .flatMap(r -> r.quaTrinh().stream().map(Review.Step::ngay));
        return Stream.concat(registered, reviewed).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(LocalDate.of(1970, 1, 1));
    }
}
