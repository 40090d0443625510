package vn.somohinh.render;

import freemarker.template.Configuration;
import java.nio.file.Path;
import vn.somohinh.model.Site;

/**
 * What the JBake extensions need during one bake: JBake creates them by reflection and ServiceLoader, so they find
 * the Site and the template configuration here. JBake keeps global state, so there is one bake at a time.
 */
final class BakeSession {
    private static final Object LOCK = new Object();
    private static BakeSession current;

    final Site site;
    final Configuration templates;
    final Path output;

    private BakeSession(Site site, Configuration templates, Path output) {
        this.site = site;
        this.templates = templates;
        this.output = output;
    }

    /** Runs {@code bake} with this session visible to the extensions; never two at once. */
    static void with(Site site, Configuration templates, Path output, Runnable bake) {
        synchronized (LOCK) {
            current = new BakeSession(site, templates, output);
            try {
                bake.run();
            } finally {
                current = null;
            }
        }
    }

    static BakeSession current() {
        if (current == null) {
            throw new IllegalStateException("no bake is running");
        }
        return current;
    }
}
