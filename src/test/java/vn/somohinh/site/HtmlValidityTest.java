package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * The Nu HTML Checker (the W3C validator's engine) finds no error in any page of the default site, nor in the
 * stylesheet. It runs in its own JVM: its command line ends with System.exit.
 */
class HtmlValidityTest {
    @TempDir
    Path work;

    @Test
    void wholeOutputValidates() throws Exception {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        assertThat(check(List.of("--errors-only", "--skip-non-html", out.toString()))).isEqualTo("");
        assertThat(check(List.of("--errors-only", "--css", out.resolve("css/site.css").toString()))).isEqualTo("");
    }

    @Test
    void theCheckerDoesFindErrors() throws Exception {
        Path bad = work.resolve("bad.html");
        java.nio.file.Files.writeString(bad, "<!DOCTYPE html><html lang=\"vi\"><title>x</title><p><div></p>");
        assertThat(check(List.of("--errors-only", bad.toString()))).contains("error");
    }

    /** What the checker printed; empty when it found nothing. */
    private static String check(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        return exit == 0 ? output : output.isEmpty() ? "exit " + exit : output;
    }
}
