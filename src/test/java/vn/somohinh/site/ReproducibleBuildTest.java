package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.somohinh.cli.SiteBuild;

/**
 * The same input gives byte-identical output in a fresh JVM whatever its time zone, default locale or the order the
 * files were written in; pages carry no date from the clock. Each build runs in its own process, as a user's would.
 */
class ReproducibleBuildTest {
    @TempDir
    static Path work;
    static Path root;
    static Path reference;

    @BeforeAll
    static void buildReference() throws Exception {
        root = SiteBuild.compose("site", work.resolve("site"));
        reference = forked(root, work.resolve("reference"), Map.of("TZ", "UTC"), List.of("-Duser.language=en", "-Duser.country=US"));
    }

    @ParameterizedTest(name = "TZ={0} locale={1}_{2}")
    @CsvSource({"Pacific/Kiritimati,de,DE", "America/Los_Angeles,ar,EG", "Asia/Ho_Chi_Minh,vi,VN"})
    void sameBytesUnderAnotherZoneAndLocale(String tz, String language, String country) throws Exception {
        Path out = forked(root, work.resolve("out-" + language), Map.of("TZ", tz),
                List.of("-Duser.language=" + language, "-Duser.country=" + country));
        assertThat(Reproducibility.differences(reference, out)).isEmpty();
    }

    /** The office documents compared include the reminder letter, which the scenario's missing unit calls for. */
    @Test
    void theComparedOutputHoldsEveryOfficeDocument() throws IOException {
        assertThat(Reproducibility.files(reference)).contains("dot-dang-ky/2023/bao-cao-2023.docx",
                "dot-dang-ky/2023/bao-cao-2023.xlsx", "dot-dang-ky/2023/mau-dang-ky-2023.docx",
                "dot-dang-ky/2023/don-doc-2023.docx", "dot-dang-ky/2023/dang-ky-2023.xlsx",
                "dot-dang-ky/2023/dang-ky-2023.csv");
    }

    @Test
    void sameBytesWhenTheFilesWereWrittenInReverseOrder() throws Exception {
        Path reversed = work.resolve("reversed");
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
        files.sort(Comparator.reverseOrder());
        for (Path f : files) {
            Path target = reversed.resolve(root.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
        Path out = forked(reversed, work.resolve("out-reversed"), Map.of("TZ", "UTC"), List.of());
        assertThat(Reproducibility.differences(reference, out)).isEmpty();
    }

    @Test
    void noPageShowsTheDayOfTheBuild() throws IOException {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (String f : Reproducibility.files(reference)) {
            if (f.endsWith(".html") || f.endsWith(".xml")) {
                assertThat(Files.readString(reference.resolve(f), StandardCharsets.UTF_8)).as(f).doesNotContain(today);
            }
        }
    }

    /** Runs the build in a new JVM with the given environment and JVM options. */
    static Path forked(Path root, Path out, Map<String, String> env, List<String> jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("vn.somohinh.cli.Main", "build", "--root", root.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("SOURCE_DATE_EPOCH", "1704042000");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        return out;
    }
}
