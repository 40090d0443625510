package vn.somohinh.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Dates;
import vn.somohinh.yaml.Pos;

/**
 * {@code decide}: the review files that one step added to each model gives, or why not. Refusals are problems at a
 * file's line; any refusal means no change at all. What is planned is checked once more in memory
 * ({@link Recheck}) before a caller may write it.
 */
public final class Decision {
    private final Path root;
    private final DataSet data;
    private final List<Problem> problems;
    private final Map<ModelKey, Registration> registrations;
    private final Map<ModelKey, Review> reviews;
    private final Map<ModelKey, String> registrationFiles;

    /** {@code problems}: those of loading and validating {@code data}, read from {@code root}. */
    public Decision(Path root, DataSet data, List<Problem> problems) {
        this.root = root;
        this.data = data;
        this.problems = problems;
        this.registrations = data.registrations().stream()
                .collect(Collectors.toMap(Registration::key, Function.identity(), (a, b) -> a));
        this.reviews = data.reviews().stream().collect(Collectors.toMap(Review::key, Function.identity(), (a, b) -> a));
        this.registrationFiles = data.registrationFiles();
    }

    /** The changes, or the refusals (then no change). */
    public record Plan(List<FileChange> changes, List<Problem> refusals) {
    }

    public static String registrationFile(ModelKey key) {
        return "data/registrations/" + key.path() + ".yaml";
    }

    public static String reviewFile(ModelKey key) {
        return "data/reviews/" + key.path() + ".yaml";
    }

    /** The models known by their registration files (readable or not), for selection. */
    public boolean exists(ModelKey key) {
        return registrationFiles.containsKey(key);
    }

    public Plan plan(List<ModelKey> models, Step step, LocalDate today) throws IOException {
        Problems refusals = new Problems();
        List<FileChange> changes = new ArrayList<>();
        for (ModelKey key : models.stream().distinct().sorted().toList()) {
            FileChange change = change(key, step, refusals);
            if (change != null) {
                changes.add(change);
            }
        }
        if (refusals.size() == 0) {
            new Recheck(data, changes, step, null).run(today, refusals);
        }
        return refusals.size() > 0 ? new Plan(List.of(), refusals.sorted()) : new Plan(changes, List.of());
    }

    private FileChange change(ModelKey key, Step step, Problems refusals) throws IOException {
        String reviewFile = reviewFile(key);
        if (!writable(key, refusals)) {
            return null;
        }
        Registration registration = registrations.get(key);
        Review review = reviews.get(key);
        if (!allowed(key, registration, review, step, refusals)) {
            return null;
        }
        if (review == null) {
            String text = ReviewText.create(SiteAddress.modeline(data.site(), reviewFile), step);
            return new FileChange(reviewFile, null, text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] before = Files.readAllBytes(root.resolve(reviewFile));
        try {
            String text = ReviewText.append(new String(before, StandardCharsets.UTF_8), step);
            return new FileChange(reviewFile, before, text.getBytes(StandardCharsets.UTF_8));
        } catch (ReviewText.Refused e) {
            refusals.add(reviewFile, e.line, 1, Code.REVIEW_FLOW_STYLE);
            return null;
        }
    }

    /**
     * Whether a writing command may touch the model's files: it has a registration file, and neither that nor its
     * review has errors (or could not be read); else a refusal. Shared by {@code decide} and {@code grade}.
     */
    boolean writable(ModelKey key, Problems refusals) {
        String registrationFile = registrationFile(key);
        String reviewFile = reviewFile(key);
        if (!registrationFiles.containsKey(key)) {
            refusals.add(registrationFile, 1, 1, Code.UNKNOWN_MODEL, key.path(), "chưa có tệp " + registrationFile);
            return false;
        }
        List<Problem> errors = problems.stream().filter(Problem::isError)
                .filter(p -> p.file().equals(registrationFiles.get(key)) || p.file().equals(reviewFile)).toList();
        boolean reviewUnread = reviews.get(key) == null && Files.exists(root.resolve(reviewFile));
        if (!errors.isEmpty() || registrations.get(key) == null || reviewUnread) {
            Problem first = errors.isEmpty() ? null : errors.get(0);
            refusals.add(first == null ? registrationFiles.get(key) : first.file(), first == null ? 1 : first.line(),
                    first == null ? 1 : first.column(), Code.MODEL_HAS_ERRORS, key.path(), Math.max(1, errors.size()),
                    first == null ? registrationFiles.get(key) : first.file() + ":" + first.line() + ":" + first.column());
            return false;
        }
        return true;
    }

    /** The model's review as read, or null. */
    Review review(ModelKey key) {
        return reviews.get(key);
    }

    Path root() {
        return root;
    }

    DataSet data() {
        return data;
    }

    /** The status table (Status, as validation reads it) and the order of dates. */
    private boolean allowed(ModelKey key, Registration registration, Review review, Step step, Problems refusals) {
        Status current = Review.currentStatus(review);
        int steps = review == null ? 0 : review.quaTrinh().size();
        String at = "qua_trinh[" + steps + "]";
        String file = review == null ? registrationFile(key) : review.src().file();
        Pos statusPos = review == null ? Pos.START : review.src().pos(at + ".trang_thai");
        boolean ok = true;
        if (!current.canGoTo(step.status())) {
            refusals.add(file, statusPos.line(), statusPos.column(), Code.DECIDE_TRANSITION, key.path(), current.id(),
                    step.status().id(), current.id(), current.next().isEmpty() ? "không trạng thái nào (đã kết thúc)"
                            : String.join(", ", current.nextIds()));
            ok = false;
        }
        LocalDate last = review == null ? null : review.quaTrinh().get(steps - 1).ngay();
        if (last != null && step.ngay().isBefore(last)) {
            Pos pos = review.src().pos(at + ".ngay");
            refusals.add(file, pos.line(), pos.column(), Code.DECIDE_DATE, Dates.show(step.ngay()),
                    "bước xem xét cuối", Dates.show(last), key.path(), Dates.show(last));
            ok = false;
        } else if (registration.ngayDangKy() != null && step.ngay().isBefore(registration.ngayDangKy())) {
            Pos pos = registration.src().pos("ngay_dang_ky");
            refusals.add(registration.src().file(), pos.line(), pos.column(), Code.DECIDE_DATE,
                    Dates.show(step.ngay()), "ngày đăng ký", Dates.show(registration.ngayDangKy()), key.path(),
                    Dates.show(registration.ngayDangKy()));
            ok = false;
        }
        return ok;
    }
}
