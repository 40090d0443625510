package vn.somohinh.load;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the site lives: its path prefix ({@code duong_dan_goc}), its public address ({@code dia_chi_trang}) when
 * site.yaml gives one, and the schema line that starts each data file. Shared by the model stage (feed, sitemap),
 * the {@code new} scaffold and the tests that keep the committed data files' first lines in step.
 */
public final class SiteAddress {
    /** Where the build publishes the schemas, from the site's root. */
    public static final String SCHEMA_FOLDER = "du-lieu/schema/";
    private static final String MODELINE = "# yaml-language-server: $schema=";

    private SiteAddress() {
    }

    /** The path prefix with one leading and one trailing "/": "so-mo-hinh" and "/so-mo-hinh/" both give the latter. */
    public static String basePath(String written) {
        if (written == null || written.isBlank()) {
            return "/";
        }
        String trimmed = written.strip().replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
    }

    /**
     * The absolute address of the site's home page, ending in "/", or null when site.yaml gives none. The prefix is
     * added when the address does not already end with it: {@code https://x.vn} and {@code https://x.vn/so-mo-hinh/}
     * with {@code duong_dan_goc: /so-mo-hinh/} both give the latter. Query and fragment are dropped.
     */
    public static String root(SiteConfig site) {
        if (site == null || site.diaChiTrang() == null || !ValueType.isWebUrl(site.diaChiTrang())) {
            return null;
        }
        try {
            URI uri = new URI(site.diaChiTrang().strip());
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String prefix = basePath(site.duongDanGoc()).replaceAll("/+$", "");
            if (!path.endsWith(prefix)) {
                path += prefix;
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority() + path + "/";
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The schema file for a data file ("data/units.yaml" → "units.schema.json"), or null for a file of no kind. */
    public static String schemaFile(String dataPath) {
        if (dataPath.equals("data/site.yaml") || dataPath.equals("data/units.yaml") || dataPath.equals("data/directives.yaml")) {
            return dataPath.substring(5, dataPath.length() - 5) + ".schema.json";
        }
        if (dataPath.startsWith("data/campaigns/")) {
            return "campaign.schema.json";
        }
        if (dataPath.startsWith("data/registrations/")) {
            return "registration.schema.json";
        }
        return dataPath.startsWith("data/reviews/") ? "review.schema.json" : null;
    }

    /** The first line a data file should have ({@link #schemaRef}), or null for a file of no kind. */
    public static String modeline(SiteConfig site, String dataPath) {
        String ref = schemaRef(site, dataPath);
        return ref == null ? null : MODELINE + ref;
    }

    /**
     * The schema a data file names in its first line: the one under the site's public address where site.yaml gives
     * one (web editors load only absolute addresses), else the committed copy under schema/, relative to the file.
     */
    public static String schemaRef(SiteConfig site, String dataPath) {
        String file = schemaFile(dataPath);
        if (file == null) {
            return null;
        }
        String root = root(site);
        if (root != null) {
            return root + SCHEMA_FOLDER + file;
        }
        int depth = (int) dataPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + "schema/" + file;
    }
}
