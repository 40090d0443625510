package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.load.DataLoader;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.SiteAddress;
import vn.somohinh.problem.Problems;

/**
 * Every committed data file starts with the schema line its site.yaml implies: relative to the committed schema/
 * where no dia_chi_trang is given (the default data: it has no public address), absolute under dia_chi_trang where
 * one is (the site-address fixture); {@code new} writes the same line.
 */
class ModelineTest {
    @TempDir
    Path tmp;

    @Test
    void theDefaultDataNamesTheCommittedSchemasRelatively() throws IOException {
        List<String> lines = firstLinesThatDiffer(Path.of("."));
        assertThat(lines).isEmpty();
        assertThat(Files.readAllLines(Path.of("data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../../../schema/registration.schema.json");
    }

    @Test
    void aSiteWithAPublicAddressNamesTheSchemasUnderIt() throws IOException {
        Path root = FixtureSite.compose("site-address", tmp.resolve("site"));
        assertThat(firstLinesThatDiffer(root)).isEmpty();
        assertThat(Files.readAllLines(root.resolve("data/units.yaml")).get(0)).isEqualTo(
                "# yaml-language-server: $schema=https://so-mo-hinh.example.org/so-mo-hinh/du-lieu/schema/units.schema.json");

        Run run = Run.of("new", "--root", root.toString(), "--unit", "xa-loc-an", "--year", "2023", "--slug", "cong-an-ninh");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(root.resolve("data/registrations/2023/xa-loc-an/cong-an-ninh.yaml"), StandardCharsets.UTF_8))
                .startsWith("# yaml-language-server: $schema=https://so-mo-hinh.example.org/so-mo-hinh/du-lieu/schema/registration.schema.json\n");
    }

    @Test
    void theAddressTakesThePathPrefixOnce() {
        assertThat(root("https://x.example.org", "/so-mo-hinh/")).isEqualTo("https://x.example.org/so-mo-hinh/");
        assertThat(root("https://x.example.org/so-mo-hinh/", "so-mo-hinh")).isEqualTo("https://x.example.org/so-mo-hinh/");
        assertThat(root("HTTPS://x.example.org/a/?q=1#f", null)).isEqualTo("https://x.example.org/a/");
        assertThat(root(null, "/so-mo-hinh/")).isNull();
    }

    private static String root(String address, String prefix) {
        return SiteAddress.root(new vn.somohinh.load.SiteConfig(null, "x", null, "x", prefix, null, address, null, null,
                java.util.List.of(), null, null, null));
    }

    /** The data files whose first line is not the one site.yaml implies, with both lines. */
    private static List<String> firstLinesThatDiffer(Path root) throws IOException {
        DataSet data = DataLoader.load(root, new Problems());
        List<String> differ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("data"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
                String expected = SiteAddress.modeline(data.site(), rel);
                if (!first.equals(expected)) {
                    differ.add(rel + ": " + first + " ≠ " + expected);
                }
            }
        }
        return differ;
    }
}
