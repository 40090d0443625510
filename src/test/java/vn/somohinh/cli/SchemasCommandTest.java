package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemas} keeps schema/ in step with a committee's own data/, and {@code --check} says when it is not. */
class SchemasCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theCommittedSchemasAreInStepWithTheDefaultData() {
        Run run = Run.of("schemas", "--check");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.err()).contains("khớp với data/");
    }

    @Test
    void aForkWritesSchemasForItsOwnCodesAndIsToldWhenTheyAreStale() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Run missing = Run.of("schemas", "--check", "--root", root.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).contains("schema/registration.schema.json:1:1: error: schema/registration.schema.json "
                + "không khớp với data/", "[schemas-outdated]");
        String units = Files.readString(root.resolve("data/units.yaml"), StandardCharsets.UTF_8);

        Run write = Run.of("schemas", "--root", root.toString());
        assertThat(write.exit()).as(write.err()).isZero();
        assertThat(Files.readString(root.resolve("schema/registration.schema.json"), StandardCharsets.UTF_8))
                .contains("\"xa-loc-an\"", "\"phong-noi-vu\"");
        assertThat(Run.of("schemas", "--check", "--root", root.toString()).exit()).isZero();
        assertThat(Files.readString(root.resolve("data/units.yaml"), StandardCharsets.UTF_8)).isEqualTo(units);

        Files.writeString(root.resolve("data/units.yaml"), units + "- id: xa-loc-thanh\n  ten: Đảng bộ xã Lộc Thành\n  loai: phong-ban\n",
                StandardCharsets.UTF_8);
        Run stale = Run.of("schemas", "--check", "--root", root.toString());
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).contains("schema/registration.schema.json:1:1").doesNotContain("schema/site.schema.json");
    }

    @Test
    void aBrokenCatalogIsReportedAndNothingIsComparedOrWritten() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        assertThat(Run.of("schemas", "--root", root.toString()).exit()).isZero();
        Path registration = root.resolve("schema/registration.schema.json");
        String written = Files.readString(registration, StandardCharsets.UTF_8);
        Path units = root.resolve("data/units.yaml");
        Files.writeString(units, Files.readString(units, StandardCharsets.UTF_8).replace("ten: Phòng Nội vụ", "ten: \"Phòng Nội vụ"),
                StandardCharsets.UTF_8);

        Run check = Run.of("schemas", "--check", "--root", root.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("data/units.yaml:5:", "[yaml-syntax]", "1 lỗi, 0 cảnh báo trong 1 tệp")
                .doesNotContain("schemas-outdated");
        assertThat(check.err()).contains("Không kiểm tra schema/", "data/units.yaml");

        Run write = Run.of("schemas", "--root", root.toString(), "--format", "json");
        assertThat(write.exit()).isEqualTo(1);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(write.out()).get(0).get("file").asText())
                .isEqualTo("data/units.yaml");
        assertThat(write.err()).contains("Không ghi schema/");
        assertThat(Files.readString(registration, StandardCharsets.UTF_8)).isEqualTo(written).contains("\"phong-noi-vu\"");
    }

    @Test
    void aWriteThatFailsLeavesEveryFileAsItWas() throws Exception {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Path folder = root.resolve("schema");
        Path blocked = CommittedFiles.temporary(folder, "review.schema.json");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("x"), "x", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("site.schema.json"), "{}", StandardCharsets.UTF_8);

        Run run = Run.of("schemas", "--root", root.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("lỗi nội bộ: ")
                .contains("không ghi được schema/review.schema.json, các tệp đang có giữ nguyên")
                .doesNotContain("Is a directory");
        assertThat(Files.readString(folder.resolve("site.schema.json"), StandardCharsets.UTF_8)).isEqualTo("{}");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site.schema.json",
                    blocked.getFileName().toString());
        }
    }
}
