package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.publish.Publisher;
import vn.somohinh.site.Reproducibility;

/**
 * A build that takes over the previous build's unchanged pages and documents gives the same bytes as a clean build
 * of the same files, after any sequence of edits: registrations changed, added, deleted, renamed, broken and
 * repaired, a unit renamed in the roster, a template changed. And it does take them over: after one registration
 * changes, most files are not made again.
 */
class IncrementalBuildTest {
    private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1704042000");

    @TempDir
    Path work;
    int kinds;

    /** The recipe of {@code build} and {@code serve}, run again and again; false (nothing written) on data errors. */
    static final class Rebuilds {
        final Path out;
        final Recipe recipe;
        final boolean serve;

        Rebuilds(Path root, Path out) {
            this(root, out, false);
        }

        /** {@code serve}: the recipe serve runs, which also reuses the records of the data files left unchanged. */
        Rebuilds(Path root, Path out, boolean serve) {
            this.out = out;
            this.serve = serve;
            Recipe build = new Recipe(root, out, ENV, System.err);
            this.recipe = serve ? build.withCache().keepingStateUntilStop() : build;
        }

        boolean build() throws IOException {
            return build(false);
        }

        /**
         * A build, then for serve's recipe its deferred documents, or with {@code leaveDocuments} none of them, as
         * when a newer change waits: false when the published site is not yet whole (or the build failed).
         */
        boolean build(boolean leaveDocuments) throws IOException {
            boolean published = recipe.build(false, checked -> { }).published();
            if (published && serve) {
                return recipe.writeDocuments(() -> leaveDocuments) >= 0 || !leaveDocuments;
            }
            return published;
        }
    }

    /**
     * The default data: after one registration's name changes, its page is made again (a new file), and most files
     * are the previous build's own (the same inode: left in place, not written).
     */
    @Test
    void oneChangedRegistrationRemakesFewFiles() throws IOException {
        Path root = work.resolve("root");
        for (String dir : List.of("data", "templates", "content", "assets", "schema")) {
            Files.createDirectories(root.resolve(dir));
            org.apache.commons.io.file.PathUtils.copyDirectory(Path.of(dir), root.resolve(dir));
        }
        Rebuilds builds = new Rebuilds(root, work.resolve("out"));
        assertThat(builds.build()).isTrue();
        Map<String, Object> before = Reproducibility.fileKeys(builds.out);
        Path file = root.resolve("data/registrations/2023/xa-loc-an/to-lien-ho-tu-quan-an-ninh.yaml");
        replaceName(file, " (đã sửa)");
        assertThat(builds.build()).isTrue();
        Map<String, Object> after = Reproducibility.fileKeys(builds.out);
        long same = after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
        assertThat(same).as("files left in place").isGreaterThan(after.size() * 2 / 3);
        String page = "mo-hinh/2023/xa-loc-an/to-lien-ho-tu-quan-an-ninh/index.html";
        assertThat(after.get(page)).isNotEqualTo(before.get(page));
        assertThat(Files.readString(builds.out.resolve(page), StandardCharsets.UTF_8)).contains("(đã sửa)");
        assertThat(after.get("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html"))
                .isEqualTo(before.get("mo-hinh/2023/xa-loc-bac/trong-dau-nuoi-tam/index.html"));
        // JBake did not bake again: its pages and the assets it copied are the last build's files.
        assertThat(after.get("gioi-thieu/index.html")).isEqualTo(before.get("gioi-thieu/index.html"));
        assertThat(after.get("css/site.css")).isEqualTo(before.get("css/site.css"));
        assertSameAsClean(root, builds.out, "after one change");
    }


