package vn.somohinh.render;

import java.util.ArrayList;
import java.util.List;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.DirectiveView;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.Site;
import vn.somohinh.model.UnitView;

/** Every page's site-relative path, registry pages and content/ pages, sorted: the sitemap's list. */
final class Sitemap {
    private final List<String> contentPages;
    private final Site site;

    /** {@code contentPages}: the paths JBake wrote content/'s pages to ("gioi-thieu/index.html"). */
    Sitemap(List<String> contentPages, Site site) {
        this.contentPages = contentPages;
        this.site = site;
    }

    List<String> urls() {
        List<String> paths = new ArrayList<>(List.of("", "don-vi/", "van-ban/", "dot-dang-ky/", "qua-cac-nam/", "tao-ho-so/"));
        ModelsPage.split(site.models()).forEach(p -> paths.add(p.path()));
        site.modelPages().stream().map(ModelView::ref).forEach(r -> paths.add(r.path()));
        site.units().stream().map(UnitView::ref).forEach(r -> paths.add(r.path()));
        site.directives().stream().map(DirectiveView::ref).forEach(r -> paths.add(r.path()));
        for (CampaignView c : site.campaigns()) {
            paths.add(c.ref().path());
            paths.add(c.ref().deskPath());
            paths.add(c.ref().path() + "bao-cao/");
            paths.add(c.agenda().path());
        }
        for (String page : contentPages) {
            // JBake gives "gioi-thieu/index.html"; the site links to folders.
            paths.add(page.replaceFirst("(^|/)index\\.html$", "$1"));
        }
        paths.sort(null);
        return List.copyOf(paths);
    }
}
