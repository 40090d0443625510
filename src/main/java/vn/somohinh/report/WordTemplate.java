package vn.somohinh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Word document made once with POI (its page, styles, header block and signature) and filled many times as text:
 * a marker paragraph is replaced by body XML, marker words by escaped text, and every other part of the package is
 * kept byte for byte. Making a POI document costs milliseconds; filling a template costs a fraction of one, which is
 * what a document for each of 50,000 models needs.
 */
final class WordTemplate {
    private static final String DOCUMENT = "word/document.xml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final PackedParts packed;
    private final String before;
    private final String after;
    /** The frame cut at the markers of the last fill; documents of one kind share it. */
    private volatile Frame frame;

    /**
     * {@code docx} must hold exactly one paragraph whose text is {@code bodyMarker}; it marks where the body goes.
     */
    WordTemplate(byte[] docx, String bodyMarker) throws IOException {
        this(docx, bodyMarker, Map.of(), Map.of());
    }

    /**
     * As above; then each run of the frame holding a key of {@code runs} is replaced by its value (XML: a content
     * control, say), and {@code ignorable} namespaces (prefix to URI) are declared on the root as ignorable (Markup
     * Compatibility), so that readers that do not know them skip what uses them.
     */
    WordTemplate(byte[] docx, String bodyMarker, Map<String, String> runs, Map<String, String> ignorable)
            throws IOException {
        Map<String, byte[]> parts = ReproducibleZip.entries(docx);
        packed = new PackedParts(parts, DOCUMENT);
        String xml = new String(parts.get(DOCUMENT), StandardCharsets.UTF_8);
        int marker = xml.indexOf(bodyMarker);
        if (marker < 0 || xml.indexOf(bodyMarker, marker + 1) >= 0) {
            throw new IllegalArgumentException("the template must mark its body once: " + bodyMarker);
        }
        int start = Math.max(xml.lastIndexOf("<w:p>", marker), xml.lastIndexOf("<w:p ", marker));
        int end = xml.indexOf("</w:p>", marker) + "</w:p>".length();
        before = ignorable(replaceRuns(xml.substring(0, start), runs), ignorable);
        after = replaceRuns(xml.substring(end), runs);
    }

    private static String replaceRuns(String xml, Map<String, String> runs) {
        for (Map.Entry<String, String> r : runs.entrySet()) {
            int at = xml.indexOf(r.getKey());
            while (at >= 0) {
                int start = Math.max(xml.lastIndexOf("<w:r>", at), xml.lastIndexOf("<w:r ", at));
                int end = xml.indexOf("</w:r>", at) + "</w:r>".length();
                xml = xml.substring(0, start) + r.getValue() + xml.substring(end);
                at = xml.indexOf(r.getKey(), start + r.getValue().length());
            }
        }
        return xml;
    }

    private static String ignorable(String xml, Map<String, String> namespaces) {
        if (namespaces.isEmpty()) {
            return xml;
        }
        StringBuilder declared = new StringBuilder("<w:document xmlns:mc=\"" + MC + "\"");
        namespaces.forEach((prefix, uri) -> declared.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"'));
        declared.append(" mc:Ignorable=\"").append(String.join(" ", namespaces.keySet())).append("\" ");
        return xml.replaceFirst("<w:document ", java.util.regex.Matcher.quoteReplacement(declared.toString()));
    }

    /**
     * The document with {@code body} (WordprocessingML paragraphs and tables) in place of the marker paragraph, and
     * each key of {@code words} (a marker word written in the template) replaced by its value, escaped. Markers are
     * replaced in the frame only: a body that happens to contain one stays as written.
     */
    byte[] fill(String body, Map<String, String> words) throws IOException {
        Frame frame = frame(words.keySet());
        ByteArrayOutputStream xml = new ByteArrayOutputStream(frame.length + body.length() * 2);
        write(xml, frame.head, words);
        xml.write(body.getBytes(StandardCharsets.UTF_8));
        write(xml, frame.tail, words);
        return packed.with(xml.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, List<Object> pieces, Map<String, String> words) {
        for (Object piece : pieces) {
            out.writeBytes(piece instanceof byte[] b ? b
                    : WordXml.esc(words.get((String) piece)).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The frame cut at its marker words, its text encoded once: filling then copies bytes instead of searching and
     * encoding the whole frame for each document.
     */
    private Frame frame(Set<String> markers) {
        Frame f = frame;
        if (f == null || !f.markers.equals(markers)) {
            f = new Frame(Set.copyOf(markers), pieces(before, markers), pieces(after, markers),
                    before.length() + after.length());
            frame = f;
        }
        return f;
    }

    /** {@code text} as encoded pieces between markers, each marker kept as its name. */
    private static List<Object> pieces(String text, Set<String> markers) {
        List<Object> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            String marker = null;
            for (String m : markers) {
                int at = text.indexOf(m, from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    marker = m;
                }
            }
            if (marker == null) {
                out.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
                return List.copyOf(out);
            }
            out.add(text.substring(from, next).getBytes(StandardCharsets.UTF_8));
            out.add(marker);
            from = next + marker.length();
        }
    }

    private record Frame(Set<String> markers, List<Object> head, List<Object> tail, int length) {
    }
}
