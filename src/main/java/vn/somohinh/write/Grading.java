package vn.somohinh.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Pos;

/**
 * {@code grade}: the review files that one evaluation ({@code danh_gia}) written into each model's gives, or why
 * not; the same checks of the models as {@code decide} ({@link Decision#writable}), then: the model is
 * {@code tong-ket}, and has no evaluation yet unless replacing. Checked in memory ({@link Recheck}) before writing.
 */
public final class Grading {
    private final Decision models;

    /** {@code problems}: those of loading and validating {@code data}, read from {@code root}. */
    public Grading(Path root, DataSet data, List<Problem> problems) {
        this.models = new Decision(root, data, problems);
    }

    public Decision.Plan plan(List<ModelKey> keys, Review.Evaluation evaluation, boolean replace, LocalDate today)
            throws IOException {
        Problems refusals = new Problems();
        List<FileChange> changes = new ArrayList<>();
        for (ModelKey key : keys.stream().distinct().sorted().toList()) {
            FileChange change = change(key, evaluation, replace, refusals);
            if (change != null) {
                changes.add(change);
            }
        }
        if (refusals.size() == 0) {
            new Recheck(models.data(), changes, null, evaluation).run(today, refusals);
        }
        return refusals.size() > 0 ? new Decision.Plan(List.of(), refusals.sorted()) : new Decision.Plan(changes, List.of());
    }

    private FileChange change(ModelKey key, Review.Evaluation evaluation, boolean replace, Problems refusals)
            throws IOException {
        if (!models.writable(key, refusals)) {
            return null;
        }
        Review review = models.review(key);
        Status current = Review.currentStatus(review);
        if (current != Status.TONG_KET) {
            String file = review == null ? Decision.registrationFile(key) : review.src().file();
            Pos pos = review == null || review.quaTrinh().isEmpty() ? Pos.START
                    : review.src().pos("qua_trinh[" + review.quaTrinh().size() + "].trang_thai");
            refusals.add(file, pos.line(), pos.column(), Code.GRADE_STATUS, key.path(), current.id());
            return null;
        }
        if (review.danhGia() != null && !replace) {
            Pos pos = review.src().pos("danh_gia");
            refusals.add(review.src().file(), pos.line(), pos.column(), Code.GRADE_EXISTS, key.path());
            return null;
        }
        String file = review.src().file();
        byte[] before = Files.readAllBytes(models.root().resolve(file));
        String text = GradeText.write(new String(before, StandardCharsets.UTF_8), evaluation);
        return new FileChange(file, before, text.getBytes(StandardCharsets.UTF_8));
    }
}
