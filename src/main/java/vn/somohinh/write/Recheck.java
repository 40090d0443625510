package vn.somohinh.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Review;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.validate.Validator;

/**
 * Before anything is written: the changed models as they would be, loaded and validated in memory. A written file must pass
 * {@code validate}, and each review must read back as its old steps and evaluation plus the new step or evaluation; whatever
 * does not is a refusal, at the place validation gives in the file as it would be.
 */
final class Recheck {
    private final DataSet before;
    private final List<FileChange> changes;
    private final Step step;
    private final Review.Evaluation evaluation;

    /** {@code step}: the step added ({@code decide}), or {@code evaluation}: the one written ({@code grade}). */
    Recheck(DataSet before, List<FileChange> changes, Step step, Review.Evaluation evaluation) {
        this.before = before;
        this.changes = changes;
        this.step = step;
        this.evaluation = evaluation;
    }

    void run(LocalDate today, Problems refusals) {
        Map<String, byte[]> files = new HashMap<>();
        changes.forEach(c -> files.put(c.path(), c.after()));
        Problems problems = new Problems();
        // Only the changed models: what validation says at their files does not depend on the others.
        DataSet after = DataLoader.changedModels(before, files, problems);
        Validator.validate(after, today, problems);
        Set<String> touched = changes.stream().map(FileChange::path).collect(Collectors.toSet());
        for (Problem p : problems.sorted()) {
            if (p.isError() && touched.contains(p.file())) {
                refusals.addAll(List.of(p));
            }
        }
        Map<String, Review> old = byFile(before);
        Map<String, Review> now = byFile(after);
        for (String file : touched) {
            Review was = old.get(file);
            Review is = now.get(file);
            Review.Evaluation wanted = evaluation != null ? evaluation : was == null ? null : was.danhGia();
            if (is != null && (!steps(is).equals(expected(was)) || !java.util.Objects.equals(wanted, is.danhGia()))) {
                refusals.add(file, 1, 1, Code.REVIEW_READ_BACK);
            }
        }
    }

    private List<List<Object>> expected(Review was) {
        List<List<Object>> steps = was == null ? new ArrayList<>() : new ArrayList<>(steps(was));
        if (step != null) {
            steps.add(List.of(String.valueOf(step.ngay()), step.status().id(), String.valueOf(step.ghiChu()), String.valueOf(step.vanBan())));
        }
        return steps;
    }

    /** The steps without their places, which the new one shifts nowhere but is compared by value. */
    private static List<List<Object>> steps(Review review) {
        return review.quaTrinh().stream().map(s -> List.<Object>of(String.valueOf(s.ngay()), String.valueOf(s.trangThai()),
                String.valueOf(s.ghiChu()), String.valueOf(s.vanBan()))).toList();
    }

    private static Map<String, Review> byFile(DataSet data) {
        return data.reviews().stream().collect(Collectors.toMap(r -> r.src().file(), r -> r, (a, b) -> a));
    }
}
