package vn.somohinh.cache;

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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Values remembered across runs, by kind and key (see the package's documentation). Safe for concurrent use. */
public final class Store {
    /** Where under the site root the store lives: never in the site's output, never under data/. */
    public static final String FOLDER = "target/so-mo-hinh-cache";
    /** The layout of an entry file; a change makes every older entry a miss. */
    static final int FORMAT = 1;
    private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Store NONE = new Store(null, false);

    private final Path dir;
    private final boolean writes;

    private Store(Path dir, boolean writes) {
        this.dir = dir;
        this.writes = writes;
    }

    /** The store of the site at {@code root} (created on the first write). */
    public static Store open(Path root) {
        return new Store(root.resolve(FOLDER), true);
    }

    /** This store for a command that writes nothing (validate): what it holds is read, every put is dropped. */
    public Store readOnly() {
        return dir == null ? this : new Store(dir, false);
    }

    /** Whether a put is kept: work done only to be stored can be skipped when not. */
    public boolean writes() {
        return writes;
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
        if (!writes) {
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

    private static byte[] intBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
