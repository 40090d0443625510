package vn.somohinh.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/** Paragraphs and runs of a party document: the kind and subject, body text 14, headings, dotted blanks. */
final class WordText {
    /** A blank for the clerk to fill in by hand. */
    static final String BLANK = "……………………";
    private static final int INDENT = 567;

    private WordText() {
    }

    /** A run of {@code text} in Times New Roman, at {@code size} points. */
    static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(WordPage.FONT);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }

    static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    /** The kind of document (upper, 16 bold), its subject (14 bold) and the short rule under them. */
    static void title(XWPFDocument doc, String kind, String subject) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 360, 0);
        run(p, kind, 16).setBold(true);
        run(paragraph(doc, ParagraphAlignment.CENTER, 0, 0), subject, BODY_SIZE).setBold(true);
        run(paragraph(doc, ParagraphAlignment.CENTER, 0, 240), "-----", BODY_SIZE);
    }

    /** A body paragraph: 14, justified, its first line indented 1 cm. */
    static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0, 120);
        p.setIndentationFirstLine(INDENT);
        run(p, text, BODY_SIZE);
        return p;
    }

    /** A heading of the body (bold 14), kept with the paragraph or table that follows. */
    static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 120, 120);
        p.setIndentationFirstLine(INDENT);
        p.getCTP().addNewPPr();
        p.getCTP().getPPr().addNewKeepNext();
        run(p, text, BODY_SIZE).setBold(true);
    }

    /** A caption above a table (italic 14), kept with it. */
    static void caption(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 60, 60);
        p.getCTP().getPPr().addNewKeepNext();
        run(p, text, BODY_SIZE).setItalic(true);
    }

    /** A paragraph's bottom border: the rule under "ĐẢNG CỘNG SẢN VIỆT NAM". */
    static void rule(XWPFParagraph p, int indent) {
        var border = p.getCTP().getPPr().addNewPBdr().addNewBottom();
        border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(6));
        border.setSpace(BigInteger.ONE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    /**
     * Paragraphs written as WordprocessingML text ({@link WordMarkdown}) added at the end of a POI document: a
     * blank to fill in when there are none.
     */
    static void paragraphs(XWPFDocument doc, String xml) {
        if (xml.isEmpty()) {
            body(doc, BLANK + BLANK + BLANK);
            return;
        }
        try {
            CTBody parsed = CTBody.Factory.parse("<w:body xmlns:w=\"" + WordXml.W + "\">" + xml + "</w:body>",
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            for (CTP p : parsed.getPArray()) {
                doc.createParagraph().getCTP().set(p);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("Word paragraphs made here are well-formed: " + e.getMessage(), e);
        }
    }

    static final int BODY_SIZE = WordPage.BODY;
}
