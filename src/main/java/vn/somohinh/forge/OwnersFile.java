package vn.somohinh.forge;

import java.util.List;

/**
 * A CODEOWNERS file in one forge's syntax, from rules written once as anchored globs. GitHub and GitLab read globs
 * (gitignore's rules) and let the last matching line win; Gitea and Forgejo read each pattern as a Go regular
 * expression matched against the whole path, after unescaping {@code \#}, {@code \ } and {@code \\}, and add up the
 * owners of every matching line. Each forge has its own place for the file, so the four can live in one repository.
 */
public final class OwnersFile {
    private static final String REGEX_SPECIAL = ".+*?()|[]{}^$\\";

    private OwnersFile() {
    }

    /**
     * One line of the file: {@code pattern} is {@code *} (everything), or a path from the root starting with "/", a
     * final "/" meaning the folder and all below it, and {@code *} within a segment any characters but "/".
     */
    public record Rule(String pattern, List<String> owners) {
    }

    /** Where the forge reads its file: its own folder, never the root, which the others would read first. */
    public static String place(Forge forge) {
        return switch (forge) {
            case GITHUB -> ".github/CODEOWNERS";
            case GITLAB -> ".gitlab/CODEOWNERS";
            case GITEA -> ".gitea/CODEOWNERS";
            case FORGEJO -> ".forgejo/CODEOWNERS";
        };
    }

    /** The places a forge looks, in its order; it uses the first file it finds. */
    public static List<String> readOrder(Forge forge) {
        return switch (forge) {
            case GITHUB -> List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");
            case GITLAB -> List.of("CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");
            case GITEA -> List.of("CODEOWNERS", "docs/CODEOWNERS", ".gitea/CODEOWNERS");
            case FORGEJO -> List.of("CODEOWNERS", "docs/CODEOWNERS", ".gitea/CODEOWNERS", ".forgejo/CODEOWNERS");
        };
    }

    /** The file: {@code comments} as "#" lines, a blank line, then one line per rule, the owners in a column. */
    public static String render(Forge forge, List<String> comments, List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append(c.isEmpty() ? "#" : "# " + c).append('\n'));
        out.append('\n');
        for (Rule rule : rules) {
            String pattern = pattern(forge, rule.pattern());
            out.append(pattern).append(" ".repeat(Math.max(1, 48 - pattern.length())))
                    .append(String.join(" ", rule.owners())).append('\n');
        }
        return out.toString();
    }

    /** A rule's pattern as the forge reads it. */
    public static String pattern(Forge forge, String glob) {
        return forge.giteaFamily() ? escapeForGitea(regex(glob)) : glob;
    }

    /** The Go regular expression matching exactly the paths (without a leading "/") the glob matches. */
    static String regex(String glob) {
        if (glob.equals("*")) {
            return ".*";
        }
        if (!glob.startsWith("/")) {
            throw new IllegalArgumentException("a rule is anchored at the root: " + glob);
        }
        String path = glob.substring(1);
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c == '*') {
                out.append("[^/]*");
            } else if (REGEX_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return path.endsWith("/") ? out.append(".*").toString() : out.toString();
    }

    /** Gitea's reader takes "\" as an escape and "#" as a comment: each is escaped, as a space would be. */
    static String escapeForGitea(String regex) {
        StringBuilder out = new StringBuilder();
        for (char c : regex.toCharArray()) {
            if (c == '\\' || c == '#' || c == ' ') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
