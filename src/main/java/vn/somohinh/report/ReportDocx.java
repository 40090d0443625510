package vn.somohinh.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.ReportView;

/**
 * The compiled report as a party document (Hướng dẫn 36-HD/VPTW, Phụ lục 3): the header block, "BÁO CÁO" and its
 * subject, the sections of the report page with their tables and two charts (coverage, statuses), "Nơi nhận" and the
 * signature block; the model list, wider than a portrait page, in a landscape annex (Phụ lục) of its own section.
 */
final class ReportDocx {
    /** The longest table a printed report holds; longer lists are in the Excel file. */
    static final int MAX_ROWS = 1000;
    /** Table text, in points: 12 in the body; 11 in the annex, whose ten columns hold long names. */
    static final int TABLE = 12;
    static final int ANNEX = 10;
    /** The roll-up per unit: fifteen short columns of figures, one line a unit. */
    static final int ROLL_UP = 9;
    /** A long text column's preferred width (6 cm) when deciding whether a table fits a portrait page. */
    private static final int CAP = 3402;

    private ReportDocx() {
    }

    static byte[] bytes(ReportView r) throws IOException {
        WordPage page = new WordPage();
        XWPFDocument doc = page.doc();
        CampaignView c = r.campaign();
        String year = c.ref().year();
        CampaignView.Letter letter = c.report();
        List<String> issuers = PartyHeader.issuers(r, letter.issuers());
        PartyHeader.header(doc, page.textWidth(), new PartyHeader.Header(issuers.get(0), issuers.get(1),
                letter.number(), "BC", null, r.place() + ", " + r.longDate()));
        WordText.title(doc, "BÁO CÁO", "tổng hợp đăng ký mô hình mới, cách làm sáng tạo năm " + year);
        WordText.body(doc, c.compiler() + " tổng hợp kết quả đăng ký mô hình mới, cách làm sáng tạo năm " + year
                + " (hạn đăng ký " + c.deadline().text() + ") như sau:");
        WordText.heading(doc, "I. Tình hình đăng ký");
        WordText.body(doc, c.total().registered() + "/" + c.total().required() + " đơn vị thuộc đối tượng đã đăng ký ("
                + c.total().percent() + "), với " + c.models().size() + " mô hình; " + c.late().size()
                + " mô hình đăng ký sau hạn; " + c.notRegistered().size() + " đơn vị chưa đăng ký.");
        WordChart.add(doc, 1, c.coverageChart());
        table(page, ReportTables.coverage(r));
        ReportTables.Table models = ReportTables.models(r);
        WordTable modelTable = new WordTable(models.header(), cells(models), ANNEX);
        boolean annex = models.rows().size() <= MAX_ROWS && modelTable.preferred(CAP) > page.textWidth();
        WordText.heading(doc, "II. Danh sách mô hình");
        if (models.rows().size() > MAX_ROWS) {
            WordText.body(doc, "Danh sách " + models.rows().size() + " mô hình ở trang Mô hình của sổ và trong tệp"
                    + " Excel kèm theo (một bảng in dài hơn " + MAX_ROWS + " dòng không dùng được).");
        } else if (annex) {
            WordText.body(doc, "Danh sách " + models.rows().size() + " mô hình đã đăng ký ở Phụ lục kèm theo.");
        } else {
            table(page, models);
        }
        WordText.heading(doc, "III. Đơn vị chưa đăng ký");
        units(doc, ReportTables.notRegistered(r));
        WordText.heading(doc, "IV. Mô hình đăng ký sau hạn");
        table(page, ReportTables.late(r));
        WordText.heading(doc, "V. Mô hình theo trạng thái và lĩnh vực");
        WordChart.add(doc, 2, c.statusChart());
        table(page, ReportTables.counts("Theo trạng thái", "Trạng thái", c.byStatus()));
        table(page, ReportTables.counts("Theo lĩnh vực", "Lĩnh vực", c.byField()));
        WordText.heading(doc, "VI. Đánh giá, xếp loại cuối năm và đề xuất");
        table(page, ReportTables.graded(r));
        // The roll-up per unit (model/UnitRollUps) goes to the landscape annex, after the model list, unless it is
        // longer than a printed table can usefully be (a national registry has tens of thousands of units).
        ReportTables.Table rollUp = ReportTables.rollUp(r);
        boolean rollUpAnnex = rollUp.rows().size() <= MAX_ROWS;
        WordText.body(doc, rollUpAnnex ? "Kết quả theo từng đơn vị ở Phụ lục kèm theo."
                : "Kết quả của " + rollUp.rows().size() + " đơn vị ở trang của đợt đăng ký và ở trang “Theo đơn vị”"
                + " của tệp Excel kèm theo (một bảng in dài hơn " + MAX_ROWS + " dòng không dùng được).");
        WordText.heading(doc, "VII. Đánh giá chung");
        WordText.paragraphs(doc, WordMarkdown.paragraphs(letter.assessment(), WordPage.BODY));
        WordText.heading(doc, "VIII. Kiến nghị, đề xuất");
        WordText.paragraphs(doc, WordMarkdown.paragraphs(letter.proposals(), WordPage.BODY));
        PartyHeader.closing(doc, page.textWidth(), letter.recipients().isEmpty() ? recipients(c) : PartyHeader.ended(letter.recipients()),
                new PartyHeader.Signature(letter.authority(), letter.position(), letter.signer()));
        if (annex || rollUpAnnex) {
            page.section(true);
        }
        if (annex) {
            annexTitle(doc, "DANH SÁCH MÔ HÌNH ĐĂNG KÝ NĂM " + year);
            modelTable.write(doc, page.textWidth());
        }
        if (rollUpAnnex) {
            WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 120, 60),
                    "TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ NĂM " + year, 14).setBold(true);
            new WordTable(rollUp.header(), cells(rollUp), ROLL_UP).write(doc, page.textWidth());
        }
        doc.getProperties().getCoreProperties().setDescription("Báo cáo dựng tự động từ Sổ mô hình"
                + (r.commit() == null ? "" : ", commit " + r.commit()) + ".");
        return page.bytes(r.date() == null ? null : r.date().iso(), r.issuer(), "Báo cáo tổng hợp năm " + year);
    }

    /** A list of units as a sentence (a table of one column of names would take a line each). */
    private static void units(XWPFDocument doc, ReportTables.Table t) {
        if (t.rows().isEmpty()) {
            WordText.body(doc, "Không có.");
            return;
        }
        List<String> names = t.rows().stream().map(row -> String.valueOf(row.get(1))).toList();
        WordText.body(doc, t.rows().size() + " đơn vị: " + String.join("; ", names) + ".");
    }

    private static List<String> recipients(CampaignView c) {
        return List.of(c.decider() + " (để báo cáo),", WordText.BLANK + ",", "Lưu " + c.compiler() + ".");
    }

    private static void annexTitle(XWPFDocument doc, String title) {
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 0), "Phụ lục", 14).setBold(true);
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 0), title, 14).setBold(true);
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 240),
                "(Kèm theo báo cáo tổng hợp đăng ký mô hình mới, cách làm sáng tạo)", 14).setItalic(true);
    }

    /** A table of the body, as wide as the page; "Không có." for an empty one. */
    private static void table(WordPage page, ReportTables.Table t) {
        if (t.rows().isEmpty()) {
            WordText.body(page.doc(), "Không có.");
            return;
        }
        new WordTable(t.header(), cells(t), TABLE).write(page.doc(), page.textWidth());
    }

    static List<List<String>> cells(ReportTables.Table t) {
        List<List<String>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> row : t.rows()) {
            rows.add(row.stream().map(String::valueOf).toList());
        }
        return rows;
    }
}
