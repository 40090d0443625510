package vn.somohinh.render;

import java.util.Map;

/**
 * What a build keeps in memory for the next one in the same process (serve), beside the files' entries of
 * {@link Reuse}: the views' digests (render/Fingerprint) and the search data's rows (render/SearchRows). A single
 * {@code build} keeps none: keeping them costs a hash of every view, which one build would pay for nothing.
 */
final class Remembered {
    static final Remembered NONE = new Remembered(Map.of(), SearchRows.NONE, false);
    private final Map<Object, byte[]> digestsBefore;
    private volatile Map<Object, byte[]> digests = Map.of();
    private final SearchRows searchRowsBefore;
    /** The previous build's until this one writes the search data: serve's documents, made later, write none. */
    private volatile SearchRows searchRows;
    private final boolean remembers;

    private Remembered(Map<Object, byte[]> digestsBefore, SearchRows searchRowsBefore, boolean remembers) {
        this.digestsBefore = digestsBefore;
        this.searchRowsBefore = searchRowsBefore;
        this.searchRows = searchRowsBefore;
        this.remembers = remembers;
    }

    /** The same memories of the build before, kept from now on for the next build. */
    Remembered remembering() {
        return new Remembered(digestsBefore, searchRowsBefore, true);
    }

    /** For the next build: what this one kept becomes what the build before kept. */
    Remembered next() {
        return new Remembered(digests, searchRows, remembers);
    }

    /** A copy that has kept what this one has so far (Reuse#whole, after the deferred documents). */
    Remembered copy() {
        Remembered copy = new Remembered(digestsBefore, searchRowsBefore, remembers);
        copy.digests = digests;
        copy.searchRows = searchRows;
        return copy;
    }

    /** Whether the views' digests are kept for the next build. */
    boolean remembers() {
        return remembers;
    }

    /** The views' digests of the build before this one (none after a run's first build). */
    Map<Object, byte[]> digestsBefore() {
        return digestsBefore;
    }

    /** Keeps this build's views' digests for the next build, once the build has made every file. */
    void keepDigests(Map<Object, byte[]> made) {
        digests = made;
    }

    /** The search data's rows of the build before this one (none after a run's first build). */
    SearchRows searchRowsBefore() {
        return searchRowsBefore;
    }

    /** Keeps this build's search rows for the next build. */
    void keepSearchRows(SearchRows made) {
        searchRows = made;
    }
}
