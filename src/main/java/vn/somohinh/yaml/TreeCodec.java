package vn.somohinh.yaml;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;

/**
 * What {@link SafeYamlReader#read} gave for one file (its tree, every place kept, and its problems) as bytes and
 * back, so that a later run can skip the parser. {@link #VERSION} changes whenever the reader's code or its
 * libraries do: a tree stored by another reader is never taken for this one's.
 */
public final class TreeCodec {
    /** A fingerprint of the reader: its classes' bytes and the versions of Jackson and SnakeYAML. */
    public static final String VERSION = ReaderVersion.fingerprint();

    private static final int NONE = 0;
    private static final int SCALAR = 1;
    private static final int SEQ = 2;
    private static final int MAPPING = 3;

    private TreeCodec() {
    }

    /** A file's tree (null when it could not be used) and its problems, all at the file's path. */
    public record Read(Node root, List<Problem> problems) {
    }

    public static byte[] encode(Read read) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(read.problems().size());
            for (Problem p : read.problems()) {
                out.writeInt(p.line());
                out.writeInt(p.column());
                out.writeByte(p.severity().ordinal());
                text(out, p.code());
                text(out, p.message());
            }
            node(out, read.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the stream is in memory
        }
        return bytes.toByteArray();
    }

    /** The read stored in {@code bytes}, its problems placed in {@code file}; null when the bytes are not one. */
    public static Read decode(byte[] bytes, String file) {
        try {
            Reader in = new Reader(bytes);
            int count = in.count();
            List<Problem> problems = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int line = in.integer();
                int column = in.integer();
                Severity severity = Severity.values()[in.bytes[in.at++]];
                problems.add(new Problem(file, line, column, severity, in.text(), in.text()));
            }
            Node root = in.node(0);
            return in.at == bytes.length ? new Read(root, List.copyOf(problems)) : null;
        } catch (RuntimeException e) {
            return null; // truncated or not ours: read the file again
        }
    }

    private static void node(DataOutputStream out, Node node) throws IOException {
        if (node == null) {
            out.writeByte(NONE);
        } else if (node instanceof Node.Scalar s) {
            out.writeByte(SCALAR);
            pos(out, s.pos());
            out.writeByte((s.plain() ? 1 : 0) | (s.isNull() ? 2 : 0));
            text(out, s.text());
            text(out, s.resolved());
        } else if (node instanceof Node.Seq seq) {
            out.writeByte(SEQ);
            pos(out, seq.pos());
            out.writeInt(seq.items().size());
            for (Node item : seq.items()) {
                node(out, item);
            }
        } else {
            Node.Mapping map = (Node.Mapping) node;
            out.writeByte(MAPPING);
            pos(out, map.pos());
            out.writeInt(map.entries().size());
            for (Node.Entry e : map.entries().values()) {
                text(out, e.key());
                pos(out, e.keyPos());
                node(out, e.value());
            }
        }
    }

    private static void pos(DataOutputStream out, Pos pos) throws IOException {
        out.writeInt(pos.line());
        out.writeInt(pos.column());
    }

    /** UTF-8 with its length; -1 for null (DataOutputStream.writeUTF stops at 64 KB). */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Reads what {@link #encode} wrote; throws on anything else (caught by {@link #decode}). */
    static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int integer() {
            int n = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | bytes[at + 3] & 0xff;
            at += 4;
            return n;
        }

        int count() {
            int n = integer();
            if (n < 0 || n > bytes.length - at) {
                throw new IllegalStateException("count");
            }
            return n;
        }

        String text() {
            int length = integer();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > bytes.length - at) {
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
            int kind = bytes[at++];
            return switch (kind) {
                case NONE -> null;
                case SCALAR -> {
                    Pos pos = pos();
                    int flags = bytes[at++];
                    yield new Node.Scalar(text(), pos, (flags & 1) != 0, (flags & 2) != 0, text());
                }
                case SEQ -> {
                    Pos pos = pos();
                    int count = count();
                    List<Node> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(node(depth + 1));
                    }
                    yield new Node.Seq(List.copyOf(items), pos);
                }
                case MAPPING -> mapping(depth);
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
}
