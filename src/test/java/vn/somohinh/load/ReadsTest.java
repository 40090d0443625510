package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cache.Store;
import vn.somohinh.problem.Problems;

/**
 * serve's loads reuse the records of the data files that did not change, read again every file that did (by its
 * stamp, or because the watcher named it), and give what a load of everything gives.
 */
class ReadsTest {
    private static final String CHANGED = "data/registrations/2023/xa-loc-an/to-lien-ho-tu-quan-an-ninh.yaml";

    @TempDir
    Path root;
    private final Reads reads = Reads.kept();

    @BeforeEach
    void copyTheDefaultData() throws IOException {
        PathUtils.copyDirectory(Path.of("data"), root.resolve("data"));
    }

    @Test
    void anUnchangedRegistryIsNotReadAgain() {
        DataSet first = load(reads);
        DataSet second = load(reads);
        assertThat(second.registrations()).hasSameSizeAs(first.registrations());
        for (int i = 0; i < first.registrations().size(); i++) {
            assertThat(second.registrations().get(i)).isSameAs(first.registrations().get(i));
        }
        assertThat(second.units().get(0)).isSameAs(first.units().get(0));
        assertThat(second.site()).isSameAs(first.site());
    }

    @Test
    void aChangedFileIsReadAgainAndTheRestReused() throws IOException {
        DataSet first = load(reads);
        Path file = root.resolve(CHANGED);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(ten_mo_hinh: .*)$", "$1 (đã sửa)"), StandardCharsets.UTF_8);
        DataSet second = load(reads);
        assertThat(named(second, CHANGED).tenMoHinh()).endsWith("(đã sửa)");
        assertThat(named(second, CHANGED)).isNotSameAs(named(first, CHANGED));
        String other = "data/registrations/2023/xa-loc-an/ca-nhan-bi-thu-chi-bo-tra.yaml";
        assertThat(named(second, other)).isSameAs(named(first, other));
        assertSameAsAFullLoad(second);
    }

    @Test
    void aChangeTheStampMissesIsReadAgainOnceTheWatcherNamesIt() throws IOException {
        DataSet first = load(reads);
        Path file = root.resolve(CHANGED);
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String before = named(first, CHANGED).tenMoHinh();
        // The same size and time: as a second save within the file system's clock tick would leave it.
        String changed = text.replace(before, "X" + before.substring(1));
        assertThat(changed.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(text.getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);

        assertThat(named(load(reads), CHANGED).tenMoHinh()).as("the stamp alone cannot tell").isEqualTo(before);
        reads.touched(CHANGED);
        DataSet named = load(reads);
        assertThat(named(named, CHANGED).tenMoHinh()).startsWith("X");
        assertSameAsAFullLoad(named);
    }

    @Test
    void filesAddedAndDeletedAreSeen() throws IOException {
        load(reads);
        Path file = root.resolve(CHANGED);
        Path copy = file.resolveSibling("ban-sao.yaml");
        Files.copy(file, copy);
        Files.delete(file);
        DataSet second = load(reads);
        assertThat(second.files()).contains("data/registrations/2023/xa-loc-an/ban-sao.yaml").doesNotContain(CHANGED);
        assertThat(second.registrations()).noneMatch(r -> r.src().file().equals(CHANGED));
        assertSameAsAFullLoad(second);
    }

    @Test
    void whenTheWatcherLosesTrackEverythingIsReadAgain() {
        DataSet first = load(reads);
        reads.touchedEverything();
        DataSet second = load(reads);
        assertThat(second.registrations().get(0)).isNotSameAs(first.registrations().get(0));
        assertThat(load(reads).registrations().get(0)).isSameAs(second.registrations().get(0));
    }

    @Test
    void aBuildsLoadKeepsNothing() {
        DataSet first = load(Reads.NONE);
        assertThat(load(Reads.NONE).registrations().get(0)).isNotSameAs(first.registrations().get(0));
    }

    @Test
    void onceWatchingAfterOneMoreWalkOnlyThePathsNamedAreLookedAt() throws IOException {
        load(reads);
        Path file = root.resolve(CHANGED);
        // Changed before the watcher started: the walk that follows its start sees it by its stamp.
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(ten_mo_hinh: .*)$", "$1 (trước khi theo dõi)"), StandardCharsets.UTF_8);
        reads.watching();
        assertThat(named(load(reads), CHANGED).tenMoHinh()).endsWith("(trước khi theo dõi)");

        Path unnamed = file.resolveSibling("chua-bao.yaml");
        Files.copy(file, unnamed);
        assertThat(load(reads).files()).as("no walk: a file the watcher did not name is not seen")
                .doesNotContain(CHANGED.replace("to-lien-ho-tu-quan-an-ninh", "chua-bao"));
        reads.touched(CHANGED.replace("to-lien-ho-tu-quan-an-ninh", "chua-bao"));
        assertSameAsAFullLoad(load(reads));
    }

    @Test
    void namedFoldersAndLinksAreListedAsAWalkListsThem() throws IOException {
        reads.watching();
        load(reads);
        load(reads);
        Path unit = root.resolve("data/registrations/2023/xa-loc-an");
        Path aside = root.resolve("de-rieng");
        Files.move(unit, aside);
        reads.touched("data/registrations/2023/xa-loc-an");
        DataSet without = load(reads);
        assertThat(without.files()).noneMatch(f -> f.startsWith("data/registrations/2023/xa-loc-an/"));
        assertSameAsAFullLoad(without);

        Files.move(aside, unit);
        reads.touched("data/registrations/2023/xa-loc-an");
        DataSet with = load(reads);
        assertThat(with.files()).contains(CHANGED);
        assertSameAsAFullLoad(with);

        Path link = root.resolve("data/registrations/2023/lien-ket.yaml");
        Files.createSymbolicLink(link, root.resolve(CHANGED));
        reads.touched("data/registrations/2023/lien-ket.yaml");
        Problems problems = new Problems();
        DataLoader.load(root, problems, Store.none(), reads);
        assertThat(problems.sorted()).anyMatch(p -> p.file().endsWith("lien-ket.yaml") && p.code().equals("symlink"));
        assertSameAsAFullLoad(load(reads));
    }

    private DataSet load(Reads memory) {
        return DataLoader.load(root, new Problems(), Store.none(), memory);
    }

    /** The records' values and the problems are those of a load that reads every file. */
    private void assertSameAsAFullLoad(DataSet reused) {
        Problems full = new Problems();
        DataSet fresh = DataLoader.load(root, full, Store.none(), Reads.NONE);
        assertThat(reused.files()).isEqualTo(fresh.files());
        assertThat(names(reused)).isEqualTo(names(fresh));
        Problems again = new Problems();
        DataLoader.load(root, again, Store.none(), reads);
        assertThat(again.sorted()).isEqualTo(full.sorted());
    }

    private static List<String> names(DataSet data) {
        return data.registrations().stream().map(r -> r.src().file() + "=" + r.tenMoHinh()).toList();
    }

    private static Registration named(DataSet data, String file) {
        return data.registrations().stream().filter(r -> r.src().file().equals(file)).findFirst().orElseThrow();
    }
}
