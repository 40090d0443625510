package vn.somohinh.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A Jackson YAML factory whose parser also shows the SnakeYAML event behind each token. Jackson drops what we must
 * refuse (anchors on scalars, tags, alias origins) and quoting; the event still has them, with exact marks.
 * When reading fails, the parser also tells whether SnakeYAML failed (and where its reader stood) or Jackson refused
 * the last event.
 */
final class TrackingYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    TrackingYamlFactory() {
        super(YAMLFactory.builder().loaderOptions(withSizeLimit()));
    }

    /**
     * SnakeYAML's defaults but for the size: it refuses more than 3 MB of text, a roster of about 16,000 units. A
     * UTF-8 file has no more code points than bytes, so the largest file the decoder lets through always fits.
     */
    private static LoaderOptions withSizeLimit() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(TextDecoder.MAX_LIST_BYTES);
        return options;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return TrackingParser.create(ctxt, _parserFeatures, _yamlParserFeatures, loaderOptions(), _objectCodec, r);
    }

    /** The options SnakeYAML reads with (Jackson's defaults when none were set). */
    LoaderOptions loaderOptions() {
        return _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
    }

    static final class TrackingParser extends YAMLParser {
        private final StreamReader stream;
        private final LoaderOptions options;
        private Event produced;
        private boolean inSnakeYaml;

        private TrackingParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options,
                               ObjectCodec codec, Reader reader, StreamReader stream) {
            super(ctxt, parserFeatures, yamlFeatures, codec, reader, new ParserImpl(stream, options));
            this.stream = stream;
            this.options = options;
        }

        /** As Jackson builds its parser, but keeping SnakeYAML's reader at hand. */
        static TrackingParser create(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options,
                                     ObjectCodec codec, Reader reader) {
            return new TrackingParser(ctxt, parserFeatures, yamlFeatures, options, codec, reader,
                    new StreamReader(_constrainedReader(ctxt, reader)));
        }

        /** The event that produced the current token. */
        Event event() {
            return _lastEvent;
        }

        @Override
        protected Event getEvent() throws IOException {
            inSnakeYaml = true;
            Event event = super.getEvent();
            inSnakeYaml = false;
            produced = event;
            return event;
        }

        /** True when the last failure came from SnakeYAML producing an event, not from Jackson refusing one. */
        boolean failedInSnakeYaml() {
            return inSnakeYaml;
        }

        /** The last event SnakeYAML produced, even one Jackson skips (a document end) or refused. */
        Event lastProduced() {
            return produced;
        }

        /** True when SnakeYAML's reader went past the number of code points it may read. */
        boolean pastCodePointLimit() {
            return stream.getIndex() > options.getCodePointLimit();
        }

        /** Where SnakeYAML's reader stands: the place of a failure that has no mark of its own. */
        Mark readerMark() {
            return stream.getMark();
        }
    }
}
