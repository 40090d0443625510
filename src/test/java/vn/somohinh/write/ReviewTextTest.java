package vn.somohinh.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Review;
import vn.somohinh.load.Status;
import vn.somohinh.problem.Problems;

/**
 * Property: for random review files (comments, CRLF or LF, a last line with or without its end, any indentation,
 * notes that need quoting) and any move the status table allows, the new text starts with the old bytes and reads
 * back as the old steps plus the new one.
 */
class ReviewTextTest {
    private static final String FILE = "data/reviews/2023/xa-loc-an/ca-phe.yaml";
    private static final List<String> NOTES = List.of("Đồng ý", "Đồng ý: triển khai", "số 12 # không phải chú thích",
            "yes", "123", "2023-03-01", "có \"ngoặc\" và \\ gạch", "hai\ndòng", "Ban Thường vụ, đợt 1.",
            "- gạch đầu", "[mở", "@tên", "null", "~", "a #b", "'nháy'", "%");

    @Test
    void randomReviewsKeepTheirBytesAndGainOneStep() throws Exception {
        Random random = new Random(15);
        for (int run = 0; run < 400; run++) {
            List<Review.Step> steps = new ArrayList<>();
            String eol = random.nextBoolean() ? "\r\n" : "\n";
            String text = randomReview(random, eol, steps);
            Status current = Status.byId(steps.get(steps.size() - 1).trangThai());
            if (current.next().isEmpty()) {
                continue;
            }
            List<Status> moves = new ArrayList<>(current.next());
            moves.sort(null);
            Status next = moves.get(random.nextInt(moves.size()));
            String note = random.nextBoolean() ? NOTES.get(random.nextInt(NOTES.size())) : null;
            Step step = new Step(steps.get(steps.size() - 1).ngay().plusDays(random.nextInt(3)), next, null, note);

            String now = ReviewText.append(text, step);

            assertThat(now).as(text).startsWith(text);
            String added = now.substring(text.length());
            assertThat(added.replace("\r\n", "")).as(now).doesNotContain("\r");
            assertThat(added.contains("\r\n")).as(now).isEqualTo(eol.equals("\r\n"));
            List<Review.Step> old = read(text);
            assertThat(old).as(text).hasSize(steps.size());
            List<Review.Step> read = read(now);
            assertThat(read).as(now).hasSize(steps.size() + 1);
            assertThat(read.subList(0, steps.size())).as(now).isEqualTo(old);
            Review.Step last = read.get(steps.size());
            assertThat(last.ngay()).isEqualTo(step.ngay());
            assertThat(last.trangThai()).isEqualTo(next.id());
            assertThat(last.ghiChu()).as(now).isEqualTo(note);
        }
    }

    @Test
    void aStepGoesBeforeWhatFollowsTheList() throws Exception {
        String text = "qua_trinh:\n  - ngay: 2023-03-14\n    trang_thai: dang-tham-dinh\n# về đánh giá\ndanh_gia:\n  ngay: 2023-12-20\n";
        String now = ReviewText.append(text, new Step(LocalDate.of(2023, 3, 20), Status.DUOC_DUYET, "tb-1", null));
        assertThat(now).isEqualTo("qua_trinh:\n  - ngay: 2023-03-14\n    trang_thai: dang-tham-dinh\n"
                + "  - ngay: 2023-03-20\n    trang_thai: duoc-duyet\n    van_ban: tb-1\n# về đánh giá\ndanh_gia:\n  ngay: 2023-12-20\n");
    }

    @Test
    void aListInFlowStyleIsRefusedAtItsLine() {
        String text = "# chú thích\nqua_trinh: [{ngay: 2023-03-14, trang_thai: dang-tham-dinh}]\n";
        assertThatThrownBy(() -> ReviewText.append(text, new Step(LocalDate.of(2023, 3, 20), Status.DUOC_DUYET, null, null)))
                .isInstanceOfSatisfying(ReviewText.Refused.class, e -> assertThat(e.line).isEqualTo(2));
    }

    private static String randomReview(Random random, String eol, List<Review.Step> steps) {
        int dash = random.nextInt(3) * 2;
        int gap = 1 + random.nextInt(3);
        String indent = " ".repeat(dash + 1 + gap);
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append("# yaml-language-server: $schema=../../../../schema/review.schema.json").append(eol);
        }
        out.append(random.nextBoolean() ? "qua_trinh:" : "qua_trinh:   # các bước").append(eol);
        Status current = Status.DA_DANG_KY;
        LocalDate day = LocalDate.of(2023, 3, 10);
        int count = 1 + random.nextInt(4);
        for (int i = 1; i <= count && !current.next().isEmpty(); i++) {
            List<Status> moves = new ArrayList<>(current.next());
            moves.sort(null);
            current = moves.get(random.nextInt(moves.size()));
            day = day.plusDays(random.nextInt(5));
            String note = random.nextInt(3) == 0 ? "Ghi chú " + i : null;
            if (random.nextInt(4) == 0) {
                out.append("# bước ").append(i).append(eol);
            }
            out.append(" ".repeat(dash)).append("-").append(" ".repeat(gap)).append("ngay: ").append(day).append(eol);
            out.append(indent).append("trang_thai: ").append(current.id()).append(random.nextBoolean() ? "  # trạng thái" : "").append(eol);
            if (note != null) {
                out.append(indent).append("ghi_chu: |").append(eol).append(indent).append("  ").append(note).append(eol);
            }
            steps.add(new Review.Step(i, day, current.id(), note == null ? null : note + "\n", null));
        }
        if (random.nextBoolean()) {
            out.append(eol).append("# cuối tệp").append(eol);
        }
        String text = out.toString();
        return random.nextBoolean() ? text.substring(0, text.length() - eol.length()) : text;
    }

    private static List<Review.Step> read(String text) {
        DataSet data = DataLoader.load(Map.of(FILE, text.getBytes(StandardCharsets.UTF_8)), new Problems());
        assertThat(data.reviews()).as(text).hasSize(1);
        return data.reviews().get(0).quaTrinh();
    }

}
