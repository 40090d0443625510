package vn.somohinh.report;

import static vn.somohinh.report.WordXml.cell;
import static vn.somohinh.report.WordXml.para;
import static vn.somohinh.report.WordXml.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.FormView;
import vn.somohinh.model.Refs.DirectiveRef;

/**
 * The registration form of a campaign as a Word file (mau-dang-ky-&lt;year&gt;.docx), for units that write in Word:
 * the page and header block of a party document (the unit's name a control to fill in), then a two-column table,
 * label and hint on the left, a content control tagged with the registration key on the right; the campaign's
 * directives as check boxes; "Nơi nhận" and the signature as on the registration document.
 */
final class FormDocx {
    static final int TEXT_WIDTH = WordPage.portraitTextWidth();
    private static final int LABEL_WIDTH = 3500;
    private static final String BODY = "§BẢNG-PHIẾU§";
    private static final String UNIT = "§ĐƠN-VỊ§";

    private FormDocx() {
    }

    static byte[] bytes(FormView f) throws IOException {
        CampaignView c = f.campaign();
        WordPage page = new WordPage();
        XWPFDocument doc = page.doc();
        PartyHeader.header(doc, page.textWidth(), new PartyHeader.Header(f.issuer(), UNIT, null, "……", null,
                "……, ngày … tháng … năm " + c.ref().year()));
        WordText.title(doc, "PHIẾU ĐĂNG KÝ", "mô hình mới, cách làm sáng tạo năm " + c.ref().year());
        WordText.body(doc, "Đơn vị điền vào các ô bên phải (mục có dấu (*) là bắt buộc), mỗi mô hình một phiếu, và gửi về "
                + c.compiler() + " chậm nhất ngày " + c.deadline().text() + ". Ghi vào trong ô, không xóa ô và không đổi"
                + " tên ô: phiếu được nhập vào Sổ mô hình theo từng ô.");
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.LEFT, 0, 0), BODY, WordPage.BODY);
        PartyHeader.closing(doc, page.textWidth(), List.of(c.decider() + " (để báo cáo),",
                c.compiler() + " (để tổng hợp),", "Lưu đơn vị."), new PartyHeader.Signature("T/M ĐƠN VỊ", null, null));
        byte[] frame = page.bytes(c.deadline().iso(), f.issuer(), "Phiếu đăng ký mô hình năm " + c.ref().year());
        // The unit's name in the header is a control too, tagged don_vi, so that an import knows who sent the form.
        WordTemplate template = new WordTemplate(frame, BODY,
                Map.of(UNIT, FormControls.text("don_vi", "Tên đơn vị đăng ký")), Map.of("w14", FormControls.W14));
        return template.fill(table(f) + end(), Map.of());
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

    /** Word wants a cell to end with a paragraph; after a block control it is an empty, tiny one. */
    private static String end() {
        return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>";
    }
}
