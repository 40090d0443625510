package vn.somohinh.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import vn.somohinh.model.PageFrame;
import vn.somohinh.model.Site;
import vn.somohinh.problem.SourceFault;

/**
 * Writes one page from a template: the data model every template sees, and the file in the output folder. A page
 * about one thing ({@link #page}) sees only its view and the {@link PageFrame}, and is taken over from the previous
 * build when neither they nor its templates changed ({@link Reuse}); a page about the whole site ({@link #write})
 * sees the Site and is made every time.
 */
final class PageWriter {
    private static final Markdown MARKDOWN = new Markdown();
    private final Configuration templates;
    private final Site site;
    private final Path output;
    private final Folders folders;
    private final Reuse reuse;
    private final TemplateKeys templateKeys;
    private final Fingerprint fingerprint;
    private final PageFrame frame;

    PageWriter(Configuration templates, Site site, Path output, Folders folders, Reuse reuse,
               TemplateKeys templateKeys, Fingerprint fingerprint) {
        this.templates = templates;
        this.site = site;
        this.output = output;
        this.folders = folders;
        this.reuse = reuse;
        this.templateKeys = templateKeys;
        this.fingerprint = fingerprint;
        this.frame = PageFrame.of(site);
    }

    /** What every page's frame shows (model/PageFrame), as the pages about one thing see the site. */
    PageFrame frame() {
        return frame;
    }

    /**
     * Renders the page of one thing ({@code view}) to {@code path}, or takes it over from the previous build when it
     * was made from the same view, frame and templates.
     */
    void page(String template, String path, Object view) {
        String file = file(path);
        String key = key(template, path, view);
        if (reuse.take(file, key)) {
            return;
        }
        framed(template, path, view, output.resolve(file));
        reuse.made(file, key, output.resolve(file));
    }

    /** What a page about one thing is made from: its templates, its path, the frame and its view. */
    private String key(String template, String path, Object view) {
        return fingerprint.of(templateKeys.of(template), path, frame, view);
    }

    /** Renders the page of one thing: it sees its view and the frame, never the whole Site. */
    private void framed(String template, String path, Object view, Path target) {
        Map<String, Object> model = base(frame, rootFrom(path));
        model.put("page", view);
        model.put("here", path);
        render(template, model, target);
    }

    /**
     * As {@link #page}, for a file every staged build must hold (the sitemap; publish/Publisher checks for it): when
     * it was made from the same inputs, the published copy is copied into the build instead of rendered again.
     */
    void requiredPage(String template, String path, Object view) {
        String file = file(path);
        String key = key(template, path, view);
        Path target = output.resolve(file);
        try {
            folders.make(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("render: " + file, e);
        }
        if (reuse.copy(file, key, target)) {
            return;
        }
        framed(template, path, view, target);
        reuse.made(file, key, target);
    }

    private static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * Renders {@code template} to {@code path} (site-relative; a path ending in "/" gets index.html).
     * {@code page} is what the template is about; {@code root} is the way back to the site root from there.
     */
    void write(String template, String path, Object page) {
        String file = file(path);
        Map<String, Object> model = base(site, rootFrom(path));
        model.put("page", page);
        model.put("here", path);
        render(template, model, output.resolve(file));
        reuse.made(file, null, output.resolve(file));
    }

    /** The data model shared by every page: the site (or a page's frame), the way to its root, the Markdown method. */
    static Map<String, Object> base(Object site, String root) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("root", root);
        model.put("md", MARKDOWN);
        return model;
    }

    void render(String template, Map<String, Object> model, Path target) {
        try {
            folders.make(target.getParent());
            // Freemarker writes many small pieces: into a StringBuilder, out to the file a chunk at a time.
            try (Utf8Chunks page = new Utf8Chunks(Files.newOutputStream(target))) {
                templates.getTemplate(template).process(model, page);
            }
        } catch (TemplateException | IOException e) {
            String page = output.relativize(target).toString().replace(java.io.File.separatorChar, '/');
            SourceFault fault = TemplateFaults.of(e, page);
            if (fault != null) {
                throw fault;
            }
            throw new UncheckedIOException("render: " + page, (IOException) e);
        }
    }

    /** "../" once per folder of a site-relative path: "mo-hinh/2023/a/b/" → "../../../../"; "./" at the root. */
    static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
