package vn.somohinh.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The npm tools the tests drive (package.json, installed by {@code npm ci} in .ci/run): whether one can run here. */
public final class NpmTool {
    private NpmTool() {
    }

    /** Why the npm package that installed {@code file} cannot run here (the file or Node missing), or null. */
    public static String unavailable(Path file) {
        if (!Files.isRegularFile(file)) {
            return file + " is missing (run npm ci)";
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "node"))) {
                return null;
            }
        }
        return "node is not on the PATH";
    }
}
