package vn.somohinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.somohinh.problem.Code;

/**
 * A workbook's shared strings (sharedStrings.xml) as plain strings, read with SAX: POI's read-only table keeps an
 * XMLBeans object per string, which a part of millions of one-letter strings would turn into gigabytes. Each string
 * is made once, line breaks and Excel's {@code _x000D_} escapes resolved, and every cell using it shares it, so a
 * long string referenced by every cell costs its length once.
 */
final class SharedText extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private SharedText() {
    }

    /** The strings of the part, or none when the workbook has no shared strings ({@code in} null). */
    static SharedText read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        SharedText text = new SharedText();
        if (in != null) {
            try (in) {
                var reader = Limits.xmlReader();
                reader.setContentHandler(text);
                reader.parse(new InputSource(in));
            }
        }
        return text;
    }

    /** The string at a cell's {@code <v>} index; empty when the index is no number or out of range. */
    String get(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < strings.size() ? strings.get(i) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> current.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && current.length() < Limits.MAX_CELL_CHARS) {
            current.append(ch, start, Math.min(length, Limits.MAX_CELL_CHARS - current.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> add();
            default -> { }
        }
    }

    private void add() {
        if (strings.size() >= Limits.MAX_SHARED_STRINGS) {
            throw new Refused(Code.IMPORT_TOO_LARGE, "hơn " + Limits.MAX_SHARED_STRINGS + " chuỗi chữ khác nhau");
        }
        strings.add(Row.lines(Row.unescape(current.toString())));
    }
}
