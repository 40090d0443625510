package vn.somohinh.yaml;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.reader.ReaderException;
import vn.somohinh.yaml.TrackingYamlFactory.TrackingParser;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Turns a failure of the YAML parser into one problem at the parser's own place, in Vietnamese. Either SnakeYAML
 * failed while reading (its exception has a mark, or its reader stands at the fault), or Jackson refused the event
 * SnakeYAML gave it (a list as a key, an alias as a key, a tagged value it could not decode): then the event is the
 * place, and a tag or an alias is the real cause.
 */
final class ParseErrors {
    private final String file;
    private final Problems problems;
    private final Lines lines;

    ParseErrors(String file, Problems problems, Lines lines) {
        this.file = file;
        this.problems = problems;
        this.lines = lines;
    }

    void report(TrackingParser parser, Exception e) {
        if (parser.failedInSnakeYaml()) {
            reportSnakeYaml(parser, e);
        } else {
            reportRefused(parser.lastProduced(), e);
        }
    }

    /** The parser's own mark for the fault, when it gave one. */
    static Mark problemMark(Exception e) {
        MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
        return marked == null ? null : marked.getProblemMark();
    }

    private void reportSnakeYaml(TrackingParser parser, Exception e) {
        MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
        ReaderException unreadable = cause(e, ReaderException.class);
        if (marked != null && marked.getProblemMark() != null) {
            SyntaxHints.Hint hint = SyntaxHints.explain(marked.getProblem(), marked.getContext());
            if (parser.lastProduced() instanceof DocumentEndEvent end && end.getExplicit()
                    && String.valueOf(marked.getProblem()).contains("<document start>")) {
                syntax(end.getStartMark(), SyntaxHints.DOCUMENT_END);
                return;
            }
            boolean atContext = hint.atContext() && marked.getContextMark() != null;
            syntax(atContext ? marked.getContextMark() : marked.getProblemMark(), hint.text());
        } else if (unreadable != null) {
            Pos pos = lines.atPoint(unreadable.getPosition());
            problems.add(file, pos.line(), pos.column(), Code.CONTROL_CHAR, TextDecoder.codePoint(unreadable.getCodePoint()));
        } else if (cause(e, NumberFormatException.class) != null) {
            // "\UFFFFFFFF": SnakeYAML's scanner fails parsing the escape's digits, its reader standing on them.
            syntax(parser.readerMark(), SyntaxHints.ESCAPE);
        } else if (parser.pastCodePointLimit()) {
            syntax(null, SyntaxHints.tooLong(SafeYamlReader.codePointLimit()));
        } else {
            syntax(parser.readerMark(), cause(e, StreamConstraintsException.class) != null
                    ? SyntaxHints.LIMIT : SyntaxHints.GENERAL);
        }
    }

    private void reportRefused(Event event, Exception e) {
        Mark mark = event == null ? null : event.getStartMark();
        String tag = SafeYamlReader.tagOf(event);
        if (tag != null) {
            add(mark, Code.YAML_TAG, SafeYamlReader.shortTag(tag));
        } else if (event instanceof AliasEvent alias) {
            add(mark, Code.YAML_ALIAS, alias.getAnchor());
        } else if (event instanceof CollectionStartEvent) {
            syntax(mark, SyntaxHints.COMPLEX_KEY);
        } else {
            syntax(mark, cause(e, StreamConstraintsException.class) != null ? SyntaxHints.LIMIT : SyntaxHints.GENERAL);
        }
    }

    private void syntax(Mark mark, String hint) {
        add(mark, Code.YAML_SYNTAX, hint);
    }

    private void add(Mark mark, Code code, Object... args) {
        Pos pos = mark == null ? Pos.START : lines.atPoint(mark.getIndex());
        problems.add(file, pos.line(), pos.column(), code, args);
    }

    /** The first throwable of {@code type} in the chain of causes, the exception itself included. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
