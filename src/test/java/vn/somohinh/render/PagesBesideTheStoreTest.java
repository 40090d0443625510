package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.model.ServeModels;
import vn.somohinh.model.Site;
import vn.somohinh.problem.SourceFault;

/**
 * The registry's pages and documents are written while JBake's store is still starting (the critical path of a small
 * site's build), and nothing of content/ or assets/ may land where they do, since the two are written at once.
 */
class PagesBesideTheStoreTest {
    @TempDir
    Path tmp;

    private Site site(Path root) throws IOException {
        Files.createDirectories(root);
        for (String folder : new String[] {"templates", "content", "assets"}) {
            PathUtils.copyDirectory(Path.of(folder), root.resolve(folder));
        }
        return ServeModels.onTheDefaultData(root).fresh();
    }

    @Test
    void theRegistrysPagesAreWrittenWhileTheStoreIsHeld() throws Exception {
        Path root = tmp.resolve("root");
        Site site = site(root);
        Path out = tmp.resolve("site");
        String page = site.modelPages().get(0).ref().path() + "index.html";
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> store = threads.submit(() -> BakeSession.withStore(() -> {
                held.countDown();
                await(release);
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> render = threads.submit(() -> {
                SiteRenderer.render(site, root, out);
                return null;
            });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(out.resolve(page)) && System.nanoTime() < until && !render.isDone()) {
                Thread.sleep(20);
            }
            assertThat(out.resolve(page)).as("made while the store was held").exists();
            assertThat(out.resolve("gioi-thieu/index.html")).as("JBake waits for the store").doesNotExist();
            assertThat(render.isDone()).isFalse();
            release.countDown();
            store.get(30, TimeUnit.SECONDS);
            render.get(120, TimeUnit.SECONDS);
            assertThat(out.resolve("gioi-thieu/index.html")).exists();
            assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("gioi-thieu/");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aContentPageOrAssetInTheRegistrysPlaceFailsTheRenderNamingIt() throws Exception {
        Path root = tmp.resolve("root");
        Site site = site(root);
        Files.copy(root.resolve("content/gioi-thieu.html"), root.resolve("content/don-vi.html"));
        assertThatThrownBy(() -> SiteRenderer.render(site, root, tmp.resolve("a")))
                .isInstanceOfSatisfying(SourceFault.class, f -> assertThat(f.place()).isEqualTo("content/don-vi.html"))
                .hasMessageContaining("don-vi/index.html").satisfies(f -> assertThat(((SourceFault) f).todo()).contains("đổi tên"));
        Files.delete(root.resolve("content/don-vi.html"));
        Files.createDirectories(root.resolve("assets/du-lieu"));
        Files.writeString(root.resolve("assets/du-lieu/mo-hinh.json"), "[]");
        assertThatThrownBy(() -> SiteRenderer.render(site, root, tmp.resolve("b")))
                .isInstanceOfSatisfying(SourceFault.class, f -> assertThat(f.place()).isEqualTo("assets/du-lieu/mo-hinh.json"));
        Files.delete(root.resolve("assets/du-lieu/mo-hinh.json"));
        Files.writeString(root.resolve("assets/ghi-chu.txt"), "không trùng");
        SiteRenderer.render(site, root, tmp.resolve("c"));
        assertThat(tmp.resolve("c/ghi-chu.txt")).exists();
    }

    @Test
    void placesCountBothWaysJBakeMayWriteAContentFile() throws IOException {
        Path root = tmp.resolve("places");
        Files.createDirectories(root.resolve("content/huong-dan"));
        Files.createDirectories(root.resolve("assets/css"));
        Files.writeString(root.resolve("content/huong-dan/dang-ky.html"), "x");
        Files.writeString(root.resolve("content/anh"), "x");
        Files.writeString(root.resolve("assets/css/site.css"), "x");
        assertThat(ContentPaths.places(root)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "huong-dan/dang-ky.html", "content/huong-dan/dang-ky.html",
                "huong-dan/dang-ky/index.html", "content/huong-dan/dang-ky.html",
                "anh", "content/anh",
                "css/site.css", "assets/css/site.css"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
