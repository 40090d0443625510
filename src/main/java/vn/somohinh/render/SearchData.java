package vn.somohinh.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Site;
import vn.somohinh.model.Term;
import vn.somohinh.text.Fold;

/**
 * The compact file the models page searches and filters in the browser: the code lists once, in their configured
 * order, then one array per model holding indexes into them, so that 50,000 models stay under 1 MB gzipped.
 * Streamed, in display order. Each model's row is written as its own bytes, which serve's next build writes again
 * for a model whose view it kept (SearchRows).
 *
 * The words of tinh_moi are folded here (Fold); names are folded in the browser, with a per-letter table that is
 * cheaper than sending them twice. A model's page path is rebuilt from its year, unit and slug.
 *
 * <pre>{"types":[[id,name]], "fields":[[id,name]], "grades":[[id,name]], "statuses":[[id,label,tone]],
 *  "units":[[id,name,typeIndex]], "directives":[[id,number]],
 *  "models":[[slug,name,unitIndex,year,fieldIndex,statusIndex,[directiveIndex],gradeIndex|-1,registered,late,
 *             foldedWords]]}</pre>
 */
final class SearchData {
    /** Words of tinh_moi searchable besides the name, unit and field: enough to find a model by its idea. */
    static final int WORDS = 12;
    static final String PATH = "du-lieu/mo-hinh.json";
    /** Markdown's marks, dropped from the words: replaced char by char, a model's search row is made on every build. */
    private static final String MARKS = "*_#>`[]()|";

    private final Map<String, Integer> types;
    private final Map<String, Integer> fields;
    private final Map<String, Integer> grades;
    private final Map<String, Integer> statuses;
    private final Map<String, Integer> units;
    private final Map<String, Integer> directives;

    /** The ids of the code lists, in {@link #codesOf} order: what the rows' indexes point into. */
    private final List<List<String>> codes;

    private SearchData(Site site) {
        codes = codesOf(site);
        types = indexes(codes.get(0));
        fields = indexes(codes.get(1));
        grades = indexes(codes.get(2));
        statuses = indexes(codes.get(3));
        units = indexes(codes.get(4));
        directives = indexes(codes.get(5));
    }

    /**
     * Writes the file, taking each unchanged model's row from {@code before} (the rows of serve's previous build;
     * {@link SearchRows#NONE} for none), and returns this build's rows when {@code keep}, else none.
     */
    static SearchRows write(Site site, Path output, SearchRows before, boolean keep) throws IOException {
        Path file = output.resolve(PATH);
        Files.createDirectories(file.getParent());
        SearchData data = new SearchData(site);
        List<List<String>> codes = data.codes;
        Map<ModelView, byte[]> rows = keep ? SearchRows.table(site.modelPages().size()) : null;
        JsonFactory json = new JsonFactory();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = json.createGenerator(os, JsonEncoding.UTF8)) {
            data.head(site, g);
            g.writeArrayFieldStart("models");
            // The rows go straight to the stream, between the generator's "[" and "]": it has no element to
            // separate, and a row alone is written exactly as it was inside the array (no white space).
            g.flush();
            SearchRows.Encoder made = new SearchRows.Encoder(json);
            Map<ModelView, byte[]> taken = before.under(codes);
            boolean first = true;
            for (ModelView m : site.modelPages()) {
                byte[] row = taken.get(m);
                if (row == null) {
                    row = made.of(data, m);
                }
                if (!first) {
                    os.write(',');
                }
                os.write(row);
                first = false;
                if (rows != null) {
                    rows.put(m, row);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return rows == null ? SearchRows.NONE : new SearchRows(codes, rows);
    }

    /** The ids of the code lists: types, fields, grades, statuses, units, directives. */
    static List<List<String>> codesOf(Site site) {
        return List.of(site.codes().types().stream().map(Term::id).toList(),
                site.codes().fields().stream().map(Term::id).toList(),
                site.codes().grades().stream().map(Term::id).toList(),
                site.codes().statuses().stream().map(t -> t.id()).toList(),
                site.units().stream().map(u -> u.ref().id()).toList(),
                site.directives().stream().map(d -> d.ref().id()).toList());
    }

    private void head(Site site, JsonGenerator g) throws IOException {
        g.writeStartObject();
        rows(g, "types", site.codes().types(), t -> new Object[] {t.id(), t.name()});
        rows(g, "fields", site.codes().fields(), t -> new Object[] {t.id(), t.name()});
        rows(g, "grades", site.codes().grades(), t -> new Object[] {t.id(), t.name()});
        rows(g, "statuses", site.codes().statuses(), s -> new Object[] {s.id(), s.label(), s.tone()});
        rows(g, "units", site.units(), u -> new Object[] {u.ref().id(), u.ref().name(), types.get(u.type().id())});
        rows(g, "directives", site.directives(), d -> new Object[] {d.ref().id(), d.ref().number()});
    }

    /** One model's row, at {@code g}'s place. */
    void row(ModelView m, JsonGenerator g) throws IOException {
        ModelRef r = m.ref();
        g.writeStartArray();
        g.writeString(r.id().substring(r.id().lastIndexOf('/') + 1));
        g.writeString(r.name());
        g.writeNumber(units.get(r.unit().id()));
        g.writeNumber(Integer.parseInt(r.year()));
        g.writeNumber(fields.get(r.field().id()));
        g.writeNumber(statuses.get(r.status().id()));
        g.writeStartArray();
        for (DirectiveRef d : m.bases()) {
            g.writeNumber(directives.get(d.id()));
        }
        g.writeEndArray();
        g.writeNumber(r.grade() == null ? -1 : grades.get(r.grade().id()));
        g.writeString(r.registered().iso());
        g.writeNumber(r.late() ? 1 : 0);
        g.writeString(Fold.fold(firstWords(m.novelty())));
        g.writeEndArray();
    }

    /**
     * The first {@link #WORDS} words, Markdown marks dropped: the text stripped (Character.isWhitespace) and split at
     * runs of ASCII white space, as {@code strip().split("\\s+")} would, but reading no further than the words kept
     * (a regular expression's split of every model's text was half of the search data's time).
     */
    static String firstWords(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        int i = start;
        while (i < end && words < WORDS) {
            if (words > 0) {
                out.append(' ');
            }
            while (i < end && !separator(text.charAt(i))) {
                out.append(text.charAt(i++));
            }
            words++;
            while (i < end && separator(text.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    /** What strip() drops, a Markdown mark (read as a space) included. */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || MARKS.indexOf(c) >= 0;
    }

    /** What {@code \\s} matches, a Markdown mark included: the words' separators. */
    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || MARKS.indexOf(c) >= 0;
    }

    private static <T> void rows(JsonGenerator g, String name, List<T> items, Function<T, Object[]> row) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            g.writeStartArray();
            for (Object value : row.apply(item)) {
                if (value instanceof Integer n) {
                    g.writeNumber(n);
                } else {
                    g.writeString((String) value);
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static Map<String, Integer> indexes(List<String> ids) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), i);
        }
        return map;
    }

}
