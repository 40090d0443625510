package vn.somohinh.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit HEAD names, read from the repository's own text files ({@code HEAD}, a loose ref, {@code packed-refs})
 * when they are the plain kind, so that a command can look up what it remembers of that commit without starting
 * JGit (about 0.3 s in a new JVM: {@link ReferenceDate}). Anything else (a {@code .git} file of a work tree or
 * submodule, an unborn branch, a ref store of another format, a file it cannot read) gives empty, and the caller asks
 * JGit, which stays the authority: a commit found here is only ever a cache key, checked against JGit's answer
 * before anything is stored under it.
 */
public final class GitHead {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{40}");
    private static final String REF = "ref: ";
    /** Symbolic refs pointing at symbolic refs: git allows five levels; more is not the plain kind. */
    private static final int DEPTH = 5;

    private GitHead() {
    }

    /** A repository's folder and the commit its HEAD names (40 hex digits). */
    record Head(Path gitDir, String commit) {
        /** Whether the clone is shallow, its oldest commits missing (JGit reads the same file). */
        boolean shallow() {
            return Files.exists(gitDir.resolve("shallow"));
        }

        /** The site root's path inside the work tree ({@link GitHead#prefix}). */
        String prefix(Path root) throws IOException {
            return GitHead.prefix(gitDir.getParent(), root);
        }
    }

    /** The site root's path inside {@code workTree}, "" or ending in "/", as {@link GitHistory} names files. */
    static String prefix(Path workTree, Path root) throws IOException {
        String rel = workTree.toRealPath().relativize(root.toRealPath()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    /** HEAD's commit id (40 hex digits) of the repository {@code root} lies in, or empty (see above). */
    public static Optional<String> commit(Path root) {
        return find(root).map(Head::commit);
    }

    /** The repository {@code root} lies in and HEAD's commit, or empty (see above). */
    static Optional<Head> find(Path root) {
        Path gitDir = gitDir(root);
        if (gitDir == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(resolve(gitDir, "HEAD", 0)).map(id -> new Head(gitDir, id));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The nearest {@code .git} folder at or above {@code root} that looks like a repository, as JGit finds it. */
    private static Path gitDir(Path root) {
        for (Path dir = root.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isRegularFile(git)) {
                return null; // a work tree's or submodule's pointer: JGit's business
            }
            if (Files.isRegularFile(git.resolve("HEAD")) && Files.isDirectory(git.resolve("objects"))
                    && Files.isDirectory(git.resolve("refs"))) {
                return git;
            }
        }
        return null;
    }

    private static String resolve(Path gitDir, String name, int depth) throws IOException {
        if (depth > DEPTH || !name.equals("HEAD") && !name.startsWith("refs/") || name.contains("..")) {
            return null;
        }
        Path loose = gitDir.resolve(name);
        if (Files.isRegularFile(loose)) {
            String text = Files.readString(loose, StandardCharsets.UTF_8).strip();
            if (text.startsWith(REF)) {
                return resolve(gitDir, text.substring(REF.length()).strip(), depth + 1);
            }
            return ID.matcher(text).matches() ? text : null;
        }
        return packed(gitDir, name);
    }

    /** The id {@code packed-refs} gives {@code name}: lines "id name", peeled lines (^) and comments (#) skipped. */
    private static String packed(Path gitDir, String name) throws IOException {
        Path file = gitDir.resolve("packed-refs");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space == 40 && line.substring(space + 1).equals(name)) {
                String id = line.substring(0, space);
                return ID.matcher(id).matches() ? id : null;
            }
        }
        return null;
    }
}
