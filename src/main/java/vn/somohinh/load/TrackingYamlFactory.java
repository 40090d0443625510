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
