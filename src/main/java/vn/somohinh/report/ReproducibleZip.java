package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Office files are zip archives whose entries carry the time they were written; rewriting them with one fixed time
 * (in local DOS time, so no time zone enters) makes the same report give the same bytes. The archive is read
 * through its central directory (a streaming read trips on the data descriptors POI's streaming writer uses).
 */
final class ReproducibleZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] normalize(byte[] zip) throws IOException {
        return write(entries(zip));
    }

    /** As {@link #normalize(byte[])}, from the archive in {@code zip} to {@code out}, one entry at a time. */
    static void normalize(Path zip, java.io.OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            ZipOutputStream z = new ZipOutputStream(out);
            z.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry e : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                z.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(z);
                }
                z.closeEntry();
            }
            // Finished, not closed: the stream is the caller's.
            z.finish();
        }
    }

    /** The archive's entries by name, in the order they are stored. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Path tmp = Files.createTempFile("so-mo-hinh-", ".zip");
        try {
            Files.write(tmp, zip);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile in = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    try (InputStream data = in.getInputStream(e)) {
                        entries.put(e.getName(), data.readAllBytes());
                    }
                }
            }
            return entries;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** An archive of {@code entries} in their order, every entry dated with the one fixed time. */
    static byte[] write(Map<String, byte[]> entries) throws IOException {
        return write(entries, Deflater.DEFAULT_COMPRESSION);
    }

    /** As {@link #write(Map)}, compressed at {@code level} (a {@link Deflater} level). */
    static byte[] write(Map<String, byte[]> entries, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(level);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry copy = new ZipEntry(e.getKey());
                copy.setTimeLocal(FIXED);
                z.putNextEntry(copy);
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
