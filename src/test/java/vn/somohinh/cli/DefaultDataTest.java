package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped Bảo Lâm registry validates with no error and exactly the warnings docs/DEFAULT-DATA.md lists. */
class DefaultDataTest {
    /** 01/01/2024 in Vietnam: well past the 30-day review window of the 2023 campaign. */
    private static final String AFTER_2023 = "1704042000";

    @Test
    void defaultDataHasNoErrorAndTheDocumentedWarnings() throws IOException {
        Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", AFTER_2023), "validate", "--root", ".");
        assertThat(run.exit()).isZero();
        List<String> actual = run.out().lines().filter(l -> l.contains(": warning: ")).toList();
        assertThat(run.out()).doesNotContain(": error: ");
        assertThat(actual).isEqualTo(documentedWarnings());
    }

    @Test
    void defaultDataIsARealRegistry() throws IOException {
        Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", AFTER_2023), "validate", "--format", "json", "--root", ".");
        assertThat(run.exit()).isZero();
        try (var regs = Files.walk(Path.of("data/registrations"))) {
            assertThat(regs.filter(p -> p.toString().endsWith(".yaml")).count()).isGreaterThanOrEqualTo(40);
        }
        String units = Files.readString(Path.of("data/units.yaml"), StandardCharsets.UTF_8);
        assertThat(units.lines().filter(l -> l.startsWith("- id: ")).count()).isGreaterThanOrEqualTo(50);
        for (String commune : List.of("Lộc Thắng", "Lộc An", "Lộc Bắc", "Lộc Bảo", "Lộc Đức", "Lộc Lâm", "Lộc Nam",
                "Lộc Ngãi", "Lộc Phú", "Lộc Quảng", "Lộc Tân", "Lộc Thành", "B'Lá", "Tân Lạc")) {
            assertThat(units).contains(commune);
        }
        String directives = Files.readString(Path.of("data/directives.yaml"), StandardCharsets.UTF_8);
        for (String number : List.of("854-CV/HU", "833-CV/HU", "1240-CV/BTCTU", "14-KL/TW", "1335-CV/TU", "22-NQ/TU", "07-NQ/HU")) {
            assertThat(directives).contains("so_hieu: " + number);
        }
    }

    static List<String> documentedWarnings() throws IOException {
        String doc = Files.readString(Path.of("docs/DEFAULT-DATA.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- expected-warnings:start -->"), doc.indexOf("<!-- expected-warnings:end -->"));
        return block.lines().filter(l -> l.contains(": warning: ")).toList();
    }
}
