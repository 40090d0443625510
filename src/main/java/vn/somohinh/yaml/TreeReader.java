package vn.somohinh.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what {@link TreeCodec#encode} wrote; throws on anything else (caught by {@link #decode}). */
final class TreeReader {
    private final byte[] bytes;
    private final int end;
    private int at;

    TreeReader(byte[] bytes, int from, int end) {
        if (from < 0 || end > bytes.length || from > end) {
            throw new IllegalStateException("range");
        }
        this.bytes = bytes;
        this.at = from;
        this.end = end;
    }

    int integer() {
        int n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (at >= end) {
                throw new IllegalStateException("end");
            }
            int b = bytes[at++];
            n |= (b & 0x7f) << shift;
            if (b >= 0) {
                return n - 1;
            }
        }
        throw new IllegalStateException("number");
    }

    int count() {
        int n = integer();
        if (n < 0 || n > end - at) {
            throw new IllegalStateException("count");
        }
        return n;
    }

    /** Whether every byte was read: an entry with more is not one of ours. */
    boolean done() {
        return at == end;
    }

    String text() {
        int length = integer();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > end - at) {
            throw new IllegalStateException("length");
        }
        String text = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return text;
    }

    Pos pos() {
        return Pos.of(integer(), integer());
    }

    Node node(int depth) {
        if (depth > SafeYamlReader.MAX_DEPTH + 1) {
            throw new IllegalStateException("depth");
        }
        int kind = integer();
        return switch (kind) {
            case TreeCodec.NONE -> null;
            case TreeCodec.SCALAR -> {
                Pos pos = pos();
                int flags = integer();
                yield new Node.Scalar(text(), pos, (flags & 1) != 0, (flags & 2) != 0, text());
            }
            case TreeCodec.SEQ -> {
                Pos pos = pos();
                int count = count();
                List<Node> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(node(depth + 1));
                }
                yield new Node.Seq(List.copyOf(items), pos);
            }
            case TreeCodec.MAPPING -> mapping(depth);
            default -> throw new IllegalStateException("kind " + kind);
        };
    }

    private Node mapping(int depth) {
        Pos pos = pos();
        int count = count();
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = text();
            String key = name == null ? null : name.intern(); // as the reader keeps keys
            Pos keyPos = pos();
            entries.put(key, new Node.Entry(key, keyPos, node(depth + 1)));
        }
        return new Node.Mapping(entries, pos);
    }
}
