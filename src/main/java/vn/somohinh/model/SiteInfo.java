package vn.somohinh.model;

/**
 * The registry's identity from site.yaml. {@code basePath} always starts and ends with "/" (the path prefix the site
 * is served under); {@code repoUrl} may be null; {@code feedId} is a stable URN for the Atom feed.
 */
public record SiteInfo(String title, String organisation, String parentOrganisation, String basePath,
                       String repoUrl, String feedId) {
}
