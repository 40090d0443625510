package vn.somohinh.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.CampaignView.Agenda;
import vn.somohinh.model.CampaignView.Waiting;
import vn.somohinh.model.CampaignView.WaitingGroup;
import vn.somohinh.model.CampaignView.WaitingStatus;
import vn.somohinh.model.Day;
import vn.somohinh.model.Notice;
import vn.somohinh.model.ReportView;

/**
 * The proposal to the deciding body (tờ trình, "phiếu trình") of the models waiting for a decision, in the form of
 * the compiled report (Hướng dẫn 36-HD/VPTW, Phụ lục 3): header with a "TTr" number, "TỜ TRÌNH" and its subject,
 * "Kính gửi" the deciding body, the count, a table unit by unit and status by status with the desk's warnings,
 * the request to decide, "Nơi nhận" and the signature block of the report's signer.
 */
final class AgendaDocx {
    private AgendaDocx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        WordPage page = new WordPage();
        XWPFDocument doc = page.doc();
        CampaignView c = r.campaign();
        Agenda a = c.agenda();
        String year = c.ref().year();
        CampaignView.Letter letter = c.report();
        List<String> issuers = PartyHeader.issuers(r, letter.issuers());
        Day date = a.date();
        PartyHeader.header(doc, page.textWidth(), new PartyHeader.Header(issuers.get(0), issuers.get(1), null, "TTr",
                null, r.place() + ", " + (date == null ? "ngày … tháng … năm …" : date.inWords())));
        WordText.title(doc, "TỜ TRÌNH", "đề nghị xem xét, quyết định các mô hình mới, cách làm sáng tạo năm " + year);
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 240), "Kính gửi: " + c.decider(),
                WordText.BODY_SIZE);
        WordText.body(doc, intro(c, a, date, year));
        if (a.count() <= ReportDocx.MAX_ROWS) {
            new WordTable(List.of("STT", "Đơn vị", "Mô hình", "Trạng thái", "Từ ngày", "Lưu ý khi thẩm định"), rows(a),
                    ReportDocx.TABLE).write(doc, page.textWidth());
        } else {
            WordText.body(doc, "Danh sách " + a.count() + " mô hình ở trang “Chờ quyết định” của đợt đăng ký trên sổ"
                    + " (một bảng in dài hơn " + ReportDocx.MAX_ROWS + " dòng không dùng được).");
        }
        WordText.body(doc, "").setSpacingAfter(0);
        WordText.body(doc, c.compiler() + " kính trình " + c.decider() + " xem xét, quyết định duyệt, không duyệt"
                + " hoặc yêu cầu bổ sung đối với từng mô hình nêu trên.");
        List<String> recipients = new ArrayList<>();
        recipients.add(c.decider() + ",");
        recipients.add("Lưu " + c.compiler() + ".");
        PartyHeader.closing(doc, page.textWidth(), recipients,
                new PartyHeader.Signature(letter.authority(), letter.position(), letter.signer()));
        doc.getProperties().getCoreProperties().setDescription("Tờ trình dựng tự động từ Sổ mô hình"
                + (r.commit() == null ? "" : ", commit " + r.commit()) + ".");
        return page.bytes(date == null ? null : date.iso(), r.issuer(), "Tờ trình mô hình chờ quyết định năm " + year);
    }

    /** "Đến ngày …, Ban Tổ chức … đã tiếp nhận 46 mô hình …; trong đó 13 mô hình chưa có quyết định: …". */
    private static String intro(CampaignView c, Agenda a, Day date, String year) {
        return (date == null ? "Đến nay" : "Đến ngày " + date.text()) + ", " + c.compiler() + " đã tiếp nhận "
                + c.models().size() + " mô hình đăng ký năm " + year + "; trong đó " + a.count() + " mô hình"
                + " chưa có quyết định: đã đăng ký, đang thẩm định, hoặc đã đề nghị bổ sung quá " + a.sentBackDays()
                + " ngày mà đơn vị chưa bổ sung. " + c.compiler() + " tổng hợp các mô hình này theo đơn vị và trạng thái,"
                + " kèm các lưu ý khi thẩm định, như sau:";
    }

    private static List<List<String>> rows(Agenda a) {
        List<List<String>> rows = new ArrayList<>();
        for (WaitingGroup g : a.groups()) {
            for (WaitingStatus s : g.statuses()) {
                for (Waiting w : s.models()) {
                    rows.add(List.of(String.valueOf(rows.size() + 1), g.unit().name(), w.model().name(),
                            s.status().label() + (w.days() == null || !"can-bo-sung".equals(s.status().id()) ? ""
                                    : " (" + vn.somohinh.text.Numbers.grouped(w.days()) + " ngày)"),
                            w.since() == null ? "" : w.since().text(), advice(w.warnings())));
                }
            }
        }
        return rows;
    }

    /**
     * The warnings' messages, each ending with a full stop, or "Không có.". A file's path is named by its kind: the
     * deciding body does not open files, and one 60-letter word would squeeze every other column of the table.
     */
    private static String advice(List<Notice> warnings) {
        if (warnings.isEmpty()) {
            return "Không có.";
        }
        List<String> out = new ArrayList<>();
        for (Notice n : warnings) {
            String m = n.message().strip().replaceAll("[.;,]+$", "")
                    .replaceAll("data/reviews/\\S+\\.yaml", "tệp thẩm định của mô hình")
                    .replaceAll("data/registrations/\\S+\\.yaml", "tệp đăng ký của mô hình")
                    .replaceAll("data/\\S+\\.yaml", "tệp dữ liệu");
            out.add(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
        }
        return String.join(" ", out);
    }
}
