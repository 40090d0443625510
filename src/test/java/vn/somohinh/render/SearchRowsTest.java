package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.ServeModels;
import vn.somohinh.model.Site;

/**
 * serve writes the search data with the rows of its last build for the models whose views it kept: the file is
 * byte for byte the one written from nothing, after a model's change and after a change of the code lists that
 * moves every row's indexes.
 */
class SearchRowsTest {
    @TempDir
    Path root;
    @TempDir
    Path out;
    private ServeModels serve;

    @BeforeEach
    void copyTheDefaultData() throws IOException {
        serve = ServeModels.onTheDefaultData(root);
    }

    @Test
    void aChangedNameIsWrittenAndTheOtherRowsAreTakenAsTheyWere() throws IOException {
        Site first = remembered();
        SearchRows rows = SearchData.write(first, out.resolve("a"), SearchRows.NONE, true);
        assertThat(rows.size()).isEqualTo(first.modelPages().size());
        edit("data/registrations/2023/ban-dan-van/dan-van-kheo-nong-thon-moi.yaml", "(?m)^ten_mo_hinh: .*$",
                "ten_mo_hinh: \"Dân vận khéo \\\\\"mới\\\\\" <b>&</b>\"");
        Site second = remembered();
        ModelView kept = unchangedView(first, second);
        byte[] written = written(second, rows);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("mới");
        assertThat(written).isEqualTo(fromNothing(second));
        // One compact JSON document, as one generator writing the whole file gives it: the rows' bytes put
        // between the generator's brackets add no white space and lose no comma.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode tree = json.readTree(written);
        assertThat(tree.get("models")).hasSize(second.modelPages().size());
        assertThat(json.writeValueAsBytes(tree)).isEqualTo(written);
        SearchRows next = SearchData.write(second, out.resolve("c"), rows, true);
        assertThat(next.under(codes(second)).get(kept)).isSameAs(rows.under(codes(first)).get(kept)).isNotNull();
    }

    @Test
    void aUnitAddedAheadOfTheOthersMovesEveryIndexAndGivesTheBytesOfAFreshWrite() throws IOException {
        Site first = remembered();
        SearchRows rows = SearchData.write(first, out.resolve("a"), SearchRows.NONE, true);
        edit("data/units.yaml", "(?m)^# --- to-chuc-co-so-dang ---$", "# --- to-chuc-co-so-dang ---\n"
                + "- id: aa-don-vi-moi\n  ten: Ban An Bình\n  loai: to-chuc-co-so-dang\n");
        Site second = remembered();
        assertThat(second.units().get(0).ref().id()).isNotEqualTo(first.units().get(0).ref().id());
        assertThat(written(second, rows)).isEqualTo(fromNothing(second));
    }

    /**
     * serve remakes every view when a catalog changes (model/ModelMemory), so a kept view never meets other code
     * lists through serve; the rows still refuse to be taken under lists they were not made with.
     */
    @Test
    void rowsAreNotTakenUnderOtherCodeLists() throws IOException {
        Site site = remembered();
        SearchRows rows = SearchData.write(site, out.resolve("a"), SearchRows.NONE, true);
        ModelView view = site.modelPages().get(0);
        java.util.List<java.util.List<String>> codes = codes(site);
        assertThat(rows.under(codes).get(view)).isNotNull();
        java.util.List<java.util.List<String>> moved = new java.util.ArrayList<>(codes);
        java.util.List<String> units = new java.util.ArrayList<>(codes.get(4));
        units.add(0, "aa-don-vi-moi");
        moved.set(4, units);
        assertThat(rows.under(moved)).isEmpty();
    }

    @Test
    void aBuildThatKeepsNothingGivesNoRows() throws IOException {
        Site site = remembered();
        assertThat(SearchData.write(site, out.resolve("a"), SearchRows.NONE, false).size()).isZero();
    }

    /** A model whose view serve kept from the first build to the second: the case the rows are taken for. */
    private static ModelView unchangedView(Site first, Site second) {
        ModelView last = first.modelPages().get(first.modelPages().size() - 1);
        ModelView same = second.modelPages().stream().filter(m -> m == last).findFirst().orElse(null);
        assertThat(same).as("the view of an unchanged model is kept").isNotNull();
        return same;
    }

    private byte[] written(Site site, SearchRows before) throws IOException {
        Path folder = Files.createTempDirectory(out, "taken");
        SearchData.write(site, folder, before, true);
        return Files.readAllBytes(folder.resolve(SearchData.PATH));
    }

    private byte[] fromNothing(Site site) throws IOException {
        Path folder = Files.createTempDirectory(out, "fresh");
        SearchData.write(site, folder, SearchRows.NONE, false);
        return Files.readAllBytes(folder.resolve(SearchData.PATH));
    }

    private static java.util.List<java.util.List<String>> codes(Site site) {
        return SearchData.codesOf(site);
    }

    private void edit(String file, String regex, String replacement) throws IOException {
        serve.edit(file, regex, replacement);
    }

    private Site remembered() {
        return serve.next();
    }
}
