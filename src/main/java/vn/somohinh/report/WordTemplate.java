package vn.somohinh.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Word document made once with POI (its page, styles, header block and signature) and filled many times as text:
 * a marker paragraph is replaced by body XML, marker words by escaped text, and every other part of the package is
 * kept byte for byte. Making a POI document costs milliseconds; filling a template costs a fraction of one, which is
 * what a document for each of 50,000 models needs.
 */
final class WordTemplate {
    private static final String DOCUMENT = "word/document.xml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final Map<String, byte[]> parts;
    private final String before;
    private final String after;

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
        parts = ReproducibleZip.entries(docx);
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
     * each key of {@code words} (a marker word written in the template) replaced by its value, escaped.
     */
    byte[] fill(String body, Map<String, String> words) throws IOException {
        // Markers are replaced in the template's own text only: a body that happens to contain one stays as written.
        String head = before;
        String tail = after;
        for (Map.Entry<String, String> w : words.entrySet()) {
            head = head.replace(w.getKey(), WordXml.esc(w.getValue()));
            tail = tail.replace(w.getKey(), WordXml.esc(w.getValue()));
        }
        Map<String, byte[]> filled = new LinkedHashMap<>(parts);
        filled.put(DOCUMENT, (head + body + tail).getBytes(StandardCharsets.UTF_8));
        // The fastest compression: a document per model, by the ten thousand, costs its deflating most of all.
        return ReproducibleZip.write(filled, java.util.zip.Deflater.BEST_SPEED);
    }
}
