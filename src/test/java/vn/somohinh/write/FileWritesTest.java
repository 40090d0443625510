package vn.somohinh.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All files or none; the diff of an insertion. */
class FileWritesTest {
    @TempDir
    Path root;

    @Test
    void aFileChangedSinceItWasReadStopsTheRunBeforeAnyFileIsWritten() throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/a.yaml"), "a: 1\n");
        Files.writeString(root.resolve("data/b.yaml"), "b: 2, sửa tay\n");
        List<FileChange> changes = List.of(
                new FileChange("data/a.yaml", bytes("a: 1\n"), bytes("a: 1\nx: 1\n")),
                new FileChange("data/c/new.yaml", null, bytes("c: 3\n")),
                new FileChange("data/b.yaml", bytes("b: 2\n"), bytes("b: 2\nx: 1\n")));
        assertThatThrownBy(() -> FileWrites.commit(root, changes)).isInstanceOf(IOException.class)
                .hasMessageContaining("data/b.yaml");
        assertThat(Files.readString(root.resolve("data/a.yaml"))).isEqualTo("a: 1\n");
        assertThat(root.resolve("data/c/new.yaml")).doesNotExist();
        try (var files = Files.list(root.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.yaml", "b.yaml", "c");
        }
        FileWrites.commit(root, changes.subList(0, 2));
        assertThat(Files.readString(root.resolve("data/a.yaml"))).isEqualTo("a: 1\nx: 1\n");
        assertThat(Files.readString(root.resolve("data/c/new.yaml"))).isEqualTo("c: 3\n");
    }

    @Test
    void theDiffOfAnInsertionShowsContextAndAMissingLineEnd() {
        String before = "# đầu\nqua_trinh:\n  - ngay: 2023-03-14\n    trang_thai: dang-tham-dinh";
        String after = before + "\n  - ngay: 2023-03-20\n    trang_thai: duoc-duyet\n";
        assertThat(UnifiedDiff.of(new FileChange("data/r.yaml", bytes(before), bytes(after)))).isEqualTo("""
                --- a/data/r.yaml
                +++ b/data/r.yaml
                @@ -1,4 +1,6 @@
                 # đầu
                 qua_trinh:
                   - ngay: 2023-03-14
                -    trang_thai: dang-tham-dinh
                \\ No newline at end of file
                +    trang_thai: dang-tham-dinh
                +  - ngay: 2023-03-20
                +    trang_thai: duoc-duyet
                """);
        assertThat(UnifiedDiff.of(new FileChange("data/n.yaml", null, bytes("a: 1\n"))))
                .isEqualTo("--- /dev/null\n+++ b/data/n.yaml\n@@ -0,0 +1,1 @@\n+a: 1\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
