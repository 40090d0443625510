package vn.somohinh.forge;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A kind of forge, by its id in site.yaml's {@code loai_kho}. */
public enum Forge {
    GITHUB("github", "GitHub"),
    GITLAB("gitlab", "GitLab"),
    GITEA("gitea", "Gitea"),
    FORGEJO("forgejo", "Forgejo");

    private final String id;
    private final String title;

    Forge(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Every id, in the order above, for messages and the schema. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Forge::id).toList();
    }

    /** The kind named {@code id}, if it is one. */
    public static Optional<Forge> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /**
     * The kind a repository address shows by itself: github.com and gitlab.com only. A self-hosted forge's host says
     * nothing sure (a Gitea may be called git.example.vn, a GitLab too), so site.yaml must name it.
     */
    public static Optional<Forge> guess(String repoUrl) {
        if (repoUrl == null) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(repoUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return switch (host) {
            case "github.com" -> Optional.of(GITHUB);
            case "gitlab.com" -> Optional.of(GITLAB);
            default -> Optional.empty();
        };
    }

    /** Gitea and Forgejo (its fork) read the same CODEOWNERS and the same editor addresses. */
    public boolean giteaFamily() {
        return this == GITEA || this == FORGEJO;
    }
}
