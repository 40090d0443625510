package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The parts of an office package deflated once and written as they are into each archive made from them; one part,
 * the one that differs, is deflated anew each time with the thread's own {@link Deflater}. A zip archive is local
 * headers, the data, then a central directory (PKWARE APPNOTE 4.3); with every size and checksum known beforehand it
 * needs nothing else, and this class writes just that. A zip library opens a compressor for each archive and
 * compresses each part again: for each of 50,000 documents that cost more than the document itself. Every entry has
 * the fixed time of {@link ReproducibleZip} (1 January 2000, DOS time), so the same content gives the same bytes.
 */
final class PackedParts {
    private static final int DOS_TIME = 0;                               // 00:00:00
    private static final int DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1; // 2000-01-01
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    /** One entry: its name, checksum, sizes and deflated bytes; null bytes for the fresh part. */
    private record Part(byte[] name, long crc, int size, byte[] deflated) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final String fresh;

    /** {@code parts} in their order; {@code fresh} names the part each archive gives anew. */
    PackedParts(Map<String, byte[]> parts, String fresh) {
        this.fresh = fresh;
        parts.forEach((name, bytes) -> this.parts.add(name.equals(fresh) ? new Part(ascii(name), 0, 0, null) : pack(name, bytes)));
    }

    /** The archive with {@code content} as the fresh part. */
    byte[] with(byte[] content) throws IOException {
        List<Part> all = new ArrayList<>(parts.size());
        int length = 22;
        for (Part p : parts) {
            Part part = p.deflated() == null ? pack(fresh, content) : p;
            all.add(part);
            length += 30 + 46 + 2 * part.name().length + part.deflated().length;
        }
        ByteBuffer zip = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        int[] offsets = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            offsets[i] = zip.position();
            Part p = all.get(i);
            zip.putInt(0x04034b50).putShort((short) 20);
            common(zip, p);
            zip.put(p.name()).put(p.deflated());
        }
        int directory = zip.position();
        for (int i = 0; i < all.size(); i++) {
            Part p = all.get(i);
            zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
            common(zip, p);
            zip.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offsets[i]).put(p.name());
        }
        int size = zip.position() - directory;
        zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) all.size())
                .putShort((short) all.size()).putInt(size).putInt(directory).putShort((short) 0);
        return zip.array();
    }

    /** The fields the local header and the directory entry share, from the flags to the extra field's length. */
    private static void common(ByteBuffer zip, Part p) {
        zip.putShort((short) 0).putShort((short) 8).putShort((short) DOS_TIME).putShort((short) DOS_DATE)
                .putInt((int) p.crc()).putInt(p.deflated().length).putInt(p.size())
                .putShort((short) p.name().length).putShort((short) 0);
    }

    private static Part pack(String name, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Deflater d = DEFLATER.get();
        d.reset();
        d.setInput(bytes);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        byte[] buffer = new byte[8192];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        return new Part(ascii(name), crc.getValue(), bytes.length, out.toByteArray());
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
