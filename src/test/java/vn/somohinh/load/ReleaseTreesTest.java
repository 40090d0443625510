package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Problems;
import vn.somohinh.yaml.Pos;

/** After validation the build lets the YAML trees go; a later stage pointing into a file must fail, not guess. */
class ReleaseTreesTest {

    @Test
    void positionsWorkUntilReleaseAndFailLoudlyAfter() {
        Map<String, byte[]> files = Map.of(
                "data/site.yaml", "to_chuc: Huyện ủy\n".getBytes(StandardCharsets.UTF_8),
                "data/units.yaml", "- id: xa-a\n  ten: Đảng bộ xã A\n".getBytes(StandardCharsets.UTF_8),
                "data/directives.yaml", "[]\n".getBytes(StandardCharsets.UTF_8));
        DataSet data = DataLoader.load(files, new Problems());
        Unit unit = data.units().get(0);
        assertThat(unit.src().pos("ten")).isEqualTo(new Pos(2, 8));

        data.releaseTrees();

        assertThat(unit.src().file()).isEqualTo("data/units.yaml");
        assertThat(unit.ten()).isEqualTo("Đảng bộ xã A");
        assertThatThrownBy(() -> unit.src().pos("ten"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("data/units.yaml");
    }

    @Test
    void nearbyPositionsAreSharedAndFarOnesStillCorrect() {
        assertThat(Pos.of(3, 5)).isSameAs(Pos.of(3, 5)).isEqualTo(new Pos(3, 5));
        assertThat(Pos.of(40_000, 2)).isEqualTo(new Pos(40_000, 2));
        assertThat(Pos.of(1, 500)).isEqualTo(new Pos(1, 500));
    }
}
