package vn.somohinh.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's model stage gives back the very objects of the last build for what a save does not touch (the render
 * stage then finds their digests by identity), and what a build from scratch gives for what it does.
 */
class ModelMemoryTest {
    @TempDir
    Path root;
    private ServeModels serve;
    private ModelMemory memory;

    @BeforeEach
    void copyTheDefaultData() throws IOException {
        serve = ServeModels.onTheDefaultData(root);
        memory = serve.memory();
    }

    @Test
    void unchangedDataGivesTheSameCampaignReportAndForm() {
        Site first = remembered();
        Site second = remembered();
        assertThat(second.campaigns().get(0)).isSameAs(first.campaigns().get(0));
        assertThat(second.reports().get(0)).isSameAs(first.reports().get(0));
        assertThat(second.forms().get(0)).isSameAs(first.forms().get(0));
        assertThat(second).isEqualTo(fresh());
    }

    /** The sort keys of the names are one map for the whole session, not copied into a new one at every save. */
    @Test
    void theSortKeysAreSharedFromBuildToBuild() {
        remembered();
        java.util.Map<String, java.text.CollationKey> keys = memory.keys();
        assertThat(keys).isNotEmpty();
        remembered();
        assertThat(memory.keys()).isSameAs(keys);
        assertThat(ModelMemory.none().keys()).isEmpty();
    }

    @Test
    void aChangedGradeGivesTheReportOfABuildFromScratch() throws IOException {
        Site first = remembered();
        Site second = edited("data/reviews/2023/mttq/nha-dai-doan-ket.yaml", "(?m)^(\\s*nhan_xet: ).*$",
                "$1Nhận xét đã sửa");
        assertThat(second.reports().get(0)).isNotSameAs(first.reports().get(0));
        assertThat(second.reports().get(0).graded()).anyMatch(g -> "Nhận xét đã sửa".equals(g.remark()));
        assertThat(second).isEqualTo(fresh());
    }

    @Test
    void anotherIssuerGivesANewForm() throws IOException {
        Site first = remembered();
        Site second = edited("data/site.yaml", "(?m)^to_chuc: .*$", "to_chuc: Huyện ủy Bảo Lâm Mới");
        assertThat(second.forms().get(0)).isNotSameAs(first.forms().get(0));
        assertThat(second.forms().get(0).issuer()).isEqualTo("Huyện ủy Bảo Lâm Mới");
        assertThat(second).isEqualTo(fresh());
    }

    /** The remembered build after one replacement in one data file. */
    private Site edited(String file, String regex, String replacement) throws IOException {
        serve.edit(file, regex, replacement);
        return remembered();
    }

    private Site remembered() {
        return serve.next();
    }

    private Site fresh() {
        return serve.fresh();
    }
}
