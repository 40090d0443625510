package vn.somohinh.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import vn.somohinh.model.Site;
import vn.somohinh.report.Documents;

/**
 * The render stage: JBake bakes content/, templates/ and assets/ into a folder, and the registry's pages are added
 * through its RenderingTool extension point ({@link RegistryPages}), fed from the Site model.
 */
public final class SiteRenderer {
    /** OrientDB (JBake's content store) warns through java.util.logging about its in-memory defaults; kept referenced so the level holds. */
    private static final java.util.logging.Logger ORIENT = java.util.logging.Logger.getLogger("com.orientechnologies");
    private static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";

    static {
        ORIENT.setLevel(java.util.logging.Level.SEVERE);
        // The store lives in memory for one run and is never opened by anyone else: hashing its default users'
        // passwords 65,536 times was a quarter of a small site's build.
        // (OrientDB reads its settings from system properties when it loads, which is after this.)
        System.setProperty("security.userPasswordSaltIterations", "1");
        // POI asks for a new XML transformer factory for every part of every document it saves; without this
        // property each request searched every jar of the classpath for a provider (checking a signed jar's
        // manifest each time) before taking the JDK's own: 6% of a 52,000-model build's CPU. Named here, it is
        // the same factory, found at once; a factory chosen on the command line is kept.
        if (System.getProperty(TRANSFORMER) == null) {
            System.setProperty(TRANSFORMER, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private SiteRenderer() {
    }

    /**
     * Starts JBake's content store once on a spare core, while the data is loaded and checked (render/StoreWarmUp):
     * a second of a small site's build; the bake waits for it. Not when the build will most likely take over what
     * JBake wrote last time and start no store at all (render/JBakePart): {@code last}, the previous build's state;
     * {@code head}, HEAD's commit or null. Returns at once.
     */
    public static void warmUp(Path root, Reuse last, String head) {
        if (!JBakePart.likelyTakenOver(root, last, head)) {
            StoreWarmUp.start();
        }
    }

    public static void render(Site site, Path root, Path folder) throws IOException {
        render(site, root, folder, Reuse.none());
    }

    /**
     * Renders the site into {@code folder}, taking over from the previous build ({@code reuse}) every page and
     * document whose inputs are unchanged.
     */
    public static void render(Site site, Path root, Path folder, Reuse reuse) throws IOException {
        bake(site, root, folder, reuse, true);
    }

    /**
     * As {@link #render}, the pages only: each document stays as the previous build left it (its entry carried into
     * this build's, so that it is neither deleted nor taken for new), and the returned {@link DeferredDocuments}
     * makes the ones whose inputs changed afterwards. For serve, whose page reloads before the campaign's report and
     * exports of 10,000 rows are made again (a third of a save's work at national scale).
     */
    public static DeferredDocuments renderPages(Site site, Path root, Path folder, Reuse reuse) throws IOException {
        return bake(site, root, folder, reuse, false);
    }

    private static DeferredDocuments bake(Site site, Path root, Path folder, Reuse reuse, boolean documents)
            throws IOException {
        Path templates = root.resolve("templates");
        TemplatePolicy.enforce(templates);
        Files.createDirectories(folder);
        Remembered remembered = reuse.remembered();
        Fingerprint fingerprint = remembered.remembers() ? new Fingerprint(remembered.digestsBefore()) : new Fingerprint();
        TemplateKeys templateKeys = new TemplateKeys(templates);
        JBakePart jbake = JBakePart.of(root, site, templateKeys, fingerprint);
        // What JBake wrote last time, taken over whole when its inputs are the same: then no store, no bake.
        List<String> contentPages = jbake.takeOver(reuse);
        Oven oven = contentPages == null ? new Oven(configure(root, folder)) : null;
        // Listed under the bake's neutral locale, as they are written.
        List<List<Documents.Document>> listed = new java.util.ArrayList<>();
        try {
            BakeSession.with(site, Templates.forFolder(templates), folder, reuse, templateKeys, fingerprint, () -> {
                List<Documents.Document> all = Documents.of(site.reports(), site.forms(), site.modelPages());
                listed.add(all);
                bakeBesideReports(oven, contentPages, documents ? all : List.of());
                afterBake(root, folder, jbake, oven == null ? null : BakeSession.current().contentPages, all);
            });
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("render: " + e.getCause().getMessage(), e.getCause());
        }
        List<Throwable> errors = oven == null ? List.of() : oven.getErrors();
        if (!errors.isEmpty()) {
            Throwable first = errors.get(0);
            throw new IOException("render: " + errors.size() + " lỗi khi dựng trang, lỗi đầu: " + first.getMessage(), first);
        }
        reuse.remembered().keepDigests(fingerprint.remembered());
        if (documents) {
            return null;
        }
        listed.get(0).forEach(d -> reuse.carry(d.path()));
        return new DeferredDocuments(listed.get(0), fingerprint);
    }

    /**
     * Refuses a file of content/ or assets/ that lands where the registry writes (render/ContentPaths), then a
     * content page's template fault (JBake keeps its errors' texts only), then, when
     * JBake baked ({@code baked}: its content pages), records what it wrote for the next build (render/JBakePart).
     */
    private static void afterBake(Path root, Path folder, JBakePart jbake, List<String> baked,
                                  List<Documents.Document> documents) {
        Reuse reuse = BakeSession.current().reuse;
        java.util.Set<String> documentPaths = new java.util.HashSet<>();
        documents.forEach(d -> documentPaths.add(d.path()));
        try {
            ContentPaths.refuseClashes(root, path -> reuse.recordedByRegistry(path) || documentPaths.contains(path)
                    || path.startsWith(ContentPaths.DATA_FILES));
            // After the clashes: a content file on a registry page's path is the fault to name, not its page.
            BakeSession.current().throwContentFault();
            if (baked != null) {
                jbake.record(reuse, root, folder, java.util.Set.copyOf(baked));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The report files and the registry's pages (all but the sitemap) need neither JBake nor its store: they are
     * written while the store starts (render/StoreWarmUp, then JBake's own) and while JBake bakes content/ (loading
     * Apache POI alone takes two seconds). The sitemap, which lists JBake's pages, is made inside the bake, or beside
     * the pages from {@code contentPages} when JBake's files were taken over ({@code oven} null).
     */
    private static void bakeBesideReports(Oven oven, List<String> contentPages, List<Documents.Document> documents) {
        BakeSession session = BakeSession.current();
        Parallel.Running reports = Parallel.start(DocumentFiles.jobs(documents, session.output, session.folders,
                session.reuse, session.fingerprint, () -> false));
        List<Parallel.Job> jobs = new java.util.ArrayList<>(RegistryPages.jobs(session));
        if (oven == null) {
            jobs.add(() -> RegistryPages.sitemap(session, contentPages));
        }
        Parallel.Running pages = Parallel.start(jobs);
        try {
            if (oven != null) {
                BakeSession.withStore(() -> {
                    QuietOrient.started();
                    oven.bake();
                });
            }
        } catch (RuntimeException | Error e) {
            pages.abandon(e);
            reports.abandon(e);
            throw e;
        }
        try {
            pages.await();
        } catch (RuntimeException e) {
            reports.abandon(e);
            throw e;
        }
        reports.await();
    }

    /** JBake's settings are fixed here, not in a jbake.properties that could point JBake at data/. */
    private static DefaultJBakeConfiguration configure(Path root, Path folder) throws IOException {
        Path content = root.resolve("content");
        Files.createDirectories(folder);
        DefaultJBakeConfiguration c = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), folder.toFile(), true);
        c.setContentFolder(Files.isDirectory(content) ? content.toFile() : emptyFolder(folder, "content"));
        c.setTemplateFolder(root.resolve("templates").toFile());
        c.setAssetFolder(root.resolve("assets").toFile());
        // JBake reads every YAML file of its data folder with SnakeYAML's unsafe loader: never ours.
        c.setDataFolder(emptyFolder(folder, "jbake-data"));
        c.setDatabaseStore("memory");
        c.setDefaultStatus("published");
        c.setDefaultType("page");
        c.setUriWithoutExtension(true);
        c.setPrefixForUriWithoutExtension("/");
        c.setTemplateFileNameForDocType("page", "page.ftlh");
        for (String off : List.of("render.index", "render.feed", "render.archive", "render.tags", "render.sitemap",
                "render.error404", "render.tagsindex")) {
            c.setProperty(off, false);
        }
        return c;
    }

    /** An empty folder outside the output, deleted with the staging folder's parent clean-up. */
    private static File emptyFolder(Path folder, String name) throws IOException {
        Path dir = folder.resolveSibling(folder.getFileName() + "." + name);
        Files.createDirectories(dir);
        return dir.toFile();
    }
}
