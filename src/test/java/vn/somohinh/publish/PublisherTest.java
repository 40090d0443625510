package vn.somohinh.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
    @TempDir
    Path staging;

    private void site() throws IOException {
        for (String f : new String[] {"index.html", "404.html", "sitemap.xml", "feed.xml"}) {
            Files.writeString(staging.resolve(f), "x");
        }
        Files.createDirectories(staging.resolve("mo-hinh/2024/a/b"));
        Files.writeString(staging.resolve("mo-hinh/2024/a/b/index.html"), "<p>");
        // Empty files that are not pages are fine.
        Files.createFile(staging.resolve("mo-hinh/2024/a/b/empty.txt"));
    }

    @Test
    void aCompleteSitePasses() throws IOException {
        site();
        assertDoesNotThrow(() -> Publisher.check(staging));
    }

    @Test
    void namesTheFirstEmptyPageInPathOrder() throws IOException {
        site();
        Files.createDirectories(staging.resolve("don-vi/z"));
        Files.createFile(staging.resolve("don-vi/z/index.html"));
        Files.createFile(staging.resolve("mo-hinh/2024/a/index.html"));
        IOException e = assertThrows(IOException.class, () -> Publisher.check(staging));
        assertEquals("publish: trang rỗng don-vi/z/index.html".replace('/', java.io.File.separatorChar), e.getMessage());
    }

    @Test
    void aMissingHomePageIsNamed() throws IOException {
        site();
        Files.delete(staging.resolve("index.html"));
        IOException e = assertThrows(IOException.class, () -> Publisher.check(staging));
        assertEquals("publish: thiếu index.html trong bản dựng", e.getMessage());
    }
}
