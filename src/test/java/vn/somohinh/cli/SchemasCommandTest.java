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
}
