package vn.somohinh.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
    @TempDir
    Path root;

    @Test
    void makesMissingParentsOnce() throws IOException {
        Folders folders = new Folders(root);
        Path deep = root.resolve("mo-hinh/2024/xa-a/mo-hinh-1");
        folders.make(deep);
        folders.make(deep);
        folders.make(root.resolve("mo-hinh/2024/xa-a/mo-hinh-2"));
        assertTrue(Files.isDirectory(deep));
        assertTrue(Files.isDirectory(root.resolve("mo-hinh/2024/xa-a/mo-hinh-2")));
    }

    @Test
    void acceptsAFolderSomeoneElseMade() throws IOException {
        Files.createDirectories(root.resolve("assets/css"));
        new Folders(root).make(root.resolve("assets/css"));
        assertTrue(Files.isDirectory(root.resolve("assets/css")));
    }

    @Test
    void refusesAFileWhereTheFolderGoes() throws IOException {
        Files.writeString(root.resolve("don-vi"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> new Folders(root).make(root.resolve("don-vi/a")));
    }

    @Test
    void manyWritersMakeTheSameFolders() throws Exception {
        Folders folders = new Folders(root);
        List<Parallel.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Path dir = root.resolve("mo-hinh/" + (2020 + i % 5) + "/don-vi-" + (i % 37) + "/m-" + (i % 101));
            jobs.add(() -> folders.make(dir));
        }
        Parallel.run(jobs);
        assertTrue(Files.isDirectory(root.resolve("mo-hinh/2024/don-vi-36")));
    }

    @Test
    void aFolderOutsideTheRootIsMadeToo() throws IOException {
        Path outside = root.resolveSibling(root.getFileName() + ".jbake-data/x");
        new Folders(root.resolve("site-not-made-yet")).make(outside);
        assertTrue(Files.isDirectory(outside));
        Files.delete(outside);
        Files.delete(outside.getParent());
    }
}
