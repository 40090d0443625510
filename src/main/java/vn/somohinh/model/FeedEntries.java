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
        // Every event's date first, and the entries themselves (titles, an id from MD5) only for the newest: the
        // events on or after the date of the LIMIT-th newest, so that ties there are still broken by id. At 52,000
        // models that is about 50 entries made instead of 150,000.
        List<Event> events = new ArrayList<>();
        for (Registration r : cat.data.registrations()) {
            add(events, r.ngayDangKy(), r, null);
            Review review = cat.reviews.get(r.key());
            if (review != null) {
                for (Review.Step s : review.quaTrinh()) {
                    add(events, s.ngay(), r, s);
                }
            }
        }
        String[] dates = events.stream().map(Event::iso).sorted(Comparator.reverseOrder()).toArray(String[]::new);
        String oldest = dates.length <= LIMIT ? "" : dates[LIMIT - 1];
        List<FeedEntry> newest = new ArrayList<>();
        for (Event e : events) {
            if (e.iso.compareTo(oldest) >= 0) {
                newest.add(e.entry(cat, models));
            }
        }
        newest.sort(Comparator.comparing((FeedEntry e) -> e.date().iso()).reversed().thenComparing(FeedEntry::id));
        return List.copyOf(newest.subList(0, Math.min(LIMIT, newest.size())));
    }

    /** A registration, or one step of its review ({@code step}), on its ISO date. */
    private record Event(String iso, Registration r, Review.Step step) {
        FeedEntry entry(Catalog cat, ModelPages models) {
            ModelRef m = models.refs.get(r.key());
            String who = " (" + m.unit().name() + ")";
            if (step == null) {
                return FeedEntries.entry(m, "dang-ky", "Đăng ký mới: " + m.name() + who, Day.of(r.ngayDangKy()),
                        "Đăng ký ngày " + m.registered().text() + ".");
            }
            Day day = Day.of(step.ngay());
            String label = Status.byId(step.trangThai()).label();
            return FeedEntries.entry(m, "buoc-" + step.index(), label + ": " + m.name() + who, day,
                    step.ghiChu() == null ? label + " ngày " + day.text() + "." : step.ghiChu());
        }
    }

    /** An event without a date (the build has reported it) has no place in a feed ordered by date. */
    private static void add(List<Event> events, java.time.LocalDate date, Registration r, Review.Step step) {
        if (date != null) {
            events.add(new Event(date.toString(), r, step));
        }
    }

    private static FeedEntry entry(ModelRef m, String what, String title, Day date, String summary) {
        // A stable id derived from the model and the event, so the same data always gives the same feed.
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes((m.id() + "#" + what).getBytes(StandardCharsets.UTF_8));
        return new FeedEntry(id, title, date, m.path(), summary);
    }
}
