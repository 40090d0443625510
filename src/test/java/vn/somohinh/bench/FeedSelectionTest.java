package vn.somohinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.History;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Review;
import vn.somohinh.model.Site;
import vn.somohinh.model.Site.FeedEntry;
import vn.somohinh.model.SiteModel;
import vn.somohinh.problem.Problems;

/**
 * The feed holds the 50 newest of all registrations and review steps, newest first and, on one day, by id: checked
 * against every event of a generated registry of hundreds of models, where many share the day at the limit.
 */
class FeedSelectionTest {
    @TempDir
    Path root;

    /** An event as the feed would show it: its day and its id. */
    record Event(String iso, String id) {
    }

    @Test
    void theFeedIsTheFiftyNewestEventsOfAll() throws IOException {
        new RegistryGenerator(5, 0.5).write(root.resolve("data"), 400, 1);
        Problems problems = new Problems();
        DataSet data = DataLoader.load(root, problems);
        Site site = SiteModel.build(data, problems.sorted(), History.unavailable("no Git in this test"));

        List<Event> all = new ArrayList<>();
        for (Registration r : data.registrations()) {
            all.add(event(r, "dang-ky", r.ngayDangKy().toString()));
        }
        for (Review review : data.reviews()) {
            for (Review.Step s : review.quaTrinh()) {
                all.add(event(data.registrations().stream().filter(r -> r.key().equals(review.key())).findFirst()
                        .orElseThrow(), "buoc-" + s.index(), s.ngay().toString()));
            }
        }
        all.sort(Comparator.comparing(Event::iso).reversed().thenComparing(Event::id));
        List<Event> expected = all.subList(0, 50);
        String limitDay = expected.get(49).iso();
        assertThat(all.stream().filter(e -> e.iso().equals(limitDay)).count())
                .as("several events share the day at the limit, so the ids decide").isGreaterThan(
                        expected.stream().filter(e -> e.iso().equals(limitDay)).count());

        List<Event> feed = site.feed().stream().map(FeedSelectionTest::event).toList();
        assertThat(feed).containsExactlyElementsOf(expected);
    }

    private static Event event(Registration r, String what, String iso) {
        return new Event(iso, "urn:uuid:" + UUID.nameUUIDFromBytes((r.key().path() + "#" + what)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static Event event(FeedEntry e) {
        return new Event(e.date().iso(), e.id());
    }
}
