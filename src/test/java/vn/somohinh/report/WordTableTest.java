package vn.somohinh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column widths fitted to content: the page width is used, no word is cut, long tables fit in bounded time. */
class WordTableTest {
    @Test
    void columnsFillTheWidthAndNeverCutAWord() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            rows.add(List.of(String.valueOf(i), "17/03/2023", "Đoàn viên, thanh niên trồng và nhận chăm sóc thông số " + i,
                    "Quốc phòng - an ninh", "Đang triển khai"));
        }
        WordTable t = new WordTable(List.of("STT", "Ngày đăng ký", "Tên mô hình", "Lĩnh vực", "Trạng thái"), rows, 11);
        long start = System.nanoTime();
        int[] w = t.widths(14287);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2000);
        assertThat(java.util.Arrays.stream(w).sum()).isBetween(14000, 14287);
        assertThat(w[1]).as("a date whole").isGreaterThanOrEqualTo(t.width("17/03/2023", false) + 2 * WordTable.PAD);
        assertThat(w[4]).isGreaterThanOrEqualTo(t.width("Trạng", true) + 2 * WordTable.PAD);
        assertThat(w[2]).as("the long texts get the room").isGreaterThan(w[3]);
    }
}
