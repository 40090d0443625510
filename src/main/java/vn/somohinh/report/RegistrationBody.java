package vn.somohinh.report;

import static vn.somohinh.report.WordXml.body;
import static vn.somohinh.report.WordXml.cell;
import static vn.somohinh.report.WordXml.para;
import static vn.somohinh.report.WordXml.row;
import static vn.somohinh.report.WordXml.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.somohinh.model.FormView;
import vn.somohinh.model.ModelView;
import vn.somohinh.model.Refs.DirectiveRef;
import vn.somohinh.model.Refs.UnitRef;
import vn.somohinh.text.Numbers;

/**
 * The numbered items of a printed registration, as WordprocessingML text: each key the unit wrote, under the label
 * the Word form gives it (so that the two documents speak alike), its Markdown as paragraphs, milestones as a
 * table. Optional keys left empty are left out; results reported later (ket_qua_thuc_hien) are not part of it.
 */
final class RegistrationBody {
    private static final int SIZE = WordPage.BODY;
    private static final int MILESTONE_DATE = 1985;

    private final Map<String, String> labels = new HashMap<>();

    RegistrationBody(FormView form) {
        for (FormView.Item item : form.items()) {
            String key = item.key();
            int dot = key.indexOf('.');
            // A group's items are "Thời gian thực hiện: ngày bắt đầu"…: the group is labelled by the part before ":".
            labels.putIfAbsent(dot < 0 ? key : key.substring(0, dot),
                    dot < 0 ? item.label() : item.label().substring(0, item.label().indexOf(':')));
        }
    }

    String of(ModelView m, String intro) {
        Items out = new Items(intro);
        out.line(label("ten_mo_hinh"), m.ref().name());
        out.line(label("hinh_thuc"), m.form().name());
        out.line(label("linh_vuc"), m.ref().field().name());
        out.line(label("nguoi_chu_tri"), m.lead());
        out.list(label("can_cu"), m.bases().stream().map(RegistrationBody::directive).toList());
        out.text(label("thuc_trang"), m.situation());
        out.text(label("muc_tieu"), m.objectives());
        out.text(label("noi_dung"), m.content());
        out.text(label("tinh_moi"), m.novelty());
        out.list(label("chi_tieu"), m.targets());
        out.line(label("thoi_gian"), "từ ngày " + m.start().text() + " đến ngày " + m.end().text());
        out.line(label("dia_ban_doi_tuong"), m.area());
        out.line(label("don_vi_phoi_hop"), m.partners().isEmpty() ? null
                : String.join("; ", m.partners().stream().map(UnitRef::name).toList()));
        out.line(label("kinh_phi"), budget(m.budget()));
        if (!m.milestones().isEmpty()) {
            out.heading(label("lo_trinh"));
            out.raw(milestones(m.milestones()));
        }
        out.text(label("ket_qua_du_kien"), m.expected());
        out.text(label("kha_nang_nhan_rong"), m.replication());
        out.line(label("lien_he"), contact(m.contact()));
        out.list(label("tai_lieu"), m.attachments().stream().map(a -> a.name() + ": " + a.url()).toList());
        return out.xml.toString();
    }

    private String label(String key) {
        return labels.getOrDefault(key, key);
    }

    private static String directive(DirectiveRef d) {
        return d.kind() + " số " + d.number() + ": " + d.subject();
    }

    private static String budget(ModelView.Budget b) {
        if (b == null || b.state() == null && b.social() == null) {
            return null;
        }
        String state = b.state() == null ? "" : "ngân sách " + Numbers.grouped(b.state()) + " đồng";
        String social = b.social() == null ? "" : "xã hội hóa " + Numbers.grouped(b.social()) + " đồng";
        return state + (state.isEmpty() || social.isEmpty() ? "" : "; ") + social;
    }

    private static String contact(ModelView.Contact c) {
        if (c == null) {
            return null;
        }
        // A phone number ("0263 3877 035") is kept on one line.
        String phone = c.phone() == null ? null : c.phone().replace(' ', '\u00A0');
        String joined = String.join(", ", java.util.stream.Stream.of(c.name(), c.position(), phone)
                .filter(s -> s != null && !s.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** Date | what is done, its header row repeated, as wide as the portrait page. */
    private static String milestones(List<ModelView.Milestone> ms) {
        int text = WordPage.portraitTextWidth() - MILESTONE_DATE;
        StringBuilder t = new StringBuilder(WordXml.table(MILESTONE_DATE, text));
        t.append(row(true, cell(MILESTONE_DATE, para("center", "", run("Thời gian", WordXml.props(12, true, false))))
                + cell(text, para("center", "", run("Nội dung", WordXml.props(12, true, false))))));
        for (ModelView.Milestone m : ms) {
            t.append(row(false, cell(MILESTONE_DATE, para("center", "", run(m.date().text(), WordXml.size(12))))
                    + cell(text, para("left", "", run(m.text(), WordXml.size(12))))));
        }
        return t.append("</w:tbl>").toString();
    }

    /** The numbered items, in order; an item without a value is skipped and takes no number. */
    private static final class Items {
        final StringBuilder xml = new StringBuilder();
        private int n;

        Items(String intro) {
            xml.append(intro);
        }

        void heading(String label) {
            xml.append(para("both", "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:firstLine=\""
                    + WordXml.INDENT + "\"/>", run(++n + ". " + label + ":", WordXml.props(SIZE, true, false))));
        }

        void line(String label, String value) {
            if (value != null && !value.isBlank()) {
                xml.append(body(run(++n + ". " + label + ": ", WordXml.props(SIZE, true, false))
                        + run(value, WordXml.size(SIZE))));
            }
        }

        void text(String label, String markdown) {
            if (markdown != null && !markdown.isBlank()) {
                heading(label);
                xml.append(WordMarkdown.paragraphs(markdown, SIZE));
            }
        }

        void list(String label, List<String> values) {
            if (!values.isEmpty()) {
                heading(label);
                for (String v : values) {
                    xml.append(para("both", "<w:spacing w:after=\"60\"/><w:ind w:left=\"" + WordXml.INDENT * 2
                            + "\" w:hanging=\"" + WordXml.INDENT / 2 + "\"/>", run("- " + v, WordXml.size(SIZE))));
                }
            }
        }

        void raw(String table) {
            // Word wants a paragraph between two tables and after the last: a small one keeps the table apart.
            xml.append(table).append(para("left", "<w:spacing w:after=\"120\"/>", ""));
        }
    }
}
