package vn.somohinh.render;

import freemarker.template.Configuration;
import java.nio.file.Path;
import java.util.List;
import vn.somohinh.model.Site;

/**
 * What the JBake extensions need during one bake: JBake creates them by reflection and ServiceLoader, so they find
 * the Site and the template configuration here. JBake keeps global state, so there is one bake at a time.
 */
final class BakeSession {
    private static final Object LOCK = new Object();
    /** Held while an OrientDB store starts or bakes: JBake's and the warm-up's stores never start at once. */
    private static final Object STORE = new Object();
    private static BakeSession current;

    final Site site;
    final Configuration templates;
    final Path output;
    final Reuse reuse;
    final TemplateKeys templateKeys;
    final Fingerprint fingerprint;
    /** The folders made in {@link #output}, shared by the page and document writers. */
    final Folders folders;
    /** The writer of the registry's pages, shared by the jobs beside the bake and the sitemap inside it. */
    final PageWriter pages;
    /** The paths of the content pages JBake wrote in this bake (its own thread's, inside the bake). */
    final List<String> contentPages = new java.util.ArrayList<>();
    /** The first template fault of a content page: JBake keeps only its errors' texts, not their causes. */
    private final java.util.concurrent.atomic.AtomicReference<vn.somohinh.problem.SourceFault> contentFault =
            new java.util.concurrent.atomic.AtomicReference<>();

    private BakeSession(Site site, Configuration templates, Path output, Reuse reuse, TemplateKeys templateKeys,
                        Fingerprint fingerprint) {
        this.site = site;
        this.templates = templates;
        this.output = output;
        this.reuse = reuse;
        this.templateKeys = templateKeys;
        this.fingerprint = fingerprint;
        this.folders = new Folders(output);
        this.pages = new PageWriter(templates, site, output, folders, reuse, templateKeys, fingerprint);
    }

    /**
     * Runs {@code bake} with this session visible to the extensions; never two at once. The JVM's default locale is
     * neutral meanwhile, so that no file written during the bake (report files included) depends on the machine,
     * and because JBake's store (OrientDB, through jffi) builds a native library's file name with the default
     * locale's digits, and under ar_EG looks for "libjffi-١.٢.so" and fails.
     */
    static void with(Site site, Configuration templates, Path output, Reuse reuse, TemplateKeys templateKeys,
                     Fingerprint fingerprint, Runnable bake) {
        synchronized (LOCK) {
            java.util.Locale locale = java.util.Locale.getDefault();
            current = new BakeSession(site, templates, output, reuse, templateKeys, fingerprint);
            try {
                java.util.Locale.setDefault(java.util.Locale.ROOT);
                bake.run();
            } finally {
                current = null;
                java.util.Locale.setDefault(locale);
            }
        }
    }

    /** Runs {@code work} (documents written apart from a bake) under the bake's neutral locale, never beside a bake. */
    static void withNeutralLocale(Runnable work) {
        synchronized (LOCK) {
            java.util.Locale locale = java.util.Locale.getDefault();
            try {
                java.util.Locale.setDefault(java.util.Locale.ROOT);
                work.run();
            } finally {
                java.util.Locale.setDefault(locale);
            }
        }
    }

    /**
     * Runs {@code work} (the store's warm-up, or JBake's own bake) while no other store starts. The warm-up does not
     * take the bake's lock: a bake writes its pages and documents meanwhile and waits only when JBake needs its store.
     * The locale the bake sets (ROOT) is one the warm-up starts under too (StoreWarmUp.plainLocale).
     */
    static void withStore(Runnable work) {
        synchronized (STORE) {
            work.run();
        }
    }

    /** Keeps {@code fault} if it is the bake's first (SafeFreemarkerEngine), for {@link #throwContentFault}. */
    void contentFault(vn.somohinh.problem.SourceFault fault) {
        contentFault.compareAndSet(null, fault);
    }

    /** After JBake's bake: a content page's template fault, thrown as itself. */
    void throwContentFault() {
        vn.somohinh.problem.SourceFault fault = contentFault.get();
        if (fault != null) {
            throw fault;
        }
    }

    static BakeSession current() {
        if (current == null) {
            throw new IllegalStateException("no bake is running");
        }
        return current;
    }
}
