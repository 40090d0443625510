package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.somohinh.model.Refs.ModelRef;

/** The models table is split into pages of 1,000 rows, with a pager that shows the ends and the neighbourhood. */
class ModelsPageTest {
    private static List<ModelRef> models(int n) {
        return Collections.nCopies(n, (ModelRef) null);
    }

    @Test
    void smallRegistriesHaveOnePage() {
        List<ModelsPage> pages = ModelsPage.split(models(46));
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("mo-hinh/");
            assertThat(p.rows()).hasSize(46);
            assertThat(p.previous()).isNull();
            assertThat(p.next()).isNull();
        });
        assertThat(ModelsPage.split(models(0))).hasSize(1);
    }

    @Test
    void largeRegistriesArePagedWithGapsInThePager() {
        List<ModelsPage> pages = ModelsPage.split(models(52_012));
        assertThat(pages).hasSize(53);
        ModelsPage tenth = pages.get(9);
        assertThat(tenth.path()).isEqualTo("mo-hinh/trang-10/");
        assertThat(tenth.from()).isEqualTo(9_001);
        assertThat(tenth.to()).isEqualTo(10_000);
        assertThat(tenth.previous()).isEqualTo("mo-hinh/trang-9/");
        assertThat(tenth.links().stream().map(ModelsPage.Link::number))
                .containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 53);
        assertThat(pages.get(52).rows()).hasSize(12);
        assertThat(pages.get(52).next()).isNull();
    }
}
