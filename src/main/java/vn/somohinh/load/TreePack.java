package vn.somohinh.load;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored reads of all data files as one value: a count, then for each file the key of its read (32 bytes of
 * SHA-256), the stored read's length and the read. One file in the store for the whole of data/: writing and reading
 * tens of thousands of small files costs more in the kernel than parsing them.
 */
final class TreePack {
    private static final int KEY = 32;

    private TreePack() {
    }

    /** A stored read: {@code length} bytes of {@code array} from {@code offset}. */
    record Slice(byte[] array, int offset, int length) {
        static Slice of(byte[] bytes) {
            return new Slice(bytes, 0, bytes.length);
        }

        ByteBuffer buffer() {
            return ByteBuffer.wrap(array, offset, length);
        }
    }

    /** The reads in a stored pack by their keys (hex), or none when the pack is not whole. */
    static Map<String, Slice> entries(ByteBuffer value) {
        try {
            byte[] array = value.array();
            ByteBuffer in = ByteBuffer.wrap(array, value.arrayOffset() + value.position(), value.remaining());
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / (KEY + 4)) {
                return Map.of();
            }
            Map<String, Slice> entries = new HashMap<>(count * 2);
            byte[] key = new byte[KEY];
            for (int i = 0; i < count; i++) {
                in.get(key);
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    return Map.of();
                }
                entries.put(HexFormat.of().formatHex(key), new Slice(array, in.position(), length));
                in.position(in.position() + length);
            }
            return in.hasRemaining() ? Map.of() : entries;
        } catch (RuntimeException e) {
            return Map.of(); // cut short, or not a pack: every file is read again
        }
    }

    /** The pack of {@code entries}, in key order, as parts for {@link vn.somohinh.cache.Store#put}. */
    static List<ByteBuffer> parts(Map<String, Slice> entries) {
        List<ByteBuffer> parts = new ArrayList<>(entries.size() * 2 + 1);
        parts.add(ByteBuffer.allocate(4).putInt(0, entries.size()));
        for (Map.Entry<String, Slice> e : new TreeMap<>(entries).entrySet()) {
            ByteBuffer head = ByteBuffer.allocate(KEY + 4);
            head.put(HexFormat.of().parseHex(e.getKey())).putInt(e.getValue().length()).flip();
            parts.add(head);
            parts.add(e.getValue().buffer());
        }
        return parts;
    }
}
