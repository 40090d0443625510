package vn.somohinh.cli;

import java.nio.file.Path;
import java.util.List;

/** Refuses an output folder that would overwrite or delete the sources (CLI.md: --out). */
final class OutputGuard {
    private static final List<String> SOURCES = List.of("data", "content", "templates", "assets", "src", ".git");

    private OutputGuard() {
    }

    /** A message saying why {@code out} is refused, or null when it is safe. */
    static String refusal(Path root, Path out) {
        if (root.startsWith(out)) {
            return "Thư mục xuất " + out + " trùng hoặc chứa thư mục gốc " + root + ": hãy chọn thư mục khác (--out).";
        }
        for (String name : SOURCES) {
            Path source = root.resolve(name);
            if (source.startsWith(out) || out.startsWith(source)) {
                return "Thư mục xuất " + out + " trùng, chứa hoặc nằm trong " + name + "/: hãy chọn thư mục khác (--out).";
            }
        }
        return null;
    }
}
