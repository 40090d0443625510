package vn.somohinh.model;

/**
 * The registry's identity from site.yaml. {@code basePath} always starts and ends with "/" (the path prefix the site
 * is served under); {@code repoUrl} may be null; {@code feedId} is a stable URN for the Atom feed; {@code siteUrl} is
 * the absolute address of the home page from {@code dia_chi_trang}, ending in "/", or null; {@code registrationSchema}
 * is the schema a new registration file names in its first line (the form writes it); {@code forge} is the forge's
 * name ("Forgejo") and {@code newFileLink} the template of its new-file editor (forge/Links#newFileTemplate), both null
 * without a repository.
 */
public record SiteInfo(String title, String organisation, String parentOrganisation, String basePath,
                       String repoUrl, String feedId, String siteUrl, String registrationSchema, String forge,
                       String newFileLink) {

    /** Where the feed's and the sitemap's links start: the site's public address, else its path prefix. */
    public String linkBase() {
        return siteUrl != null ? siteUrl : basePath;
    }
}
