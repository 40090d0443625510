package vn.somohinh.report;

import static vn.somohinh.report.WordXml.cell;
import static vn.somohinh.report.WordXml.para;
import static vn.somohinh.report.WordXml.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.FormView;
import vn.somohinh.model.Refs.DirectiveRef;

/**
 * The registration form of a campaign as a Word file (mau-dang-ky-&lt;year&gt;.docx), for units that write in Word:
 * a two-column table, label and hint on the left, a content control tagged with the registration key on the right;
 * the campaign's directives as check boxes. A4, Times New Roman 13, every table with its grid. The header block is
 * a plain one for now.
 */
final class FormDocx {
    /** A4 less the margins of 30 mm left and 15 mm right, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 1701 - 850;
    private static final int LABEL_WIDTH = 3500;

    private FormDocx() {
    }

    static byte[] bytes(FormView f) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Parsed in place of the document element: the parsed object is the element itself, not a document holding it.
            XmlOptions inPlace = new XmlOptions().setLoadReplaceDocumentElement(null);
            doc.createStyles().setStyles(CTStyles.Factory.parse(STYLES, inPlace));
            doc.getDocument().setBody(CTBody.Factory.parse(body(f), inPlace));
            ignorableW14(doc);
            Date day = Date.from(java.time.Instant.parse(f.campaign().deadline().iso() + "T00:00:00Z"));
            doc.getProperties().getCoreProperties().setCreated(Optional.of(day));
            doc.getProperties().getCoreProperties().setModified(Optional.of(day));
            doc.getProperties().getCoreProperties().setCreator(f.issuer());
            doc.getProperties().getCoreProperties().setTitle("Phiếu đăng ký mô hình năm " + f.campaign().ref().year());
            doc.write(out);
            return out.toByteArray();
        } catch (XmlException e) {
            throw new IOException("mẫu phiếu đăng ký không đúng XML: " + e.getMessage(), e);
        }
    }

    /**
     * Declares the Word 2010 namespace of the check boxes on the root, as ignorable (Markup Compatibility): Word 2007
     * and other readers that do not know it skip the check box's settings and keep the box as text.
     */
    private static void ignorableW14(XWPFDocument doc) {
        String mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        try (XmlCursor c = doc.getDocument().newCursor()) {
            c.toNextToken(); // just inside <w:document>, where its attributes go
            c.insertNamespace("mc", mc);
            c.insertNamespace("w14", FormControls.W14);
            c.insertAttributeWithValue(new QName(mc, "Ignorable", "mc"), "w14");
        }
    }

    static String body(FormView f) {
        CampaignView c = f.campaign();
        StringBuilder b = new StringBuilder("<w:body xmlns:w=\"" + FormControls.W + "\" xmlns:w14=\""
                + FormControls.W14 + "\">");
        b.append(header());
        b.append(para("center", "<w:spacing w:before=\"240\"/>", run("PHIẾU ĐĂNG KÝ MÔ HÌNH MỚI, CÁCH LÀM SÁNG TẠO NĂM "
                + c.ref().year(), "<w:b/><w:sz w:val=\"28\"/>")));
        b.append(para("center", "<w:spacing w:after=\"240\"/>", run(c.ref().name(), "<w:i/>")));
        b.append(para("both", "<w:spacing w:after=\"120\"/>", run("Đơn vị điền vào các ô bên phải (mục có dấu (*) là bắt"
                + " buộc), mỗi mô hình một phiếu, và gửi về " + c.compiler() + " chậm nhất ngày " + c.deadline().text()
                + ". Ghi vào trong ô, không xóa ô và không đổi tên ô: phiếu được nhập vào Sổ mô hình theo từng ô.", "")));
        b.append(table(f));
        b.append(signature());
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\""
                + " w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>");
        return b.append("</w:body>").toString();
    }

    /** The unit's name (to fill in) top left, the Party's name top right. To be replaced by the shared header block. */
    private static String header() {
        int half = TEXT_WIDTH / 2;
        String left = para("center", "", run("ĐƠN VỊ ĐĂNG KÝ", "<w:b/>")) + para("center", "",
                FormControls.text("don_vi", "Tên đơn vị đăng ký"));
        String right = para("center", "", run("ĐẢNG CỘNG SẢN VIỆT NAM", "<w:b/><w:sz w:val=\"30\"/><w:u w:val=\"single\"/>"));
        return "<w:tbl><w:tblPr><w:tblW w:w=\"" + TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"" + half + "\"/><w:gridCol w:w=\"" + (TEXT_WIDTH - half)
                + "\"/></w:tblGrid><w:tr>" + cell(half, left) + cell(TEXT_WIDTH - half, right) + "</w:tr></w:tbl>";
    }

    private static String table(FormView f) {
        int value = TEXT_WIDTH - LABEL_WIDTH;
        StringBuilder t = new StringBuilder(WordXml.table(LABEL_WIDTH, value));
        for (FormView.Item item : f.items()) {
            String label = para("left", "", run(item.label() + (item.required() ? " (*)" : ""), "<w:b/>"))
                    + para("left", "", unbroken(run(item.hint(), "<w:i/><w:sz w:val=\"22\"/>")));
            t.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>").append(cell(LABEL_WIDTH, label))
                    .append(cell(value, control(f, item))).append("</w:tr>");
        }
        return t.append("</w:tbl>").toString();
    }

    private static String control(FormView f, FormView.Item item) {
        String key = item.key();
        String label = item.label();
        return switch (item.input()) {
            case TEXT, AMOUNT -> para("left", "", FormControls.text(key, label));
            case DATE -> para("left", "", FormControls.date(key, label));
            case FORM -> para("left", "", FormControls.dropDown(key, label, f.forms()));
            case FIELD -> para("left", "", FormControls.dropDown(key, label, f.fields()));
            case LINES -> FormControls.block(key, label, FormControls.placeholderParagraph()) + end();
            case DIRECTIVES -> FormControls.block(key, label, directives(f.campaign())) + end();
        };
    }

    /** One paragraph per directive of the campaign: a check box tagged can_cu:&lt;id&gt;, then its number and subject. */
    private static String directives(CampaignView c) {
        StringBuilder b = new StringBuilder();
        for (DirectiveRef d : c.bases()) {
            b.append(para("left", "<w:ind w:left=\"360\" w:hanging=\"360\"/>", FormControls.checkbox("can_cu:" + d.id(),
                    d.kind() + " số " + d.number()) + run(" " + d.kind() + " số " + d.number() + ": " + d.subject(), "")));
        }
        return b.toString();
    }

    /** A hint's example dates (2023-03-10) kept on one line: their hyphens do not break. */
    private static String unbroken(String run) {
        return run.replaceAll("(?<=[0-9])-(?=[0-9])", "</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">");
    }

    private static String signature() {
        return para("right", "<w:spacing w:before=\"360\"/><w:ind w:right=\"567\"/>",
                run("T/M ĐƠN VỊ", "<w:b/>")) + para("right", "<w:ind w:right=\"567\"/>",
                run("(Ký, ghi rõ họ tên, đóng dấu)", "<w:i/>"));
    }

    /** Word wants a cell to end with a paragraph; after a block control it is an empty, tiny one. */
    private static String end() {
        return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>";
    }





    /** Times New Roman 13 for everything, Vietnamese, no space after paragraphs unless asked. */
    private static final String STYLES = "<w:styles xmlns:w=\"" + FormControls.W + "\"><w:docDefaults><w:rPrDefault>"
            + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\""
            + " w:cs=\"Times New Roman\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr>"
            + "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
            + "<w:name w:val=\"Normal\"/><w:qFormat/></w:style></w:styles>";
}
