package vn.somohinh.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import vn.somohinh.text.Dates;

/**
 * The build's "today" (DATA.md): SOURCE_DATE_EPOCH where set, else the time of the last commit, else the newest date
 * in the data. Never the machine's clock. Instants become dates in Vietnam's zone, whatever the machine's zone.
 */
public final class ReferenceDate {

    private ReferenceDate() {
    }

    public static LocalDate resolve(Path root, Map<String, String> env, DataSet data) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return toDate(Long.parseLong(epoch.strip()));
        }
        Long commit = lastCommitTime(root);
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
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve("HEAD");
            return head == null ? null : (long) walk.parseCommit(head).getCommitTime();
        } catch (IOException e) {
            return null;
        }
    }

    private static LocalDate newestDate(DataSet data) {
        Stream<LocalDate> registered = data.registrations().stream().map(Registration::ngayDangKy);
        Stream<LocalDate> reviewed = data.reviews().stream()
                .flatMap(r -> r.quaTrinh().stream().map(Review.Step::ngay));
        return Stream.concat(registered, reviewed).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(LocalDate.of(1970, 1, 1));
    }
}
