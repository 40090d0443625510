package vn.somohinh.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import vn.somohinh.publish.Publisher;
import vn.somohinh.render.DeferredDocuments;
import vn.somohinh.render.Reuse;

/**
 * serve's documents of the last published build, left for after its pages (render/DeferredDocuments): made into a
 * staging folder of their own, moved into place, and recorded in the render state.
 */
final class LaterDocuments {
    private DeferredDocuments pending;

    /** The documents of the build just published (null: it made them with its pages). */
    void leave(DeferredDocuments documents) {
        pending = documents;
    }

    /** See {@link Recipe#writeDocuments}. */
    int write(RenderState state, Path out, Stopwatch watch, BooleanSupplier stop) throws IOException {
        DeferredDocuments documents = pending;
        pending = null;
        if (documents == null) {
            return -1;
        }
        Path staging = Publisher.stagingFor(out);
        try {
            Reuse used = state.last();
            if (!documents.write(staging, used, stop)) {
                return -1;
            }
            Publisher.update(staging, out, List.of());
            state.published(used.whole());
            watch.lap("documents");
            return used.made();
        } finally {
            Publisher.discardStaging(staging);
        }
    }
}
