package vn.somohinh.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The bytes of one entry file: magic, format, kind, key, value, then the CRC-32C of all before it. The checksum
 * catches a cut or altered file; the header catches an entry of another kind, key or format. (CRC-32C rather than
 * SHA-256: the JVM computes it in hardware, where SHA-256 under the build's C1 compiler costs about 1 s per
 * 100 MB, and nobody forges entries in their own target/ folder.)
 */
final class Entry {
    private static final int MAGIC = 0x534d4843; // "SMHC"
    private static final int CHECKSUM = 4;

    private Entry() {
    }

    /** The parts of the entry file, in order: header, the value's parts, checksum. */
    static List<ByteBuffer> seal(String kind, String key, List<ByteBuffer> value) throws IOException {
        long length = value.stream().mapToLong(ByteBuffer::remaining).sum();
        if (length > Integer.MAX_VALUE - 1024) {
            throw new IOException("value too large for one entry");
        }
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeInt(MAGIC);
            out.writeInt(Store.FORMAT);
            out.writeUTF(kind);
            out.writeUTF(key);
            out.writeInt((int) length);
        }
        List<ByteBuffer> parts = new ArrayList<>();
        parts.add(ByteBuffer.wrap(header.toByteArray()));
        value.forEach(part -> parts.add(part.duplicate()));
        CRC32C crc = new CRC32C();
        parts.forEach(part -> crc.update(part.duplicate()));
        parts.add(ByteBuffer.allocate(CHECKSUM).putInt(0, (int) crc.getValue()));
        return parts;
    }

    /** The value, or null unless the file is a whole, unaltered entry of this format, kind and key. */
    static ByteBuffer open(byte[] file, String kind, String key) {
        int body = file.length - CHECKSUM;
        if (body < 16 || crc(file, body) != ByteBuffer.wrap(file, body, CHECKSUM).getInt()) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, 0, body))) {
            if (in.readInt() != MAGIC || in.readInt() != Store.FORMAT || !in.readUTF().equals(kind)
                    || !in.readUTF().equals(key)) {
                return null;
            }
            int length = in.readInt();
            if (length != in.available()) {
                return null;
            }
            return ByteBuffer.wrap(file, body - length, length).slice();
        } catch (IOException e) {
            return null;
        }
    }

    static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
