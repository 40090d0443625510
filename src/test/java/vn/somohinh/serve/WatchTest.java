package vn.somohinh.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the watcher notices: saves under the source folders, and source folders that appear after the start. */
class WatchTest {
    @TempDir
    Path root;

    private final Semaphore changes = new Semaphore(0);

    /** Waits for a change to be told, then forgets any others the same edit caused (a save is often several events). */
    private boolean told() throws InterruptedException {
        boolean any = changes.tryAcquire(20, TimeUnit.SECONDS);
        Thread.sleep(300);
        changes.drainPermits();
        return any;
    }

    @Test
    void aSourceFolderMadeAfterTheStartIsWatchedFromThen() throws Exception {
        Files.createDirectories(root.resolve("data/registrations"));
        try (Watch watch = Watch.start(root, path -> changes.release())) {
            Files.createDirectories(root.resolve("assets/css"));
            assertThat(told()).as("the new assets/ folder counts as a change").isTrue();
            Files.writeString(root.resolve("assets/css/extra.css"), "body { color: #000; }");
            assertThat(told()).as("a file saved in it is seen").isTrue();
            Files.writeString(root.resolve("data/registrations/a.yaml"), "ten_mo_hinh: A\n");
            assertThat(told()).as("the folders watched from the start still are").isTrue();
        }
    }

    @Test
    void theOutputAndOtherFoldersAtTheRootAreNotChanges() throws Exception {
        Files.createDirectories(root.resolve("data"));
        try (Watch watch = Watch.start(root, path -> changes.release())) {
            Files.createDirectories(root.resolve("target/site"));
            Files.writeString(root.resolve("target/site/index.html"), "<p>");
            Files.writeString(root.resolve("README.md"), "x");
            assertThat(changes.tryAcquire(2, TimeUnit.SECONDS)).isFalse();
        }
    }

    @Test
    void aSourceFolderRemovedAndPutBackIsWatchedAgain() throws Exception {
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.createDirectories(root.resolve("data"));
        try (Watch watch = Watch.start(root, path -> changes.release())) {
            Files.delete(templates);
            assertThat(told()).isTrue();
            Files.createDirectories(templates);
            assertThat(told()).isTrue();
            Files.writeString(templates.resolve("page.ftlh"), "<#-- x -->");
            assertThat(told()).as("a template saved in the folder put back").isTrue();
        }
    }
}
