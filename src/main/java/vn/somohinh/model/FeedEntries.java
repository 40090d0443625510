package vn.somohinh.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
        // The date of the LIMIT-th newest event, kept in a heap of LIMIT dates, and the entries themselves (titles,
        // an id from MD5) only for the events on or after it, so that ties there are still broken by id. At 52,000
        // models that is about 50 entries made instead of 150,000, and no list of every event.
        java.util.PriorityQueue<LocalDate> newestDates = new java.util.PriorityQueue<>(LIMIT + 1);
        // Every event that is among the LIMIT newest when it is seen: the cut only rises, so these hold all that
        // stay, and one pass over the data is enough.
        List<Candidate> candidates = new ArrayList<>();
        forEachEvent(cat, (date, r, step) -> {
            if (newestDates.size() < LIMIT) {
                newestDates.add(date);
            } else if (!date.isBefore(newestDates.peek())) {
                if (date.isAfter(newestDates.peek())) {
                    newestDates.poll();
                    newestDates.add(date);
                }
            } else {
                return;
            }
            candidates.add(new Candidate(date, r, step));
        });
        LocalDate oldest = newestDates.size() < LIMIT ? LocalDate.MIN : newestDates.peek();
        List<FeedEntry> newest = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.date().isBefore(oldest)) {
                newest.add(entry(cat, models, c.date(), c.registration(), c.step()));
            }
        }
        newest.sort(Comparator.comparing((FeedEntry e) -> e.date().iso()).reversed().thenComparing(FeedEntry::id));
        return List.copyOf(newest.subList(0, Math.min(LIMIT, newest.size())));
    }

    /** An event that may be among the newest. */
    private record Candidate(LocalDate date, Registration registration, Review.Step step) {
    }

    /** A registration, or one step of its review ({@code step} not null), on its date. */
    private interface EventSink {
        void accept(LocalDate date, Registration r, Review.Step step);
    }

    /**
     * Every dated event: each registration and each step of its review. An event without a date (the build has
     * reported it) has no place in a feed ordered by date.
     */
    private static void forEachEvent(Catalog cat, EventSink sink) {
        for (Registration r : cat.data.registrations()) {
            if (r.ngayDangKy() != null) {
                sink.accept(r.ngayDangKy(), r, null);
            }
            Review review = cat.reviews.get(r.key());
            if (review != null) {
                for (Review.Step s : review.quaTrinh()) {
                    if (s.ngay() != null) {
                        sink.accept(s.ngay(), r, s);
                    }
                }
            }
        }
    }

    private static FeedEntry entry(Catalog cat, ModelPages models, LocalDate date, Registration r, Review.Step step) {
        ModelRef m = models.refs.get(r.key());
        String who = " (" + m.unit().name() + ")";
        if (step == null) {
            return entry(m, "dang-ky", "Đăng ký mới: " + m.name() + who, Day.of(date),
                    "Đăng ký ngày " + m.registered().text() + ".");
        }
        Day day = Day.of(date);
        String label = Status.byId(step.trangThai()).label();
        return entry(m, "buoc-" + step.index(), label + ": " + m.name() + who, day,
                step.ghiChu() == null ? label + " ngày " + day.text() + "." : step.ghiChu());
    }

    private static FeedEntry entry(ModelRef m, String what, String title, Day date, String summary) {
        // A stable id derived from the model and the event, so the same data always gives the same feed.
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes((m.id() + "#" + what).getBytes(StandardCharsets.UTF_8));
        return new FeedEntry(id, title, date, m.path(), summary);
    }
}
