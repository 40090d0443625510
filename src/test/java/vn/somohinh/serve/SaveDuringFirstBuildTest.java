package vn.somohinh.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.ServeSite;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.problem.Problem;

/**
 * A registration saved while serve's first build runs (after that build has read it) is on the page soon after,
 * with no second save: the watcher was listening before the first build read anything.
 */
class SaveDuringFirstBuildTest {
    private static final String FILE = "data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml";
    private static final String PAGE = "mo-hinh/2023/ban-dan-van/dan-van-kheo-nong-thon-moi/index.html";

    @Test
    void aSaveDuringTheFirstBuildIsBuiltAfterIt(@TempDir Path tmp) throws Exception {
        Path root = ServeSite.copyOfDefaultSite(tmp.resolve("site"));
        Path out = root.resolve("target/site");
        AtomicBoolean saved = new AtomicBoolean();
        Recipe recipe = new Recipe(root, out, Map.of("SOURCE_DATE_EPOCH", "1704042000"), System.err).withCache()
                .keepingStateUntilStop();
        Preview.Terminal terminal = new Preview.Terminal() {
            @Override
            public void checked(Recipe.Checked checked) {
                // The first build has read and checked the data when it says so: the save comes after that read.
                if (saved.compareAndSet(false, true)) {
                    rename(root.resolve(FILE));
                }
            }

            @Override
            public List<String> lines(List<Problem> problems) {
                return List.of();
            }

            @Override
            public String describe(Exception failure) {
                return String.valueOf(failure);
            }

            @Override
            public void say(String line) {
            }
        };
        try (Preview preview = Preview.start(recipe, false, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                terminal)) {
            assertThat(saved).isTrue();
            assertThat(Files.readString(out.resolve(PAGE))).as("the first build made the page from what it read")
                    .doesNotContain("bản lưu giữa lúc dựng");
            long end = System.nanoTime() + 30_000_000_000L;
            while (!Files.readString(out.resolve(PAGE)).contains("bản lưu giữa lúc dựng") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(out.resolve(PAGE))).as("the save during the first build, built after it")
                    .contains("bản lưu giữa lúc dựng");
        }
    }

    private static void rename(Path file) {
        try {
            String text = Files.readString(file);
            assertThat(text).contains("ten_mo_hinh: Dân vận khéo");
            Files.writeString(file, text.replaceFirst("ten_mo_hinh: Dân vận khéo", "ten_mo_hinh: Dân vận khéo (bản lưu giữa lúc dựng)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
