package vn.somohinh.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.somohinh.forge.Links;
import vn.somohinh.load.History;

/** A model's history as its page shows it: both files' commits, oldest first, said in Vietnamese. */
final class Revisions {
    private Revisions() {
    }

    static LocalDate date(Instant when) {
        return vn.somohinh.text.Dates.inVietnam(when);
    }

    static List<ModelView.Revision> of(History history, String registration, String review, Links links) {
        List<Entry> all = new ArrayList<>();
        history.of(registration).forEach(c -> all.add(new Entry(c, true)));
        history.of(review).forEach(c -> all.add(new Entry(c, false)));
        all.sort(Comparator.comparing((Entry e) -> e.change.when()));
        return all.stream().map(e -> new ModelView.Revision(Day.of(date(e.change.when())), e.change.author(),
                what(e.change.kind(), e.registration), e.change.message(), e.change.commit(),
                links == null ? null : links.commit(e.change.commit()))).toList();
    }

    /** The forge's comparison of the first commit of the model's files with the last, when there are two. */
    static String compare(List<ModelView.Revision> revisions, Links links) {
        if (links == null || revisions.size() < 2
                || revisions.get(0).commit().equals(revisions.get(revisions.size() - 1).commit())) {
            return null;
        }
        return links.compare(revisions.get(0).commit(), revisions.get(revisions.size() - 1).commit());
    }

    /** The day the registration file was first committed: the real submission date. */
    static Day submitted(History history, String registration) {
        return history.of(registration).stream().filter(c -> c.kind() == 'A').findFirst()
                .map(c -> Day.of(date(c.when()))).orElse(null);
    }

    private static String what(char kind, boolean registration) {
        String file = registration ? "hồ sơ đăng ký" : "quyết định xem xét";
        return switch (kind) {
            case 'A' -> "Tạo " + file;
            case 'D' -> "Xóa " + file;
            default -> "Sửa " + file;
        };
    }

    private record Entry(History.Change change, boolean registration) {
    }
}
