package vn.somohinh.load;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

/**
 * A Jackson YAML factory whose parser also shows the SnakeYAML event behind each token. Jackson drops what we must
 * refuse (anchors on scalars, tags, alias origins) and quoting; the event still has them, with exact marks.
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
        return new TrackingParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    static final class TrackingParser extends YAMLParser {
        TrackingParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options,
                       ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The event that produced the current token. */
        Event event() {
            return _lastEvent;
        }
    }
}
