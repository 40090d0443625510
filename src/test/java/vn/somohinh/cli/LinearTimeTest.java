package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A safety net against quadratic rules coming back, on files as large as the limits allow. Speed is measured in
 * docs/PERFORMANCE.md, not here: the limit is generous on purpose (each case runs in about 2 s on a busy 2-core
 * machine, where the quadratic code took 17 s to fail on the roster and 90 s on 150,000 ids), so that only a return to n² time can fail it. The rules'
 * building blocks are also guarded by counts that do not depend on the machine (SourceTest, ContextTest).
 */
class LinearTimeTest {
    static final String REG = LargeInputTest.REG;

    /** The base site with its registration's list {@code key} holding {@code count} distinct unknown ids. */
    static Path siteWithList(Path tmp, String key, int count) throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        StringBuilder list = new StringBuilder(key + ":\n");
        for (int i = 0; i < count; i++) {
            list.append("- ").append(Integer.toString(i, 36)).append('\n'); // short ids: as many as 1 MB holds
        }
        String text = Files.readString(root.resolve(REG)).replace("can_cu: [kl-14-tw]\n", "can_cu: [kl-14-tw]\n" + list);
        if (key.equals("can_cu")) {
            text = text.replace("can_cu: [kl-14-tw]\n" + key + ":\n", key + ":\n- kl-14-tw\n");
        }
        Files.writeString(root.resolve(REG), text, StandardCharsets.UTF_8);
        assertThat(Files.size(root.resolve(REG))).as("within the 1 MB limit").isLessThan(1024 * 1024);
        return root;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredAndFiftyThousandUnknownDirectives(@TempDir Path tmp) throws IOException {
        Run run = Run.of("validate", "--root", siteWithList(tmp, "can_cu", 150_000).toString());

        assertThat(run.out()).contains("150000 lỗi, 0 cảnh báo trong 1 tệp")
                .contains(REG + ": và 149.950 lỗi khác trong tệp này");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sixtyThousandUnknownPartnersAgainstAProvinceRoster(@TempDir Path tmp) throws IOException {
        Path root = siteWithList(tmp, "don_vi_phoi_hop", 60_000);
        StringBuilder roster = new StringBuilder(Files.readString(root.resolve("data/units.yaml")));
        for (int i = 0; i < 50_000; i++) {
            roster.append(LargeInputTest.unit(i));
        }
        Files.writeString(root.resolve("data/units.yaml"), roster, StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--root", root.toString());

        // Every unknown id is checked against 50,000 units; "did you mean" is looked for the first 50 only.
        assertThat(run.out()).contains("60000 lỗi, 0 cảnh báo trong 1 tệp")
                .contains(REG + ": và 59.950 lỗi khác trong tệp này");
        assertThat(run.exit()).isEqualTo(1);
    }
}
