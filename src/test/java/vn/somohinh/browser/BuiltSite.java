package vn.somohinh.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import vn.somohinh.cli.SiteBuild;

/** The default data's site, built once per test JVM for the browser tests, deleted when the JVM ends. */
final class BuiltSite {
    private static Path output;

    private BuiltSite() {
    }

    static synchronized Path defaultSite() {
        if (output == null) {
            try {
                Path work = Files.createTempDirectory("so-mo-hinh-site-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        PathUtils.deleteDirectory(work);
                    } catch (IOException ignored) {
                        // best effort: it is a temporary folder
                    }
                }));
                output = SiteBuild.build(Path.of("."), work.resolve("site"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }
}
