package vn.somohinh.forge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.junit.jupiter.api.Test;

/**
 * The two ways forges read a CODEOWNERS file, as test readers: GitHub's and GitLab's (gitignore patterns, the last
 * matching line wins), and Gitea's and Forgejo's (a Go regular expression per line over the whole path, every
 * matching line adding its owners). The Go side is RE2 itself (re2j), the gitignore side JGit's matcher.
 */
public final class ForgeOwnersTest {
    /** One non-comment line: its pattern as the forge took it, and its owners. */
    record Line(String pattern, List<String> owners) {
    }

    /** The owners the forge gives {@code path} (from the root, no leading "/") under {@code file}. */
    public static Set<String> owners(Forge forge, String file, String path) {
        List<Line> lines = forge.giteaFamily() ? giteaLines(file) : globLines(file);
        Set<String> owners = new LinkedHashSet<>();
        if (forge.giteaFamily()) {
            for (Line line : lines) {
                boolean negative = line.pattern().startsWith("!");
                String regex = "^" + (negative ? line.pattern().substring(1) : line.pattern()) + "$";
                if (com.google.re2j.Pattern.compile(regex).matcher(path).matches() != negative) {
                    owners.addAll(line.owners());
                }
            }
            return owners;
        }
        for (Line line : lines) {
            if (new FastIgnoreRule(line.pattern()).isMatch(path, false, false)) {
                owners.clear();
                owners.addAll(line.owners());
            }
        }
        return owners;
    }

    /** GitHub's reading: "#" starts a comment line; a pattern and its owners split on spaces. */
    static List<Line> globLines(String file) {
        List<Line> lines = new ArrayList<>();
        for (String raw : file.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            lines.add(new Line(parts[0], List.of(parts).subList(1, parts.length)));
        }
        return lines;
    }

    /** Gitea's tokenizer: "\" escapes the next character, an unescaped "#" ends the line, spaces split tokens. */
    static List<Line> giteaLines(String file) {
        List<Line> lines = new ArrayList<>();
        for (String raw : file.split("\n")) {
            List<String> tokens = new ArrayList<>();
            StringBuilder token = new StringBuilder();
            boolean escape = false;
            for (char c : raw.strip().replace('\t', ' ').toCharArray()) {
                if (escape) {
                    token.append(c);
                    escape = false;
                } else if (c == '\\') {
                    escape = true;
                } else if (c == '#') {
                    break;
                } else if (c == ' ') {
                    if (token.length() > 0) {
                        tokens.add(token.toString());
                        token.setLength(0);
                    }
                } else {
                    token.append(c);
                }
            }
            if (token.length() > 0) {
                tokens.add(token.toString());
            }
            if (tokens.size() >= 2) {
                lines.add(new Line(tokens.get(0), tokens.subList(1, tokens.size())));
            }
        }
        return lines;
    }

    private static final List<OwnersFile.Rule> RULES = List.of(
            new OwnersFile.Rule("*", List.of("@uy-ban")),
            new OwnersFile.Rule("/data/*.yaml", List.of("@uy-ban")),
            new OwnersFile.Rule("/pom.xml", List.of("@uy-ban")),
            new OwnersFile.Rule("/.gitlab-ci.yml", List.of("@uy-ban")),
            new OwnersFile.Rule("/data/registrations/*/xa-a/", List.of("@org/xa-a")),
            new OwnersFile.Rule("/data/registrations/*/xa-a-b/", List.of("@b")));

    @Test
    void eachSyntaxMeansTheSameFilesToItsForge() {
        for (Forge forge : Forge.values()) {
            String file = OwnersFile.render(forge, List.of("thử # với dấu thăng"), RULES);
            Set<String> committee = Set.of("@uy-ban");
            Set<String> unit = forge.giteaFamily() ? Set.of("@uy-ban", "@org/xa-a") : Set.of("@org/xa-a");
            assertThat(owners(forge, file, "data/registrations/2023/xa-a/mo-hinh.yaml")).as(forge.id())
                    .containsExactlyInAnyOrderElementsOf(unit);
            assertThat(owners(forge, file, "data/registrations/2023/xa-a-b/mo-hinh.yaml")).as(forge.id())
                    .doesNotContain("@org/xa-a").contains("@b");
            assertThat(owners(forge, file, "data/registrations/2023/xa-ab/mo-hinh.yaml")).as(forge.id())
                    .containsExactlyInAnyOrderElementsOf(committee);
            assertThat(owners(forge, file, "data/site.yaml")).as(forge.id()).containsExactlyElementsOf(committee);
            // "." is a character, not any character; "*" stays within a folder.
            assertThat(regexOnly(forge, file, "pomxxml")).as(forge.id()).isFalse();
            assertThat(regexOnly(forge, file, "data/x/site.yaml")).as(forge.id()).isFalse();
            assertThat(regexOnly(forge, file, ".gitlab-ci.yml")).as(forge.id()).isTrue();
        }
    }

    /** Whether a line other than "*" gives the path an owner. */
    private static boolean regexOnly(Forge forge, String file, String path) {
        String without = file.lines().filter(l -> !l.startsWith("*") && !l.startsWith(".*"))
                .reduce("", (a, b) -> a + b + "\n");
        return !owners(forge, without, path).isEmpty();
    }

    @Test
    void eachForgeFindsItsOwnFileFirstWhenNothingSitsAtTheRoot() {
        Set<String> present = new LinkedHashSet<>();
        for (Forge forge : Forge.values()) {
            present.add(OwnersFile.place(forge));
        }
        for (Forge forge : Forge.values()) {
            String found = OwnersFile.readOrder(forge).stream().filter(present::contains).findFirst().orElseThrow();
            // Forgejo reads .gitea/ first: the same syntax and the same rules as its own.
            Forge reader = found.equals(OwnersFile.place(Forge.GITEA)) ? Forge.GITEA : forge;
            assertThat(OwnersFile.place(reader)).isEqualTo(found);
            assertThat(reader.giteaFamily()).isEqualTo(forge.giteaFamily());
        }
    }
}
