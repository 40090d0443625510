package vn.somohinh.yaml;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import vn.somohinh.yaml.TrackingYamlFactory.TrackingParser;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Reads one YAML file into a {@link Node} tree, refusing everything Jackson would let slip through silently:
 * aliases, anchors, merge keys, explicit tags, duplicate keys, a second document, absurd nesting.
 * A file with any such problem gives no tree, so that nothing downstream sees half-understood data.
 */
public final class SafeYamlReader {
    /** The largest data file read: a registration, a review, a campaign, site.yaml. */
    public static final int MAX_BYTES = TextDecoder.MAX_BYTES;
    /** The largest roster or list of directives: a province's 50,000 units take about 9 MB. */
    public static final int MAX_LIST_BYTES = TextDecoder.MAX_LIST_BYTES;

    static final int MAX_DEPTH = 20;
    private static final TrackingYamlFactory FACTORY = new TrackingYamlFactory();

    private final String file;
    private final String text;
    private final Lines lines;
    private final Problems problems = new Problems();
    private boolean failed;
    /** The parser stopped at a tab: perhaps one that only separates tokens (see {@link TabSeparation}). */
    private boolean failedAtTab;

    /** The most characters SnakeYAML reads from one file. */
    static int codePointLimit() {
        return FACTORY.loaderOptions().getCodePointLimit();
    }

    private SafeYamlReader(String file, String text, Lines lines) {
        this.file = file;
        this.text = text;
        this.lines = lines;
    }

    /** The file's root node, or null when it cannot be used (the problems say why). */
    public static Node read(String file, byte[] bytes, Problems problems) {
        String text = TextDecoder.decode(file, bytes, problems);
        if (text == null) {
            return null;
        }
        Lines lines = Lines.of(text);
        SafeYamlReader reader = new SafeYamlReader(file, text, lines);
        Node root = reader.parse();
        if (reader.failedAtTab) {
            String spaced = TabSeparation.spaced(text, lines, FACTORY.loaderOptions());
            if (!spaced.equals(text)) {
                reader = new SafeYamlReader(file, spaced, lines);
                root = reader.parse();
            }
        }
        problems.addAll(reader.problems.sorted());
        return root;
    }

    private Node parse() {
        TrackingParser parser = newParser();
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(file, 1, 1, Code.EMPTY_FILE);
                return null;
            }
            Node root = readValue(parser, 1);
            if (!failed && parser.nextToken() != null) {
                Pos pos = posOf(parser.event());
                problems.add(file, pos.line(), pos.column(), Code.MULTIPLE_DOCUMENTS);
                failed = true;
            }
            return failed ? null : root;
        } catch (TooDeep e) {
            return null;
        } catch (IOException e) {
            return unreadable(parser, e);
        } catch (RuntimeException e) {
            if (!parser.failedInSnakeYaml()) {
                throw e; // not the file's fault
            }
            return unreadable(parser, e);
        }
    }

    private TrackingParser newParser() {
        try {
            return (TrackingParser) FACTORY.createParser(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Node unreadable(TrackingParser parser, Exception e) {
        Mark mark = ParseErrors.problemMark(e);
        int at = mark == null ? -1 : lines.offsetOf(mark.getIndex());
        failedAtTab = at >= 0 && at < text.length() && text.charAt(at) == '\t';
        new ParseErrors(file, problems, lines).report(parser, e);
        return null;
    }

    private Node readValue(TrackingParser parser, int depth) throws IOException {
        Event event = parser.event();
        Pos pos = posOf(event);
        if (depth > MAX_DEPTH) {
            problems.add(file, pos.line(), pos.column(), Code.TOO_DEEP, MAX_DEPTH);
            // Stop here: reading on through thousands of levels is exactly what the limit is for.
            throw new TooDeep();
        }
        refuseAnchorsAndTags(event, pos);
        return switch (parser.currentToken()) {
            case START_OBJECT -> readMapping(parser, pos, depth);
            case START_ARRAY -> readSequence(parser, pos, depth);
            default -> readScalar(parser, event, pos);
        };
    }

    private Node readMapping(TrackingParser parser, Pos pos, int depth) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Event keyEvent = parser.event();
            Pos keyPos = posOf(keyEvent);
            String name = parser.currentName();
            String key = name == null ? null : name.intern(); // the same few keys in every file: kept once
            refuseAnchorsAndTags(keyEvent, keyPos);
            refuseForbidden(keyEvent, name, keyPos);
            if ("<<".equals(key) && isPlain(keyEvent)) {
                problems.add(file, keyPos.line(), keyPos.column(), Code.YAML_MERGE_KEY);
                failed = true;
            }
            parser.nextToken();
            Node value = readValue(parser, depth + 1);
            Node.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(file, keyPos.line(), keyPos.column(), Code.DUPLICATE_KEY, key, earlier.keyPos().line());
                failed = true;
            } else {
                entries.put(key, new Node.Entry(key, keyPos, value));
            }
        }
        return new Node.Mapping(entries, pos);
    }

    private Node readSequence(TrackingParser parser, Pos pos, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, depth + 1));
        }
        return new Node.Seq(List.copyOf(items.stream().filter(n -> n != null).toList()), pos);
    }

    private Node readScalar(TrackingParser parser, Event event, Pos pos) throws IOException {
        if (event instanceof AliasEvent alias) {
            problems.add(file, pos.line(), pos.column(), Code.YAML_ALIAS, alias.getAnchor());
            failed = true;
        }
        JsonToken token = parser.currentToken();
        refuseForbidden(event, parser.getText(), pos);
        String resolved = switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "số";
            case VALUE_TRUE, VALUE_FALSE -> "có/không";
            default -> null;
        };
        return new Node.Scalar(parser.getText(), pos, isPlain(event), token == JsonToken.VALUE_NULL, resolved);
    }

    /** A forbidden character or lone surrogate in a value or key, written as an escape ("\\x00", "\\ud800"). */
    private void refuseForbidden(Event event, String value, Pos pos) {
        Escapes.Found found = Escapes.forbidden(value, event, text, lines);
        if (found != null) {
            Pos where = found.pos() == null ? pos : found.pos();
            problems.add(file, where.line(), where.column(), Code.CONTROL_CHAR, TextDecoder.codePoint(found.codePoint()));
            failed = true;
        }
    }

    private void refuseAnchorsAndTags(Event event, Pos pos) {
        if (event instanceof NodeEvent node && !(event instanceof AliasEvent) && node.getAnchor() != null) {
            problems.add(file, pos.line(), pos.column(), Code.YAML_ANCHOR, node.getAnchor());
            failed = true;
        }
        String tag = tagOf(event);
        if (tag != null) {
            problems.add(file, pos.line(), pos.column(), Code.YAML_TAG, shortTag(tag));
            failed = true;
        }
    }

    /** The explicit tag of a scalar or collection, or null. */
    static String tagOf(Event event) {
        return event instanceof ScalarEvent s ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : null;
    }

    static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static boolean isPlain(Event event) {
        return event instanceof ScalarEvent s && s.isPlain();
    }

    private Pos posOf(Event event) {
        Mark mark = event == null ? null : event.getStartMark();
        return mark == null ? Pos.START : lines.atPoint(mark.getIndex());
    }

    /** Unwinds the reader once the nesting limit is passed; already reported. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }
}
