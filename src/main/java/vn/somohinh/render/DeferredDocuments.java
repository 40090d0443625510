package vn.somohinh.render;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import vn.somohinh.report.Documents;

/**
 * The documents of a build whose pages were rendered without them ({@link SiteRenderer#renderPages}): made once the
 * pages are published, with the same fingerprint, so that the views the pages digested are not digested again.
 */
public final class DeferredDocuments {
    private final List<Documents.Document> documents;
    private final Fingerprint fingerprint;

    DeferredDocuments(List<Documents.Document> documents, Fingerprint fingerprint) {
        this.documents = documents;
        this.fingerprint = fingerprint;
    }

    /**
     * Makes into {@code folder} each document whose inputs differ from {@code reuse}'s (the state the pages were
     * published with) and records every document in it; false when {@code stop} said so first, and then the folder
     * is incomplete and must be discarded.
     */
    public boolean write(Path folder, Reuse reuse, BooleanSupplier stop) {
        BakeSession.withNeutralLocale(() -> Parallel.run(DocumentFiles.jobs(documents, folder, new Folders(folder),
                reuse, fingerprint, stop)));
        reuse.remembered().keepDigests(fingerprint.remembered());
        return !stop.getAsBoolean();
    }
}
