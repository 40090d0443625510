package vn.somohinh.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fills the Word registration form as a unit does in Word, with POI on the XML: each content control's content set
 * by its tag, check boxes ticked; or every control removed, keeping what it shows (Word's "Remove content control").
 */
final class FormFill {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    private FormFill() {
    }

    /** The tags of the form's controls, in document order, each with the kind of control it is. */
    static Map<String, String> tags(byte[] docx) throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (Element sdt : elements(root(doc), "sdt")) {
                Element pr = child(sdt, W, "sdtPr");
                Element tag = child(pr, W, "tag");
                if (tag != null) {
                    tags.put(tag.getAttributeNS(W, "val"), kind(sdt, pr));
                }
            }
        }
        return tags;
    }

    /** The names a drop-down tagged {@code tag} offers, in order. */
    static List<String> choices(byte[] docx, String tag) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (Element item : elements(tagged(root(doc), tag), "listItem")) {
                out.add(item.getAttributeNS(W, "displayText"));
            }
        }
        return out;
    }

    /** The text of the paragraph holding the check box tagged {@code tag}, the box and the spaces after it left out. */
    static String boxLine(byte[] docx, String tag) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Node p = tagged(root(doc), tag).getParentNode();
            StringBuilder text = new StringBuilder();
            for (Element t : elements(p, "t")) {
                text.append(t.getFirstChild() == null ? "" : t.getFirstChild().getNodeValue());
            }
            return text.toString().replaceFirst("^[\u2610\u2612]\\s*", "").strip();
        }
    }

    private static Element tagged(Element root, String tag) {
        for (Element sdt : elements(root, "sdt")) {
            Element t = child(child(sdt, W, "sdtPr"), W, "tag");
            if (t != null && t.getAttributeNS(W, "val").equals(tag)) {
                return sdt;
            }
        }
        throw new AssertionError("no control tagged " + tag);
    }

    /** Sets each tagged control's content to {@code values}' text (lines as paragraphs in a block) and ticks boxes. */
    static byte[] fill(byte[] docx, Map<String, String> values, Set<String> ticked) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (Element sdt : elements(root(doc), "sdt")) {
                Element pr = child(sdt, W, "sdtPr");
                Element tag = child(pr, W, "tag");
                String key = tag == null ? null : tag.getAttributeNS(W, "val");
                if (ticked.contains(key)) {
                    tick(sdt, pr);
                } else if (values.containsKey(key)) {
                    set(sdt, pr, values.get(key));
                }
            }
            return bytes(doc);
        }
    }

    /** A paragraph of {@code text} added at the end of the table cell holding the control tagged {@code tag}. */
    static byte[] besides(byte[] docx, String tag, String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Node cell = tagged(root(doc), tag);
            while (!"tc".equals(cell.getLocalName())) {
                cell = cell.getParentNode();
            }
            Document d = cell.getOwnerDocument();
            Element p = d.createElementNS(W, "w:p");
            Element r = d.createElementNS(W, "w:r");
            Element t = d.createElementNS(W, "w:t");
            setText(t, text);
            r.appendChild(t);
            p.appendChild(r);
            cell.appendChild(p);
            return bytes(doc);
        }
    }

    /** Every control replaced by its content, as Word's "Remove content control" leaves the document. */
    static byte[] unwrap(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Element> all = elements(root(doc), "sdt");
            for (int i = all.size() - 1; i >= 0; i--) {
                Element sdt = all.get(i);
                Element content = child(sdt, W, "sdtContent");
                Node parent = sdt.getParentNode();
                while (content.getFirstChild() != null) {
                    parent.insertBefore(content.getFirstChild(), sdt);
                }
                parent.removeChild(sdt);
            }
            return bytes(doc);
        }
    }

    private static String kind(Element sdt, Element pr) {
        if (child(pr, W14, "checkbox") != null) {
            return "checkbox";
        }
        if (child(pr, W, "date") != null) {
            return "date";
        }
        if (child(pr, W, "dropDownList") != null) {
            return "dropDownList";
        }
        return child(child(sdt, W, "sdtContent"), W, "p") != null ? "block" : "text";
    }

    private static void tick(Element sdt, Element pr) {
        child(child(pr, W14, "checkbox"), W14, "checked").setAttributeNS(W14, "w14:val", "1");
        setText(elements(child(sdt, W, "sdtContent"), "t").get(0), "\u2612");
    }

    private static void set(Element sdt, Element pr, String text) {
        Element placeholder = child(pr, W, "showingPlcHdr");
        if (placeholder != null) {
            pr.removeChild(placeholder);
        }
        Element date = child(pr, W, "date");
        if (date != null) {
            date.setAttributeNS(W, "w:fullDate", text + "T00:00:00Z");
        }
        Element content = child(sdt, W, "sdtContent");
        boolean block = child(content, W, "p") != null;
        while (content.getFirstChild() != null) {
            content.removeChild(content.getFirstChild());
        }
        Document d = sdt.getOwnerDocument();
        for (String line : block ? text.split("\n", -1) : new String[] {text}) {
            Element r = d.createElementNS(W, "w:r");
            Element t = d.createElementNS(W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            setText(t, line);
            r.appendChild(t);
            if (block) {
                Element p = d.createElementNS(W, "w:p");
                p.appendChild(r);
                content.appendChild(p);
            } else {
                content.appendChild(r);
            }
        }
    }

    /** XMLBeans' DOM has no DOM Level 3 setTextContent. */
    private static void setText(Element e, String text) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
        e.appendChild(e.getOwnerDocument().createTextNode(text));
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static Element root(XWPFDocument doc) {
        Node n = doc.getDocument().getDomNode();
        return n instanceof Document d ? d.getDocumentElement() : (Element) n;
    }

    static List<Element> elements(Node from, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node c = from.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (localName.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                    out.add(e);
                }
                out.addAll(elements(e, localName));
            }
        }
        return out;
    }

    static Element child(Node parent, String ns, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }
}
