package vn.somohinh.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Site.FeedEntry;

/** The Atom feed's entries: new registrations and status changes, newest first, at most {@link #LIMIT}. */
final class FeedEntries {
    static final int LIMIT = 50;

    private FeedEntries() {
    }

    static List<FeedEntry> build(Catalog cat, ModelPages models) {
        List<FeedEntry> all = new ArrayList<>();
        for (Registration r : cat.data.registrations()) {
            ModelRef m = models.refs.get(r.key());
            String who = " (" + m.unit().name() + ")";
            all.add(entry(m, "dang-ky", "Đăng ký mới: " + m.name() + who, Day.of(r.ngayDangKy()),
                    "Đăng ký ngày " + m.registered().text() + "."));
            Review review = cat.reviews.get(r.key());
            if (review != null) {
                for (Review.Step s : review.quaTrinh()) {
                    Day day = Day.of(s.ngay());
                    String label = Status.byId(s.trangThai()).label();
                    all.add(entry(m, "buoc-" + s.index(), label + ": " + m.name() + who, day,
                            s.ghiChu() == null ? label + " ngày " + day.text() + "." : s.ghiChu()));
                }
            }
        }
        all.sort(Comparator.comparing((FeedEntry e) -> e.date().iso()).reversed().thenComparing(FeedEntry::id));
        return List.copyOf(all.subList(0, Math.min(LIMIT, all.size())));
    }

    private static FeedEntry entry(ModelRef m, String what, String title, Day date, String summary) {
        // A stable id derived from the model and the event, so the same data always gives the same feed.
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes((m.id() + "#" + what).getBytes(StandardCharsets.UTF_8));
        return new FeedEntry(id, title, date, m.path(), summary);
    }
}
