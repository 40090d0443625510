package vn.somohinh.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/** Values remembered across runs, by kind and key (see the package's documentation). Safe for concurrent use. */
public final class Store {
    /** Where under the site root the store lives: never in the site's output, never under data/. */
    public static final String FOLDER = "target/so-mo-hinh-cache";
    private static final int MAGIC = 0x534d4843; // "SMHC"
    /** The layout of an entry file; a change makes every older entry a miss. */
    static final int FORMAT = 1;
    private static final int CHECKSUM = 4;
    private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Store NONE = new Store(null);

    private final Path dir;

    private Store(Path dir) {
        this.dir = dir;
    }

    /** The store of the site at {@code root} (created on the first write). */
    public static Store open(Path root) {
        return new Store(root.resolve(FOLDER));
    }

    /** A store that remembers nothing: every get is a miss, every put is dropped. */
    public static Store none() {
        return NONE;
    }

    /** The folder of the store, or empty for {@link #none()}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(dir);
    }

    /** The SHA-256, in hex, of the parts, each prefixed by its length so that no two lists of parts share a key. */
    public static String key(byte[]... parts) {
        MessageDigest sha = sha256();
        for (byte[] part : parts) {
            sha.update(intBytes(part.length));
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@link #key(byte[]...)} of strings, as UTF-8. */
    public static String key(String... parts) {
        return key(Arrays.stream(parts).map(p -> p.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    /** The value stored under {@code kind} and {@code key}, or empty when there is none that checks out. */
    public Optional<byte[]> get(String kind, String key) {
        return read(kind, key).map(value -> {
            byte[] copy = new byte[value.remaining()];
            value.get(copy);
            return copy;
        });
    }

    /** As {@link #get}, without copying a large value: a buffer over the entry as read, the caller's own. */
    public Optional<ByteBuffer> read(String kind, String key) {
        if (dir == null) {
            return Optional.empty();
        }
        byte[] file;
        try {
            file = Files.readAllBytes(fileOf(kind, key));
        } catch (IOException | UncheckedIOException | SecurityException | OutOfMemoryError e) {
            return Optional.empty();
        }
        return Optional.ofNullable(Entry.open(file, kind, key));
    }

    /** Stores {@code value}; when the store cannot be written (full disk, read-only folder) the value is dropped. */
    public void put(String kind, String key, byte[] value) {
        put(kind, key, List.of(ByteBuffer.wrap(value)));
    }

    /** Stores the parts, one after the other, as one value (a large value need not be copied together first). */
    public void put(String kind, String key, List<ByteBuffer> value) {
        if (dir == null) {
            return;
        }
        Path target = fileOf(kind, key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".tmp-", "");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                for (ByteBuffer part : Entry.seal(kind, key, value)) {
                    while (part.hasRemaining()) {
                        out.write(part);
                    }
                }
            }
            move(temp, target);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            deleteQuietly(temp); // a cache that cannot be written only means the work is done again
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | SecurityException e) {
                // left for the next run to overwrite; temporary names never collide with entries
            }
        }
    }

    /** The entry's file: named by a hash of kind and key, so that any key makes a safe file name. */
    Path fileOf(String kind, String key) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind: " + kind);
        }
        String name = key(kind, key);
        return dir.resolve(kind).resolve(name.substring(0, 2)).resolve(name.substring(2));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static byte[] intBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    /**
     * The bytes of one entry file: magic, format, kind, key, value, then the CRC-32C of all before it. The checksum
     * catches a cut or altered file; the header catches an entry of another kind, key or format. (CRC-32C rather than
     * SHA-256: the JVM computes it in hardware, where SHA-256 under the build's C1 compiler costs about 1 s per
     * 100 MB, and nobody forges entries in their own target/ folder.)
     */
    private static final class Entry {
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
                out.writeInt(FORMAT);
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
                if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(kind)
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
    }
}
