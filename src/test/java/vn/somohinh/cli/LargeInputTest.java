package vn.somohinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as large as the contract allows load and are checked: a province's roster of 50,000 units (about 9 MB, over
 * the 3 MB of text SnakeYAML accepts by default) and a roster filling the whole 16 MB list limit.
 */
class LargeInputTest {
    static final String REG = "data/registrations/2023/xa-loc-an/ca-phe-ben-vung.yaml";

    @Test
    void provinceRosterLoadsAndItsUnitsAreChecked(@TempDir Path tmp) throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        StringBuilder roster = new StringBuilder(Files.readString(root.resolve("data/units.yaml")));
        for (int i = 0; i < 50_000; i++) {
            roster.append(unit(i));
        }
        assertThat(roster.length()).as("more text than SnakeYAML's default limit").isGreaterThan(3 * 1024 * 1024);
        Files.writeString(root.resolve("data/units.yaml"), roster, StandardCharsets.UTF_8);
        Files.writeString(root.resolve(REG), Files.readString(root.resolve(REG))
                + "don_vi_phoi_hop: [chi-bo-thon-so-49999, chi-bo-thon-so-50000]\n", StandardCharsets.UTF_8);

        Run run = Run.of("validate", "--root", root.toString());

        assertThat(run.out()).doesNotContain("data/units.yaml:").doesNotContain("code points")
                .doesNotContain("\"chi-bo-thon-so-49999\"");
        assertThat(run.out().lines().filter(l -> l.startsWith(REG + ":16:41: error: ")))
                .singleElement().asString().contains("\"chi-bo-thon-so-50000\"").endsWith("[unknown-reference]");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void rosterAsLargeAsTheListLimitLoads(@TempDir Path tmp) throws IOException {
        Path root = FixtureSite.compose("valid", tmp.resolve("site"));
        Path units = root.resolve("data/units.yaml");
        // Units up to the documented limit of units.yaml (about 90,000), the last bytes a comment.
        int limit = 16 * 1024 * 1024;
        StringBuilder roster = new StringBuilder(Files.readString(units));
        int bytes = roster.toString().getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; bytes < limit - 400; i++) {
            String unit = unit(i);
            roster.append(unit);
            bytes += unit.getBytes(StandardCharsets.UTF_8).length;
        }
        byte[] filled = roster.append("#").append("x".repeat(limit - bytes - 2)).append("\n").toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(filled.length).isEqualTo(limit);
        Files.write(units, filled);

        Run run = Run.of("validate", "--root", root.toString());

        assertThat(run.out()).startsWith("Không có lỗi, không có cảnh báo");
        assertThat(run.exit()).isZero();
    }

    /** A unit of a type the base campaign does not call on: a roster of them adds no warning. */
    static String unit(int i) {
        return "- id: chi-bo-thon-so-" + i + "\n  ten: Chi bộ thôn số " + i + " thuộc Đảng bộ xã Lộc Thành\n"
                + "  loai: phong-ban\n  quan_tri: ['@tinh-uy/chi-bo-thon-so-" + i + "']\n";
    }
}
