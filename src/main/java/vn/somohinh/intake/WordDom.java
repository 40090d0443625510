package vn.somohinh.intake;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walking a WordprocessingML body as DOM (POI's XMLBeans store is one): elements by local name, and the text a
 * paragraph shows. Only the text runs count: {@code w:delText} (a tracked deletion) and {@code w:instrText} (a field's
 * instructions, such as the FILLIN that LibreOffice makes of a text control) are other elements and never read.
 */
final class WordDom {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordDom() {
    }

    /** The direct children of {@code parent} named {@code w:localName}, in order. */
    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isW(c, localName)) {
                out.add((Element) c);
            }
        }
        return out;
    }

    /** The first direct child named {@code localName} in namespace {@code ns}, or null. */
    static Element child(Node parent, String ns, String localName) {
        for (Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** Every element named {@code w:localName} under {@code from}, in document order, nested ones too. */
    static List<Element> descendants(Node from, String localName) {
        List<Element> out = new ArrayList<>();
        collect(from, localName, out);
        return out;
    }

    /** The attribute {@code w:name} (or {@code w14:name}) of {@code e}, or null when absent or {@code e} is null. */
    static String attribute(Element e, String ns, String name) {
        return e == null || !e.hasAttributeNS(ns, name) ? null : e.getAttributeNS(ns, name);
    }

    /**
     * What {@code from} shows as text: its runs' text in order, a tab as a tab, a line break as "\n", a non-breaking
     * hyphen as "-", Wingdings' boxes as ☒ and ☐. The fallback of alternate content (the same text again, for old readers) is skipped.
     */
    static String text(Node from) {
        StringBuilder b = new StringBuilder();
        appendText(from, b);
        return b.toString();
    }

    private static void appendText(Node from, StringBuilder b) {
        for (Node c = from.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String name = e.getLocalName();
            if (MC.equals(e.getNamespaceURI()) && "Fallback".equals(name)) {
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                appendText(e, b);
                continue;
            }
            switch (name) {
                case "t" -> characters(e, b);
                case "tab", "ptab" -> b.append('\t');
                case "br", "cr" -> b.append('\n');
                case "noBreakHyphen" -> b.append('-');
                case "sym" -> b.append(symbol(e));
                case "sdtPr", "rPr", "pPr", "tblPr", "trPr", "tcPr" -> { }
                default -> appendText(e, b);
            }
        }
    }

    /**
     * A symbol inserted from a font: only Wingdings' boxes are read (☒ for its boxes with a cross or a tick, ☐ for
     * the empty ones), so that a directive ticked with Insert → Symbol counts; other symbols show nothing here.
     */
    private static String symbol(Element sym) {
        String font = attribute(sym, W, "font");
        String code = attribute(sym, W, "char");
        if (font == null || code == null || !font.toLowerCase(java.util.Locale.ROOT).startsWith("wingdings")
                || !code.matches("[0-9A-Fa-f]{2,4}")) {
            return "";
        }
        int c = Integer.parseInt(code, 16) & 0xFF;
        return c == 0xFD || c == 0xFE || c == 0x78 ? "\u2612" : c == 0xA8 || c == 0x6F ? "\u2610" : "";
    }

    /** The character data of {@code e} (XMLBeans' DOM has no DOM Level 3 getTextContent). */
    private static void characters(Element e, StringBuilder b) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            }
        }
    }

    private static void collect(Node from, String localName, List<Element> out) {
        for (Node c = from.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (isW(e, localName)) {
                    out.add(e);
                }
                collect(e, localName, out);
            }
        }
    }

    private static boolean isW(Node n, String localName) {
        return n instanceof Element e && localName.equals(e.getLocalName()) && W.equals(e.getNamespaceURI());
    }
}
