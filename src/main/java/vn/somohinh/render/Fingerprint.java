package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import vn.somohinh.model.View;

/**
 * The SHA-256 of what a file is made from: the model's views are records of records, strings and numbers, written
 * here as JSON (Jackson; record components in declaration order) into the digest without keeping the text. Two
 * inputs with the same fingerprint make the same bytes, since templates and documents are deterministic.
 *
 * <p>One instance serves one build and remembers each view it digested, by identity: a campaign's view stands behind
 * its page, its desk, its agenda, its report page and six documents, and a model's behind its page and its
 * registration document, but each is written out once. A {@link View} inside another (the campaign's inside the
 * report's and the form's) is written as its own digest, so it is not written out again either: at 52,000 models
 * that was a third of the 750 MB digested per build.
 */
final class Fingerprint {
    private static final ObjectWriter JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // The digest stays open for the next part.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addModule(new SimpleModule().setSerializerModifier(new BeanSerializerModifier() {
                @Override
                public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                          JsonSerializer<?> serializer) {
                    return View.class.isAssignableFrom(bean.getBeanClass()) ? new Nested(serializer) : serializer;
                }
            }))
            .build().writer();
    /** Marks a nested view's digest where the view stands: a component typed as a view never holds a string. */
    private static final String DIGEST = "#sha-256:";
    private final Map<ViewKey.Identity, FutureTask<byte[]>> digests;
    /** The last build's digests of records by value: serve's, so that an unchanged view is not written out again. */
    private final Map<Object, byte[]> earlier;
    /** This build's, for the next. */
    private final Map<Object, byte[]> now;

    /** Whether this build's digests are kept for the next ({@link #remembered}). */
    private final boolean remembers;
    /**
     * Whether this build follows one of this run whose views it was given ({@link #Fingerprint(Map)}): a new view of
     * a kind serve's model stage keeps then has a new value, since the model stage gives an equal one back as the
     * last build's object (load/Recall). The first build of a run compares its files with what an earlier run
     * wrote, and digests every view.
     */
    private final boolean follows;
    private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();

    /** A fingerprint for a build that stands alone: nothing remembered from an earlier one, nothing kept. */
    Fingerprint() {
        this.earlier = Map.of();
        this.remembers = false;
        this.follows = false;
        this.digests = new ConcurrentHashMap<>();
        this.now = new ConcurrentHashMap<>();
    }

    /**
     * A fingerprint that takes the digest of a record equal to one of {@code earlier} (the {@link #remembered} of the
     * build before) and keeps its own for the next.
     */
    Fingerprint(Map<Object, byte[]> earlier) {
        this.earlier = earlier;
        this.remembers = true;
        this.follows = !earlier.isEmpty();
        // Sized for as many views as the build before had, so that filling them does not rehash them again and again.
        this.digests = new ConcurrentHashMap<>(earlier.size() + 1_024);
        this.now = new ConcurrentHashMap<>(earlier.size() + 1_024);
    }

    /**
     * The digests of this build's records by value, for the next build. Finding an equal record is cheaper than
     * digesting it again when the two share their strings (serve's loads reuse the records of unchanged files, so
     * String.equals and hashCode stop at the first check), which digesting cannot use.
     */
    Map<Object, byte[]> remembered() {
        return now;
    }

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
            digest.update(digestOf(part));
        }
    }

    /**
     * The SHA-256 of one view written as JSON, remembered. The first thread to ask digests it; another asking
     * meanwhile waits for that digest rather than making its own (a campaign's view is 24 MB of JSON at 10,000 models,
     * and the documents and the pages ask for it at once). Not computeIfAbsent: digesting a view digests the views
     * nested in it, which would update the map from inside its own update.
     */
    private byte[] digestOf(Object view) {
        FutureTask<byte[]> mine = new FutureTask<>(() -> remembered(view));
        FutureTask<byte[]> first = digests.putIfAbsent(new ViewKey.Identity(view), mine);
        FutureTask<byte[]> task = first == null ? mine : first;
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while digesting a view", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The digest of an equal record of the last build, else the view's own; kept for the next build either way. */
    private byte[] remembered(Object view) throws IOException {
        if (!remembers || !(view instanceof Record)) {
            return json(view);
        }
        // The same object as in the last build (a model's row and page that serve's model stage reused) needs no
        // hash of its value; an equal one, one hash; a new view of a kind the model stage keeps, none.
        ViewKey.Identity same = new ViewKey.Identity(view);
        byte[] digest = earlier.get(same);
        ViewKey.Value key = null;
        if (digest == null && !(view instanceof View.Kept)) {
            key = new ViewKey.Value(view);
            digest = earlier.get(key);
        }
        if (digest == null) {
            digest = view instanceof View.Kept && follows ? token() : json(view);
        }
        now.put(same, digest);
        if (key != null) {
            now.put(key, digest);
        }
        return digest;
    }

    /**
     * The fingerprint of a view that stands for itself: 32 random bytes, which no other view and no other run has, so
     * that the files made from it are made again, and taken over by the next build of this run while it keeps the
     * view. A campaign's view is 24 MB of JSON at 10,000 models, written out for nothing when it is known to be new.
     */
    private static byte[] token() {
        byte[] token = new byte[32];
        TOKENS.nextBytes(token);
        return token;
    }

    private byte[] json(Object view) throws IOException {
        MessageDigest digest = sha256();
        JSON.withAttribute(Fingerprint.class, this)
                .writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), view);
        return digest.digest();
    }

    /** A view's serializer: the view itself at the top, its digest where it stands inside another. */
    private static final class Nested extends JsonSerializer<Object> implements ResolvableSerializer {
        private final JsonSerializer<Object> whole;

        @SuppressWarnings("unchecked")
        Nested(JsonSerializer<?> whole) {
            this.whole = (JsonSerializer<Object>) whole;
        }

        /** The bean serializer finds its properties' serializers here, once, as it would unwrapped. */
        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (whole instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        public void serialize(Object view, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (out.getOutputContext().inRoot()) {
                whole.serialize(view, out, provider);
            } else {
                Fingerprint owner = (Fingerprint) provider.getAttribute(Fingerprint.class);
                out.writeString(DIGEST + HexFormat.of().formatHex(owner.digestOf(view)));
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
