package vn.somohinh.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.somohinh.report.Documents.Document;

/**
 * The office documents and data files that {@code report} makes, each written by the render pool as a job, or taken
 * over from the previous build when it was made from the same inputs.
 */
final class DocumentFiles {
    private DocumentFiles() {
    }

    /**
     * One job per document, in the order given (largest first), each writing its file under {@code output}; once
     * {@code stop} says so, the jobs not yet started do nothing.
     */
    static List<Parallel.Job> jobs(List<Document> documents, Path output, Folders folders, Reuse reuse,
                                   Fingerprint fingerprint, java.util.function.BooleanSupplier stop) {
        return documents.stream().<Parallel.Job>map(d -> () -> {
            if (stop.getAsBoolean()) {
                return;
            }
            String key = d.inputs() == null ? null : fingerprint.of(d.path(), d.inputs());
            if (reuse.take(d.path(), key)) {
                return;
            }
            Path file = output.resolve(d.path());
            folders.make(file.getParent());
            // Streamed: the largest documents (a full export at 50,000 models) never sit whole in memory.
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                d.content().write(out);
            }
            reuse.made(d.path(), key, file);
        }).toList();
    }
}
