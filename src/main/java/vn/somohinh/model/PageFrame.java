package vn.somohinh.model;

import java.util.List;
import vn.somohinh.model.Refs.CampaignRef;
import vn.somohinh.model.Refs.DirectiveRef;

/**
 * The part of the Site that a page about one thing (a model, a unit, a directive, a campaign) may read besides its
 * own view: what the frame of every page shows (templates/layout.ftlh: the titles, the review desk's link, the
 * newest data, the last commit) and the directives a model page's decision panel offers. Such a page is given this
 * instead of the Site, so that it cannot depend on anything else, and it changes only when its view or this frame
 * does: the render stage rewrites it only then.
 */
public record PageFrame(SiteInfo info, Current current, Day updated, Site.Git git, List<Listed> directives) {
    /** The newest campaign, as the navigation links its review desk; null when there is none. */
    public record Current(CampaignRef ref) {
    }

    /** A directive as the panel lists it. */
    public record Listed(DirectiveRef ref) {
    }

    public static PageFrame of(Site site) {
        return new PageFrame(site.info(), site.current() == null ? null : new Current(site.current().ref()),
                site.updated(), site.git(), site.directives().stream().map(d -> new Listed(d.ref())).toList());
    }
}
