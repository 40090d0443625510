package vn.somohinh.yaml;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;

/**
 * What {@link SafeYamlReader#read} gave for one file (its tree, every place kept, and its problems) as bytes and
 * back, so that a later run can skip the parser. {@link #VERSION} changes whenever the reader's code or its
 * libraries do: a tree stored by another reader is never taken for this one's.
 */
public final class TreeCodec {
    /** A fingerprint of the reader (its classes, the problem texts, its libraries); null when it cannot be taken. */
    public static final String VERSION = ReaderVersion.fingerprint();

    static final int NONE = 0;
    static final int SCALAR = 1;
    static final int SEQ = 2;
    static final int MAPPING = 3;

    private TreeCodec() {
    }

    /** A file's tree (null when it could not be used) and its problems, all at the file's path. */
    public record Read(Node root, List<Problem> problems) {
    }

    public static byte[] encode(Read read) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            number(out, read.problems().size());
            for (Problem p : read.problems()) {
                number(out, p.line());
                number(out, p.column());
                number(out, p.severity().ordinal());
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
        return decode(bytes, 0, bytes.length, file);
    }

    /** As {@link #decode(byte[], String)}, of {@code length} bytes from {@code offset}. */
    public static Read decode(byte[] bytes, int offset, int length, String file) {
        try {
            TreeReader in = new TreeReader(bytes, offset, offset + length);
            int count = in.count();
            List<Problem> problems = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int line = in.integer();
                int column = in.integer();
                Severity severity = Severity.values()[in.integer()];
                problems.add(new Problem(file, line, column, severity, in.text(), in.text()));
            }
            Node root = in.node(0);
            return in.done() ? new Read(root, List.copyOf(problems)) : null;
        } catch (RuntimeException e) {
            return null; // truncated or not ours: read the file again
        }
    }

    private static void node(DataOutputStream out, Node node) throws IOException {
        if (node == null) {
            number(out, NONE);
        } else if (node instanceof Node.Scalar s) {
            number(out, SCALAR);
            pos(out, s.pos());
            number(out, (s.plain() ? 1 : 0) | (s.isNull() ? 2 : 0));
            text(out, s.text());
            text(out, s.resolved());
        } else if (node instanceof Node.Seq seq) {
            number(out, SEQ);
            pos(out, seq.pos());
            number(out, seq.items().size());
            for (Node item : seq.items()) {
                node(out, item);
            }
        } else {
            Node.Mapping map = (Node.Mapping) node;
            number(out, MAPPING);
            pos(out, map.pos());
            number(out, map.entries().size());
            for (Node.Entry e : map.entries().values()) {
                text(out, e.key());
                pos(out, e.keyPos());
                node(out, e.value());
            }
        }
    }

    /** A number from -1 up, in as few bytes as it needs: 7 bits a byte, the high bit saying more follow. */
    private static void number(DataOutputStream out, int n) throws IOException {
        int rest = n + 1;
        while ((rest & ~0x7f) != 0) {
            out.write(rest & 0x7f | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    private static void pos(DataOutputStream out, Pos pos) throws IOException {
        number(out, pos.line());
        number(out, pos.column());
    }

    /** UTF-8 after its length; -1 for null (DataOutputStream.writeUTF stops at 64 KB). */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            number(out, -1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        number(out, utf8.length);
        out.write(utf8);
    }
}
