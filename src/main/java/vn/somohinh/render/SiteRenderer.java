package vn.somohinh.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.somohinh.model.Site;

/**
 * Writes the site into a folder. For now a single plain index page listing the registry; the full site (JBake,
 * one page per model, unit, directive and campaign) replaces it.
 */
public final class SiteRenderer {
    private static final Configuration TEMPLATES = Templates.safeConfiguration(SiteRenderer.class, "");

    private SiteRenderer() {
    }

    public static void render(Site site, Path folder) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("index.html"), StandardCharsets.UTF_8)) {
            TEMPLATES.getTemplate("plain-index.ftlh").process(Map.of("site", site), w);
        } catch (TemplateException e) {
            throw new IOException("render: trang chủ: " + e.getMessage(), e);
        }
    }
}
