package vn.somohinh.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Compares two output folders file by file, byte by byte. */
public final class Reproducibility {
    private Reproducibility() {
    }

    /** Every file present in one folder only, or present in both with other bytes; empty when identical. */
    public static List<String> differences(Path a, Path b) throws IOException {
        List<String> left = files(a);
        List<String> right = files(b);
        List<String> out = new ArrayList<>();
        for (String f : left) {
            if (!right.contains(f)) {
                out.add("only in first: " + f);
            } else if (!Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)))) {
                out.add("differs: " + f);
            }
        }
        right.stream().filter(f -> !left.contains(f)).forEach(f -> out.add("only in second: " + f));
        return out;
    }

    /**
     * Each file's identity on disk (its inode on Linux), by path: a file left in place by a build keeps it, a file
     * written again does not.
     */
    public static java.util.Map<String, Object> fileKeys(Path dir) throws IOException {
        java.util.Map<String, Object> keys = new java.util.HashMap<>();
        for (String f : files(dir)) {
            keys.put(f, Files.readAttributes(dir.resolve(f), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        return keys;
    }

    public static List<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
