package vn.somohinh.render;

import java.io.File;
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
import vn.somohinh.model.Site;

/**
 * JBake's extension point (a RenderingTool found by ServiceLoader) adding the registry's pages, straight from the
 * Site model: one template call per page, so the time grows with the number of pages, never with its square.
 */
public final class RegistryPages implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.current();
        Site site = session.site;
        PageWriter out = new PageWriter(session.templates, site, session.output);
        int pages = 0;
        out.write("home.ftlh", "", site);
        List<ModelsPage> tables = ModelsPage.split(site.models());
        for (ModelsPage table : tables) {
            out.write("models.ftlh", table.path(), table);
        }
        // Pages are independent and templates thread-safe: the two largest kinds are written on every core.
        Parallel.forEach(site.modelPages(), m -> out.write("model.ftlh", m.ref().path(), m));
        out.write("units.ftlh", "don-vi/", site.unitGroups());
        Parallel.forEach(site.units(), u -> out.write("unit.ftlh", u.ref().path(), u));
        out.write("directives.ftlh", "van-ban/", site.directives());
        for (DirectiveView d : site.directives()) {
            out.write("directive.ftlh", d.ref().path(), d);
        }
        out.write("campaigns.ftlh", "dot-dang-ky/", site.campaigns());
        out.write("form.ftlh", "tao-ho-so/", site);
        for (CampaignView c : site.campaigns()) {
            out.write("campaign.ftlh", c.ref().path(), c);
            out.write("review.ftlh", c.ref().deskPath(), c);
        }
        for (vn.somohinh.model.ReportView r : site.reports()) {
            out.write("report.ftlh", r.campaign().ref().path() + "bao-cao/", r);
        }
        pages += 5 + tables.size() + site.modelPages().size() + site.units().size() + site.directives().size() + 3 * site.campaigns().size();
        // The 404 page is served at any depth: its links start from the site's path prefix, not from its own place.
        Map<String, Object> notFound = PageWriter.base(site, site.info().basePath());
        notFound.put("page", site);
        notFound.put("here", "404.html");
        out.render("404.ftlh", notFound, session.output.resolve("404.html"));
        out.write("sitemap.ftlx", "sitemap.xml", new Sitemap(db, site).urls());
        out.write("feed.ftlx", "feed.xml", site.feed());
        try {
            SearchData.write(site, session.output);
            ReportFiles.write(site.reports(), session.output);
            for (Map.Entry<String, String> schema : site.schemas().entrySet()) {
                java.nio.file.Path file = session.output.resolve("du-lieu/schema/" + schema.getKey());
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, schema.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw new RenderingException("render: " + e.getMessage(), e);
        }
        return pages + 3;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 calls the JBakeConfiguration variant");
    }
}
