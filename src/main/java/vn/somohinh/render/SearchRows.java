package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.model.ModelView;

/**
 * The search data's model rows as one build wrote them (UTF-8 JSON), for serve's next build: a save changes a
 * model or two, and serve keeps every other model's view (model/ModelMemory), so the next build writes those rows'
 * bytes again instead of folding and encoding 50,000 texts. A row holds indexes into the code lists, so the rows
 * are good only while the lists are the ones they were made with ({@link #codes}).
 */
final class SearchRows {
    static final SearchRows NONE = new SearchRows(List.of(), Map.of());

    /** The ids of the code lists, in order, that the rows' indexes point into. */
    private final List<List<String>> codes;
    /** By the view itself: a kept view is the same object, and a view is immutable. */
    private final Map<ModelView, byte[]> rows;

    SearchRows(List<List<String>> codes, Map<ModelView, byte[]> rows) {
        this.codes = codes;
        this.rows = rows;
    }

    /** A table to fill for the build about to write its rows. */
    static Map<ModelView, byte[]> table(int models) {
        return new IdentityHashMap<>(models);
    }

    /**
     * The rows of the build these are from, by view, if its code lists were {@code now}; else none. Asked once per
     * file: comparing the lists (10,000 units) is not for every row.
     */
    Map<ModelView, byte[]> under(List<List<String>> now) {
        return codes.equals(now) ? rows : Map.of();
    }

    int size() {
        return rows.size();
    }

    /** One generator for every row made, each row flushed out as its own bytes. */
    static final class Encoder {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        private final JsonGenerator g;

        Encoder(JsonFactory json) throws IOException {
            g = json.createGenerator(bytes, JsonEncoding.UTF8);
            // Rows are written one after another at the root: nothing between them, the file puts the commas.
            g.setRootValueSeparator(null);
        }

        byte[] of(SearchData data, ModelView m) throws IOException {
            bytes.reset();
            data.row(m, g);
            g.flush();
            return bytes.toByteArray();
        }
    }
}
