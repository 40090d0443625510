package vn.somohinh.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.io.output.StringBuilderWriter;
import vn.somohinh.model.Site;

/** Writes one page from a template: the data model every template sees, and the file in the output folder. */
final class PageWriter {
    private static final Markdown MARKDOWN = new Markdown();
    private final Configuration templates;
    private final Site site;
    private final Path output;
    private final Folders folders;

    PageWriter(Configuration templates, Site site, Path output) {
        this(templates, site, output, new Folders(output));
    }

    PageWriter(Configuration templates, Site site, Path output, Folders folders) {
        this.templates = templates;
        this.site = site;
        this.output = output;
        this.folders = folders;
    }

    /**
     * Renders {@code template} to {@code path} (site-relative; a path ending in "/" gets index.html).
     * {@code page} is what the template is about; {@code root} is the way back to the site root from there.
     */
    void write(String template, String path, Object page) {
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Map<String, Object> model = base(site, rootFrom(path));
        model.put("page", page);
        model.put("here", path);
        render(template, model, output.resolve(file));
    }

    /** The data model shared by every page: the site, the way to its root, the Markdown method. */
    static Map<String, Object> base(Site site, String root) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("root", root);
        model.put("md", MARKDOWN);
        return model;
    }

    void render(String template, Map<String, Object> model, Path target) {
        try {
            // The page is made in memory, then written in one call: Freemarker writes many small pieces, and an
            // encoding file writer costs more per piece than an unsynchronised StringBuilder.
            StringBuilderWriter page = new StringBuilderWriter(8192);
            templates.getTemplate(template).process(model, page);
            folders.make(target.getParent());
            Files.write(target, page.toString().getBytes(StandardCharsets.UTF_8));
        } catch (TemplateException e) {
            throw new IllegalStateException("render: " + output.relativize(target) + ": " + describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("render: " + output.relativize(target), e);
        }
    }

    /** A template error in one line: where in which template, and what, without Freemarker's tips. */
    static String describe(TemplateException e) {
        String what = e.getMessageWithoutStackTop();
        int tip = what.indexOf("----");
        if (tip > 0) {
            what = what.substring(0, tip);
        }
        return "templates/" + e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                + what.replaceAll("\\s+", " ").strip();
    }

    /** "../" once per folder of a site-relative path: "mo-hinh/2023/a/b/" → "../../../../"; "./" at the root. */
    static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
