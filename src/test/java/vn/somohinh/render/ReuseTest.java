package vn.somohinh.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of the previous build that this one did not make, take over or carry: those publish deletes. */
class ReuseTest {
    @TempDir
    Path published;
    @TempDir
    Path staging;

    @Test
    void everyFileAccountedForLeavesNothingToDelete() throws IOException {
        Reuse reuse = new Reuse(published, previous("a.html", "b.html", "c.docx"));
        assertThat(reuse.take("a.html", "key a.html")).isTrue();
        reuse.made("b.html", "new key", write(staging, "b.html"));
        reuse.carry("c.docx");
        assertThat(reuse.removed()).isEmpty();
    }

    @Test
    void aFileNotMadeAgainIsToDelete() throws IOException {
        Reuse reuse = new Reuse(published, previous("a.html", "b.html", "c.docx"));
        reuse.take("a.html", "key a.html");
        reuse.carry("c.docx");
        // A new file does not stand in for one that went.
        reuse.made("d.html", null, write(staging, "d.html"));
        assertThat(reuse.removed()).containsExactly("b.html");
    }

    @Test
    void aFileMadeTwiceCountsOnce() throws IOException {
        Reuse reuse = new Reuse(published, previous("a.html", "b.html", "c.docx"));
        reuse.made("a.html", "other", write(staging, "a.html"));
        reuse.made("a.html", "again", write(staging, "a.html"));
        reuse.carry("c.docx");
        reuse.carry("c.docx");
        assertThat(reuse.removed()).containsExactly("b.html");
    }

    @Test
    void aChangedKeyIsMadeAgainAndAnUnknownPathCarriesNothing() throws IOException {
        Reuse reuse = new Reuse(published, previous("a.html", "b.html"));
        assertThat(reuse.take("a.html", "changed")).isFalse();
        reuse.carry("x.docx");
        reuse.take("b.html", "key b.html");
        assertThat(reuse.removed()).containsExactly("a.html");
        assertThat(reuse.whole().removed()).as("the whole state keeps every earlier file").isEmpty();
    }

    /**
     * serve's search rows go from a build to the next, and through the documents made after a build's pages (which
     * write no search data) to the build after that.
     */
    @Test
    void theSearchRowsOfABuildReachTheNextThroughItsLaterDocuments() {
        Reuse first = new Reuse(published, Map.of()).remembering();
        SearchRows rows = new SearchRows(List.of(List.of("a")), Map.of());
        first.remembered().keepSearchRows(rows);
        Reuse second = first.next(published);
        assertThat(second.remembered().searchRowsBefore()).isSameAs(rows);
        Reuse afterDocuments = second.whole();
        assertThat(afterDocuments.next(published).remembered().searchRowsBefore()).isSameAs(rows);
        SearchRows newer = new SearchRows(List.of(List.of("b")), Map.of());
        second.remembered().keepSearchRows(newer);
        assertThat(second.whole().next(published).remembered().searchRowsBefore()).isSameAs(newer);
    }

    /** A previous build that wrote {@code paths}, each published with the key "key " + path. */
    private Map<String, Reuse.Entry> previous(String... paths) throws IOException {
        Map<String, Reuse.Entry> entries = new LinkedHashMap<>();
        for (String path : paths) {
            BasicFileAttributes a = Files.readAttributes(write(published, path), BasicFileAttributes.class);
            entries.put(path, new Reuse.Entry("key " + path, a.size(), a.lastModifiedTime().toMillis()));
        }
        return entries;
    }

    private static Path write(Path folder, String path) throws IOException {
        return Files.writeString(folder.resolve(path), "<p>" + path + "</p>");
    }
}
