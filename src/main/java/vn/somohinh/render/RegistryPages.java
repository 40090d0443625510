package vn.somohinh.render;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.DirectiveView;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.ReportView;
import vn.somohinh.model.Site;
import vn.somohinh.model.UnitView;

/**
 * The registry's pages, straight from the Site model: one template call per page, so the time grows with the number
 * of pages, never with its square. Written beside JBake's bake ({@link #jobs}); the sitemap, which lists JBake's own
 * pages too, through JBake's extension point (a RenderingTool found by ServiceLoader).
 */
public final class RegistryPages implements RenderingTool {

    /**
     * Inside JBake's bake: the sitemap, whose list reads JBake's content store (its sessions belong to this thread).
     * It changes only when a page comes or goes, so it is written as a page about its list, copied from the
     * published site when the list is the same (PageWriter.requiredPage): at 52,000 models, 52,000 lines not
     * rendered again on every save. Every other page is under way already ({@link #jobs}, SiteRenderer).
     */
    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.current();
        for (org.jbake.model.DocumentModel doc : db.getPublishedPages()) {
            session.contentPages.add(doc.getUri());
        }
        try {
            sitemap(session, session.contentPages);
        } catch (UncheckedIOException e) {
            throw new RenderingException("render: " + e.getCause().getMessage(), e.getCause());
        }
        return 1;
    }

    /** The sitemap, listing JBake's {@code contentPages} (site paths) beside the registry's pages. */
    static void sitemap(BakeSession session, List<String> contentPages) {
        session.pages.requiredPage("sitemap.ftlx", "sitemap.xml", new Sitemap(contentPages, session.site).urls());
    }

    /**
     * Every registry page but the sitemap, independent of each other and of JBake (templates are thread-safe): one
     * list for every core, the longest jobs (search data, large listing pages) first.
     */
    static List<Parallel.Job> jobs(BakeSession session) {
        Site site = session.site;
        PageWriter out = session.pages;
        List<Parallel.Job> jobs = new ArrayList<>();
        Remembered remembered = session.reuse.remembered();
        jobs.add(() -> remembered.keepSearchRows(SearchData.write(site, session.output, remembered.searchRowsBefore(),
                remembered.remembers())));
        for (CampaignView c : site.campaigns()) {
            jobs.add(() -> out.page("campaign.ftlh", c.ref().path(), c));
            jobs.add(() -> out.page("review.ftlh", c.ref().deskPath(), c));
            jobs.add(() -> out.page("agenda.ftlh", c.agenda().path(), c));
        }
        for (DirectiveView d : site.directives()) {
            jobs.add(() -> out.page("directive.ftlh", d.ref().path(), d));
        }
        jobs.add(() -> out.write("units.ftlh", "don-vi/", site.unitGroups()));
        for (ModelsPage table : ModelsPage.split(site.models())) {
            jobs.add(() -> out.page("models.ftlh", table.path(), table));
        }
        for (ReportView r : site.reports()) {
            jobs.add(() -> out.page("report.ftlh", r.campaign().ref().path() + "bao-cao/", r));
        }
        jobs.add(() -> out.write("home.ftlh", "", site));
        jobs.add(() -> out.write("directives.ftlh", "van-ban/", site.directives()));
        jobs.add(() -> out.write("campaigns.ftlh", "dot-dang-ky/", site.campaigns()));
        jobs.add(() -> out.write("years.ftlh", "qua-cac-nam/", site.years()));
        jobs.add(() -> out.write("form.ftlh", "tao-ho-so/", site));
        jobs.add(() -> out.write("feed.ftlx", "feed.xml", site.feed()));
        jobs.add(() -> notFound(out, site, session.output));
        for (Map.Entry<String, String> schema : site.schemas().entrySet()) {
            jobs.add(() -> {
                Path file = session.output.resolve("du-lieu/schema/" + schema.getKey());
                session.folders.make(file.getParent());
                Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
            });
        }
        for (ModelView m : site.modelPages()) {
            jobs.add(() -> out.page("model.ftlh", m.ref().path(), m));
        }
        for (UnitView u : site.units()) {
            jobs.add(() -> out.page("unit.ftlh", u.ref().path(), u));
        }
        return jobs;
    }

    /** The 404 page is served at any depth: its links start from the site's path prefix, not from its own place. */
    private static void notFound(PageWriter out, Site site, Path output) {
        Map<String, Object> model = PageWriter.base(site, site.info().basePath());
        model.put("page", site);
        model.put("here", "404.html");
        out.render("404.ftlh", model, output.resolve("404.html"));
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls the JBakeConfiguration variant");
    }
}
