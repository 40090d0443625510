package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of what a file is made from: the model's views are records of records, strings and numbers, written
 * here as JSON (Jackson; record components in declaration order) into the digest without keeping the text. Two
 * inputs with the same fingerprint make the same bytes, since templates and documents are deterministic.
 *
 * <p>One instance serves one build and remembers each view it digested, by identity: a campaign's view stands behind
 * its page, its desk, its agenda, its report page and six documents, and a model's behind its page and its
 * registration document, but each is written out once.
 */
final class Fingerprint {
    private static final ObjectWriter JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // The digest stays open for the next part.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build().writer();
    private final Map<Identity, byte[]> digests = new ConcurrentHashMap<>();

    /**
     * The fingerprint of {@code parts} in order, as hex. A part may be a record, a string, null or a list, whose
     * elements count as parts of their own (so that a list made for the call still finds its views remembered).
     */
    String of(Object... parts) {
        MessageDigest digest = sha256();
        add(digest, List.of(parts));
        return HexFormat.of().formatHex(digest.digest());
    }

    private void add(MessageDigest digest, Object part) {
        if (part instanceof List<?> list) {
            digest.update((byte) '[');
            for (Object element : list) {
                add(digest, element);
            }
            digest.update((byte) ']');
        } else if (part instanceof String s) {
            digest.update((byte) '"');
            digest.update(s.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        } else if (part == null) {
            digest.update((byte) 'n');
        } else {
            digest.update((byte) '{');
            digest.update(digests.computeIfAbsent(new Identity(part), Fingerprint::json));
        }
    }

    /** The SHA-256 of one view written as JSON. */
    private static byte[] json(Identity view) {
        MessageDigest digest = sha256();
        try {
            JSON.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), view.object());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A view as a key by identity: records are compared by value, which would walk the whole view each time. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
