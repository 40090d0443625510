package vn.somohinh.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of an office package compressed once and copied as they are (Commons Compress's raw entries) into each
 * archive made from them; one part, the one that differs, is compressed anew each time. Compressing nine small fixed
 * parts again for each of 50,000 documents would cost more than the document itself. Entries keep the fixed time
 * of {@link ReproducibleZip}, so the same content gives the same bytes.
 */
final class PackedParts {
    private final List<ZipArchiveEntry> entries = new ArrayList<>();
    private final Map<String, byte[]> raw = new HashMap<>();
    private final String fresh;
    private int size;

    /** {@code parts} in their order; {@code fresh} names the part each archive gives anew. */
    PackedParts(Map<String, byte[]> parts, String fresh) throws IOException {
        this.fresh = fresh;
        byte[] packed = ReproducibleZip.write(parts, Deflater.BEST_SPEED);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(packed)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                entries.add(e);
                byte[] bytes = zip.getRawInputStream(e).readAllBytes();
                raw.put(e.getName(), bytes);
                size += bytes.length + 2 * (e.getName().length() + 64);
            }
        }
    }

    /** The archive with {@code content} as the fresh part, compressed at the fastest level, the others as packed. */
    byte[] with(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + content.length / 3);
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (ZipArchiveEntry e : entries) {
                if (e.getName().equals(fresh)) {
                    ZipArchiveEntry part = new ZipArchiveEntry(fresh);
                    part.setMethod(ZipEntry.DEFLATED);
                    part.setTime(e.getTime());
                    z.putArchiveEntry(part);
                    z.write(content);
                    z.closeArchiveEntry();
                } else {
                    z.addRawArchiveEntry(e, new ByteArrayInputStream(raw.get(e.getName())));
                }
            }
        }
        return out.toByteArray();
    }
}
