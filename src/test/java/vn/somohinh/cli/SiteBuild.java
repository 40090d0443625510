package vn.somohinh.cli;

import java.nio.file.Path;
import java.util.Map;

/** Builds a fixture site (or any root) into a folder, through the command line, for the site tests. */
public final class SiteBuild {
    private SiteBuild() {
    }

    /** Composes the scenario under {@code work}, builds it into {@code work/out}, returns the output folder. */
    public static Path scenario(String scenario, Path work) throws java.io.IOException {
        Path root = FixtureSite.compose(scenario, work.resolve("site"));
        return build(root, work.resolve("out"), FixtureSite.env(scenario));
    }

    public static Path build(Path root, Path out, Map<String, String> env) {
        Run run = Run.of(env, "build", "--root", root.toString(), "--out", out.toString());
        if (run.exit() != 0) {
            throw new AssertionError("build failed (" + run.exit() + "):\n" + run.out() + run.err());
        }
        return out;
    }

    /** What {@code validate} prints for a root, with the fixtures' reference date. */
    public static String validateOutput(Path root) {
        Run run = Run.of(Map.of(), "validate", "--root", root.toString());
        return run.exit() + "\n" + run.out();
    }

    public static Path compose(String scenario, Path target) {
        return FixtureSite.compose(scenario, target);
    }
}
