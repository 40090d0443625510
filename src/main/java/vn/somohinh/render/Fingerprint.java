package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what a file is made from: the model's views are records of records, strings and numbers, written
 * here as JSON (Jackson; record components in declaration order) into the digest without keeping the text. Two
 * inputs with the same fingerprint make the same bytes, since templates and documents are deterministic.
 */
final class Fingerprint {
    private static final ObjectWriter JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // The digest stays open for the next part.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build().writer();

    private Fingerprint() {
    }

    /** The fingerprint of {@code parts} in order, as hex; a part may be a record, a list, a string or null. */
    static String of(Object... parts) {
        MessageDigest digest = sha256();
        DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
        try {
            for (Object part : parts) {
                JSON.writeValue(out, part);
                out.write(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
