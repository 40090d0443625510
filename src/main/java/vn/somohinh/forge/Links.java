package vn.somohinh.forge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The addresses of a repository's web pages on its forge, for one branch: a file's editor and history, the editor of a
 * new file filled with a text, and the comparison of two branches (where a pull or merge request starts).
 *
 * <pre>
 *            edit                    history                         new file                          compare
 * GitHub     /edit/B/P               /commits/B/P                    /new/B/D?filename=N&amp;value=T       /compare/A...H
 * GitLab     /-/edit/B/P             /-/commits/B/P                  /-/new/B/D?file_name=N&amp;content=T  /-/compare/A...H
 * Gitea,     /_edit/B/P              /commits/branch/B/P             /_new/B/D?filename=N&amp;value=T      /compare/A...H
 * Forgejo
 * </pre>
 * A commit's page is /commit/C (GitLab: /-/commit/C); A and H of a comparison may be branches or commit ids.
 *
 * @param repo   the repository's address, without a final "/"
 * @param branch the branch the links open
 */
public record Links(Forge forge, String repo, String branch) {
    public Links {
        repo = repo.endsWith("/") ? repo.substring(0, repo.length() - 1) : repo;
    }

    /** The parts of a forge's addresses after the repository's, the one table of what differs (see above). */
    private record Routes(String edit, String history, String create, String commit, String compare, String nameKey,
                          String textKey) {
        static Routes of(Forge forge) {
            return switch (forge) {
                case GITHUB -> new Routes("/edit/", "/commits/", "/new/", "/commit/", "/compare/", "filename", "value");
                case GITLAB -> new Routes("/-/edit/", "/-/commits/", "/-/new/", "/-/commit/", "/-/compare/",
                        "file_name", "content");
                case GITEA, FORGEJO -> new Routes("/_edit/", "/commits/branch/", "/_new/", "/commit/", "/compare/",
                        "filename", "value");
            };
        }
    }

    private Routes routes() {
        return Routes.of(forge);
    }

    /** The forge's editor of the file at {@code path} ("data/…"). */
    public String edit(String path) {
        return repo + routes().edit() + encode(branch) + "/" + segments(path);
    }

    /** The commits that changed the file at {@code path}. */
    public String history(String path) {
        return repo + routes().history() + encode(branch) + "/" + segments(path);
    }

    /** The forge's editor of a new file at {@code path}, filled with {@code text}. */
    public String newFile(String path, String text) {
        int slash = path.lastIndexOf('/');
        return fill(newFileTemplate(), slash < 0 ? "" : segments(path.substring(0, slash)),
                encode(path.substring(slash + 1)), encode(text));
    }

    /**
     * {@link #newFile}'s address with three places for the browser to fill, each already encoded:
     * {@value #FOLDER} (the folder's segments, joined by "/"), {@value #NAME} and {@value #TEXT}. The form and the
     * decision panel compose the file in the page, so they take this and fill it; the places never occur in a
     * repository address (braces are not allowed in one).
     */
    public String newFileTemplate() {
        Routes r = routes();
        return repo + r.create() + encode(branch) + "/" + FOLDER + "?" + r.nameKey() + "=" + NAME + "&" + r.textKey()
                + "=" + TEXT;
    }

    public static final String FOLDER = "{thu_muc}";
    public static final String NAME = "{ten_tep}";
    public static final String TEXT = "{noi_dung}";

    /** A template's places filled with encoded parts, as the pages' scripts do. */
    public static String fill(String template, String folder, String name, String text) {
        return template.replace(FOLDER, folder).replace(NAME, name).replace(TEXT, text);
    }

    /** A commit's page, by its id (the abbreviated one is enough on all four). */
    public String commit(String id) {
        return repo + routes().commit() + encode(id);
    }

    /** The comparison of {@code head} with {@code base}, from which a pull (merge) request is opened. */
    public String compare(String base, String head) {
        return repo + routes().compare() + encode(base) + "..." + encode(head);
    }

    private static String segments(String path) {
        return Arrays.stream(path.split("/", -1)).map(Links::encode).collect(Collectors.joining("/"));
    }

    /** A path segment or a query value, percent-encoded (a space as %20, never "+", which a path would keep). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