    /** JBake's files are taken over only while they are as the last build left them and its inputs are the same. */
    @Test
    void aContentPageIsBakedAgainWhenItsFileOrThePublishedCopyChanges() throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("root"));
        Rebuilds builds = new Rebuilds(root, work.resolve("out"));
        assertThat(builds.build()).isTrue();
        Path page = builds.out.resolve("gioi-thieu/index.html");
        String clean = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, clean + "<!-- sửa tay -->", StandardCharsets.UTF_8);
        assertThat(builds.build()).isTrue();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(clean);
        Path source = root.resolve("content/gioi-thieu.html");
        Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8) + "<p>Đoạn mới</p>\n",
                StandardCharsets.UTF_8);
        assertThat(builds.build()).isTrue();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("Đoạn mới");
        assertSameAsClean(root, builds.out, "after content/ changed");
    }

    @ParameterizedTest(name = "seed {0}, serve''s recipe {1}")
    @CsvSource({"1, false", "2, false", "3, true", "4, true"})
    void anySequenceOfEditsGivesTheBytesOfACleanBuild(long seed, boolean serve) throws IOException {
        Path root = SiteBuild.compose("site", work.resolve("root"));
        Rebuilds builds = new Rebuilds(root, work.resolve("out"), serve);
        assertThat(builds.build()).isTrue();
        Random random = new Random(seed);
        kinds = random.nextInt(KINDS);
        for (int step = 0; step < KINDS + 1; step++) {
            String done = edit(root, random, step, builds);
            // serve's documents are now and then left for the next build, as when a newer change waits.
            if (builds.build(serve && random.nextInt(3) == 0)) {
                assertSameAsClean(root, builds.out, "step " + step + ": " + done);
            }
        }
    }

    /** How many kinds of edit {@link #edit} makes. */
    private static final int KINDS = 7;

    /** One random edit of the data, the templates, content/ or assets/; a broken file is repaired after the build it fails. */
    private String edit(Path root, Random random, int step, Rebuilds builds) throws IOException {
        List<Path> files = registrations(root);
        Path file = files.get(random.nextInt(files.size()));
        // Every kind of edit once in seven steps, in an order and on files that the seed chooses.
        switch ((step + kinds) % KINDS) {
            case 0 -> {
                replaceName(file, " (sửa " + step + ")");
                return "changed " + file.getFileName();
            }
            case 1 -> {
                Path copy = file.resolveSibling("ban-sao-" + step + ".yaml");
                Files.copy(file, copy);
                replaceName(copy, " (bản sao " + step + ")");
                return "added " + copy.getFileName();
            }
            case 2 -> {
                Files.delete(file);
                Files.deleteIfExists(review(root, file));
                return "deleted " + file.getFileName();
            }
            case 3 -> {
                Files.move(file, file.resolveSibling("doi-ten-" + step + ".yaml"));
                Path review = review(root, file);
                if (Files.exists(review)) {
                    Files.move(review, review.resolveSibling("doi-ten-" + step + ".yaml"));
                }
                return "renamed " + file.getFileName();
            }
            case 4 -> {
                Path units = root.resolve("data/units.yaml");
                String text = Files.readString(units, StandardCharsets.UTF_8);
                Files.writeString(units, text.replaceFirst("ten: Đảng bộ xã ", "ten: Đảng bộ xã Mới " + step + " "),
                        StandardCharsets.UTF_8);
                return "renamed a unit";
            }
            case 5 -> {
                // JBake's part: taken over whole while its inputs are the same (render/JBakePart).
                if (random.nextBoolean()) {
                    Path page = root.resolve("content/gioi-thieu.html");
                    Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "<p>Sửa " + step + "</p>\n",
                            StandardCharsets.UTF_8);
                    return "changed content/gioi-thieu.html";
                }
                try (Stream<Path> assets = Files.list(root.resolve("assets"))) {
                    for (Path old : assets.filter(p -> p.getFileName().toString().startsWith("ghi-chu-")).toList()) {
                        Files.delete(old);
                    }
                }
                Files.writeString(root.resolve("assets/ghi-chu-" + step + ".txt"), "ghi chú " + step, StandardCharsets.UTF_8);
                return "replaced an asset by assets/ghi-chu-" + step + ".txt";
            }
            default -> {
                Path template = root.resolve(random.nextBoolean() ? "templates/unit.ftlh" : "templates/layout.ftlh");
                Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8) + "<#-- " + step + " -->\n",
                        StandardCharsets.UTF_8);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replaceFirst("(?m)^ten_mo_hinh:.*$", "ten_mo_hinh: [chưa đóng"),
                        StandardCharsets.UTF_8);
                assertThat(builds.build()).as("a broken file fails the build").isFalse();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return "changed " + template.getFileName() + ", broke and repaired " + file.getFileName();
            }
        }
    }

    /** The review file beside a registration (data/reviews/<year>/<unit>/<slug>.yaml). */
    private static Path review(Path root, Path registration) {
        return root.resolve("data/reviews").resolve(root.resolve("data/registrations").relativize(registration));
    }

    private static void replaceName(Path file, String suffix) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^(ten_mo_hinh: .*)$", "$1" + suffix);
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    private static List<Path> registrations(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root.resolve("data/registrations"))) {
            return all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private void assertSameAsClean(Path root, Path out, String after) throws IOException {
        Path clean = work.resolve("clean");
        Publisher.discard(clean);
        SiteBuild.build(root, clean, ENV);
        assertThat(Reproducibility.differences(clean, out)).as(after).isEmpty();
    }
}
