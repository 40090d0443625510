package vn.somohinh.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link History} as the cache stores it: JSON of plain rows (Jackson), files in path order so that the same history
 * gives the same bytes. Anything that does not read back as a whole history is a miss.
 */
final class HistoryCodec {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One change; the instant as seconds and nanoseconds, the kind as a one-letter string. */
    record Row(long seconds, int nanos, String author, String message, String commit, String kind) {
        static Row of(History.Change c) {
            return new Row(c.when().getEpochSecond(), c.when().getNano(), c.author(), c.message(), c.commit(),
                    String.valueOf(c.kind()));
        }

        History.Change change() {
            if (kind.length() != 1 || author == null || message == null || commit == null) {
                throw new IllegalArgumentException("not a change");
            }
            return new History.Change(Instant.ofEpochSecond(seconds, nanos), author, message, commit, kind.charAt(0));
        }
    }

    record Stored(Map<String, List<Row>> byFile, Row last) {
    }

    private HistoryCodec() {
    }

    /** The bytes of an available history. */
    static byte[] encode(History history) throws IOException {
        Map<String, List<Row>> files = new TreeMap<>();
        history.byFile().forEach((file, changes) -> files.put(file, changes.stream().map(Row::of).toList()));
        return JSON.writeValueAsBytes(new Stored(files, history.lastCommit() == null ? null
                : Row.of(history.lastCommit())));
    }

    /** The history {@code bytes} hold, or empty when they do not hold one whole. */
    static Optional<History> decode(byte[] bytes) {
        try {
            Stored stored = JSON.readValue(bytes, Stored.class);
            Map<String, List<History.Change>> byFile = new HashMap<>();
            for (Map.Entry<String, List<Row>> e : stored.byFile().entrySet()) {
                List<History.Change> changes = new ArrayList<>();
                for (Row row : e.getValue()) {
                    changes.add(row.change());
                }
                byFile.put(e.getKey(), List.copyOf(changes));
            }
            return Optional.of(new History(true, null, Map.copyOf(byFile),
                    stored.last() == null ? null : stored.last().change()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
