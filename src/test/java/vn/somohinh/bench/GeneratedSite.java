package vn.somohinh.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import vn.somohinh.cli.SiteBuild;

/**
 * A site root under {@code work}: generated data (RegistryGenerator) with the project's templates, content and
 * assets, built.
 */
final class GeneratedSite {
    private GeneratedSite() {
    }

    /** Writes {@code units} units and {@code years} campaigns, builds with SOURCE_DATE_EPOCH {@code epoch}: the output. */
    static Path built(Path work, RegistryGenerator generator, int units, int years, String epoch) throws IOException {
        Path root = work.resolve("root");
        generator.write(root.resolve("data"), units, years);
        for (String shared : new String[] {"templates", "content", "assets"}) {
            PathUtils.copyDirectory(Path.of(shared), root.resolve(shared));
        }
        return SiteBuild.build(root, work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", epoch));
    }
}
