package vn.somohinh.report;

import static vn.somohinh.report.WordXml.body;
import static vn.somohinh.report.WordXml.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.Day;
import vn.somohinh.model.FormView;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.ReportView;

/**
 * A model's registration as the document its unit signs and sends (mo-hinh/&lt;year&gt;/&lt;unit&gt;/&lt;slug&gt;/dang-ky.docx):
 * the party header with the unit as issuing body, "ĐĂNG KÝ" and its subject, "Kính gửi" the deciding body, every
 * key the unit wrote under the label the Word form gives it, then "Nơi nhận" and a signature to fill in. One frame
 * per campaign is made with POI; each model fills it as text (see {@link WordTemplate}).
 */
final class RegistrationDocx {
    private static final String BODY = "§THÂN-VĂN-BẢN§";
    private static final String UNIT = "§ĐƠN-VỊ§";
    private static final String DATE = "§NGÀY-THÁNG§";

    private final FormView form;
    private final ReportView report;
    private final RegistrationBody body;
    private final List<Object> frameInputs;
    private WordTemplate template;

    RegistrationDocx(FormView form, ReportView report) {
        this.form = form;
        this.report = report;
        this.body = new RegistrationBody(form);
        CampaignView c = form.campaign();
        // Once per campaign, not once per model: every document of the campaign shares them.
        this.frameInputs = java.util.Arrays.asList(form.issuer(), form.items(), form.forms(), form.fields(), c.ref(),
                c.launchedBy(), c.decider(), c.compiler(), c.deadline(), report.place());
    }

    /**
     * Everything of the form and the report that the documents read besides the model (the frame, the introduction,
     * the place), and nothing else of the campaign: a document stays the same while these and its model do.
     */
    List<Object> frameInputs() {
        return frameInputs;
    }

    /** The document of one model of this campaign. */
    byte[] bytes(ModelView m) throws IOException {
        Day day = m.ref().registered();
        return frame().fill(body.of(m, intro(m)), Map.of(UNIT, m.ref().unit().name().toUpperCase(PartyHeader.VI),
                DATE, report.place() + ", " + (day == null ? "ngày … tháng … năm …" : day.inWords())));
    }

    /** Made on first use, once: the render pool's threads share it. */
    private synchronized WordTemplate frame() throws IOException {
        if (template == null) {
            template = new WordTemplate(frameBytes(), BODY);
        }
        return template;
    }

    private byte[] frameBytes() throws IOException {
        CampaignView c = form.campaign();
        WordPage page = new WordPage();
        var doc = page.doc();
        PartyHeader.header(doc, page.textWidth(), new PartyHeader.Header(form.issuer(), UNIT, null, "……", null, DATE));
        WordText.title(doc, "ĐĂNG KÝ", "mô hình mới, cách làm sáng tạo năm " + c.ref().year());
        var to = WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 240);
        WordText.run(to, "Kính gửi: " + c.decider() + " " + report.place(), WordPage.BODY);
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.LEFT, 0, 0), BODY, WordPage.BODY);
        PartyHeader.closing(doc, page.textWidth(), List.of(c.decider() + " (để báo cáo),",
                c.compiler() + " (để tổng hợp),", "Lưu đơn vị."), new PartyHeader.Signature(null, null, null));
        return page.bytes(c.deadline().iso(), form.issuer(), "Đăng ký mô hình mới, cách làm sáng tạo năm "
                + c.ref().year());
    }

    /** "Thực hiện Công văn số 854-CV/HU…, Xã Lộc Bắc đăng ký…": what the registration answers. */
    private String intro(ModelView m) {
        List<String> docs = new ArrayList<>();
        for (DirectiveRef d : form.campaign().launchedBy()) {
            docs.add(d.kind() + " số " + d.number());
        }
        String basis = docs.isEmpty() ? "" : "Thực hiện " + String.join(", ", docs) + ", ";
        return body(run(basis + m.ref().unit().name() + " đăng ký mô hình mới, cách làm sáng tạo năm "
                + form.campaign().ref().year() + " như sau:", WordXml.size(WordPage.BODY)));
    }
}
