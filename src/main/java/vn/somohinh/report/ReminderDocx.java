package vn.somohinh.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.CampaignView.Owed;
import vn.somohinh.model.CampaignView.Reminder;
import vn.somohinh.model.Day;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.ReportView;

/**
 * The reminder letter (công văn đôn đốc) of a campaign as a party công văn (Hướng dẫn 36-HD/VPTW, Phụ lục 3): the
 * header with its "V/v" subject and no title, "Kính gửi", what the launching documents asked and by when, what each
 * unit still owes in a table, the request, the committee's own text, "Nơi nhận" and the signature block.
 */
final class ReminderDocx {
    /** Up to this many units are named after "Kính gửi"; more are sent to the list in the letter. */
    static final int NAMED = 3;

    private ReminderDocx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        WordPage page = new WordPage();
        XWPFDocument doc = page.doc();
        CampaignView c = r.campaign();
        Reminder rem = c.reminder();
        String year = c.ref().year();
        Day date = rem.date() != null ? rem.date() : r.date();
        List<String> issuers = PartyHeader.issuers(r, rem.issuers(), c.report().issuers());
        PartyHeader.header(doc, page.textWidth(), new PartyHeader.Header(issuers.get(0), issuers.get(1), rem.number(),
                "CV", "V/v đôn đốc đăng ký mô hình mới, cách làm sáng tạo năm " + year,
                r.place() + ", " + (date == null ? "ngày … tháng … năm …" : date.inWords())));
        addressees(doc, rem.owed());
        WordText.body(doc, "Thực hiện " + launched(rem.launchedBy()) + ", " + c.compiler() + " đã hướng dẫn các đơn vị"
                + " đăng ký mô hình mới, cách làm sáng tạo năm " + year + ", hạn đăng ký đến ngày " + c.deadline().text()
                + (c.bases().isEmpty() ? "" : "; mô hình phải bám sát " + bases(c.bases())) + ".");
        WordText.body(doc, (date == null ? "Đến nay" : "Đến ngày " + date.text()) + ", " + owes(c, rem)
                + ", cụ thể như sau:");
        new WordTable(List.of("STT", "Đơn vị", "Việc còn phải làm"), rows(rem, year), ReportDocx.TABLE)
                .write(doc, page.textWidth());
        WordText.body(doc, "").setSpacingAfter(0);
        boolean beforeDeadline = date != null && date.compareTo(c.deadline()) < 0;
        WordText.body(doc, "Đề nghị các đơn vị nêu trên khẩn trương hoàn thành, gửi về " + c.compiler()
                + (beforeDeadline ? " trước ngày " + c.deadline().text() : " chậm nhất ngày " + WordText.BLANK)
                + " để tổng hợp, báo cáo " + c.decider() + ".");
        if (rem.content() != null) {
            WordText.paragraphs(doc, WordMarkdown.paragraphs(rem.content(), WordPage.BODY));
        }
        PartyHeader.closing(doc, page.textWidth(), recipients(c, rem), signature(c, rem));
        doc.getProperties().getCoreProperties().setDescription("Công văn dựng tự động từ Sổ mô hình"
                + (r.commit() == null ? "" : ", commit " + r.commit()) + ".");
        return page.bytes(date == null ? null : date.iso(), r.issuer(), "Công văn đôn đốc đăng ký năm " + year);
    }

    private static void addressees(XWPFDocument doc, List<Owed> owed) {
        XWPFParagraph p = WordText.paragraph(doc, ParagraphAlignment.CENTER, 240, owed.size() == 1 ? 240 : 0);
        if (owed.size() == 1 || owed.size() > NAMED) {
            WordText.run(p, "Kính gửi: " + (owed.size() == 1 ? owed.get(0).unit().name()
                    : "Các đơn vị có tên tại danh sách kèm theo"), WordText.BODY_SIZE);
            p.setSpacingAfter(240);
            return;
        }
        WordText.run(p, "Kính gửi:", WordText.BODY_SIZE);
        for (int i = 0; i < owed.size(); i++) {
            XWPFParagraph unit = WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, i == owed.size() - 1 ? 240 : 0);
            WordText.run(unit, "- " + owed.get(i).unit().name() + (i == owed.size() - 1 ? "." : ","), WordText.BODY_SIZE);
        }
    }

    /** "Công văn số 854-CV/HU ngày 02/03/2023 của Ban Thường vụ Huyện ủy Bảo Lâm về …; …". */
    private static String launched(List<CampaignView.Cited> docs) {
        List<String> out = new ArrayList<>();
        for (CampaignView.Cited d : docs) {
            out.add(d.kind() + " số " + d.number() + (d.date() == null ? "" : " ngày " + d.date().text())
                    + " của " + d.issuer() + " " + subject(d.subject()));
        }
        return out.isEmpty() ? "chủ trương của cấp ủy" : String.join("; ", out);
    }

    /** A subject as it follows a citation: "Về tăng cường …" and "V/v tăng cường …" → "về tăng cường …". */
    private static String subject(String s) {
        String plain = s.strip().replaceFirst("^(?iu)(về|v/v)\\s+", "");
        return "về " + plain;
    }

    private static String bases(List<DirectiveRef> bases) {
        return String.join(", ", bases.stream().map(d -> d.kind() + " số " + d.number()).toList());
    }

    /** "còn 3 đơn vị chưa đăng ký và 2 mô hình chờ đơn vị bổ sung hồ sơ". */
    private static String owes(CampaignView c, Reminder rem) {
        List<String> parts = new ArrayList<>();
        long missing = rem.owed().stream().filter(Owed::notRegistered).count();
        if (missing > 0) {
            parts.add(missing + " đơn vị thuộc đối tượng chưa đăng ký");
        }
        if (rem.pending() > 0) {
            parts.add(rem.pending() + " mô hình " + c.compiler() + " đã đề nghị bổ sung nhưng đơn vị chưa bổ sung hồ sơ");
        }
        return "còn " + String.join(" và ", parts);
    }

    private static List<List<String>> rows(Reminder rem, String year) {
        List<List<String>> rows = new ArrayList<>();
        for (Owed o : rem.owed()) {
            List<String> items = new ArrayList<>();
            if (o.notRegistered()) {
                items.add("Chưa đăng ký mô hình năm " + year);
            }
            for (CampaignView.Pending p : o.pending()) {
                String note = p.note() == null ? "" : ": " + p.note().strip().replaceAll("[.;,]+$", "");
                items.add("Bổ sung hồ sơ mô hình “" + p.model().name() + "”" + note);
            }
            rows.add(List.of(String.valueOf(rows.size() + 1), o.unit().name(), String.join("; ", items) + "."));
        }
        return rows;
    }

    /** "Như trên," then don_doc.noi_nhan, or "Lưu <compiler>." when the campaign names none. */
    private static List<String> recipients(CampaignView c, Reminder rem) {
        List<String> out = new ArrayList<>();
        out.add("Như trên,");
        out.addAll(PartyHeader.ended(rem.recipients().isEmpty() ? List.of("Lưu " + c.compiler()) : rem.recipients()));
        return out;
    }

    /** don_doc.ky, else bao_cao.ky, else blanks. */
    private static PartyHeader.Signature signature(CampaignView c, Reminder rem) {
        if (rem.authority() != null || rem.position() != null || rem.signer() != null) {
            return new PartyHeader.Signature(rem.authority(), rem.position(), rem.signer());
        }
        CampaignView.Letter l = c.report();
        return new PartyHeader.Signature(l.authority(), l.position(), l.signer());
    }
}
