package vn.somohinh.report;

import static vn.somohinh.report.WordXml.esc;

import java.util.List;
import vn.somohinh.model.Term;

/**
 * WordprocessingML content controls ({@code w:sdt}) as XML text, each tagged with the registration key it holds so
 * that a filled form can be read back by tag. POI has no API for them (nor for Word 2010's {@code w14:checkbox}),
 * so the few elements are written here, in the order the schema (ECMA-376 CT_SdtPr) gives.
 */
final class FormControls {
    static final String W = WordXml.W;
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    /** What an empty control shows, grey, until the unit writes in it. */
    static final String PLACEHOLDER = "Bấm vào đây để ghi.";
    static final String CHOOSE = "Bấm để chọn.";

    private FormControls() {
    }

    /** A one-line plain text control in the run. */
    static String text(String tag, String label) {
        return inline(tag, label, "<w:text/>", placeholder(PLACEHOLDER));
    }

    /** A date picker that writes the date year-month-day, as the data contract does. */
    static String date(String tag, String label) {
        return inline(tag, label, "<w:date><w:dateFormat w:val=\"yyyy-MM-dd\"/><w:lid w:val=\"vi-VN\"/>"
                + "<w:storeMappedDataAs w:val=\"date\"/><w:calendar w:val=\"gregorian\"/></w:date>",
                placeholder("Bấm để chọn ngày."));
    }

    /** A drop-down list: each code shown by its Vietnamese name, the code as the item's value. */
    static String dropDown(String tag, String label, List<Term> choices) {
        StringBuilder list = new StringBuilder("<w:dropDownList>");
        for (Term t : choices) {
            list.append("<w:listItem w:displayText=\"").append(esc(t.name())).append("\" w:value=\"")
                    .append(esc(t.id())).append("\"/>");
        }
        return inline(tag, label, list.append("</w:dropDownList>").toString(), placeholder(CHOOSE));
    }

    /** An unticked check box (Word 2010 and later; older Word shows the box as text). */
    static String checkbox(String tag, String label) {
        return "<w:sdt><w:sdtPr>" + names(tag, label) + "<w14:checkbox><w14:checked w14:val=\"0\"/>"
                + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
                + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:eastAsia=\"MS Gothic\""
                + " w:hAnsi=\"MS Gothic\"/></w:rPr><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>";
    }

    /** A rich text control around whole paragraphs: for the long texts and the lists written one item a line. */
    static String block(String tag, String label, String paragraphs) {
        return "<w:sdt><w:sdtPr>" + names(tag, label) + "</w:sdtPr><w:sdtContent>" + paragraphs
                + "</w:sdtContent></w:sdt>";
    }

    /** The empty paragraph a long text starts as, showing the placeholder. */
    static String placeholderParagraph() {
        return "<w:p>" + placeholder(PLACEHOLDER) + "</w:p>";
    }

    private static String inline(String tag, String label, String type, String content) {
        return "<w:sdt><w:sdtPr>" + names(tag, label) + "<w:showingPlcHdr/>" + type + "</w:sdtPr><w:sdtContent>"
                + content + "</w:sdtContent></w:sdt>";
    }

    private static String names(String tag, String label) {
        return "<w:alias w:val=\"" + esc(label) + "\"/><w:tag w:val=\"" + esc(tag) + "\"/>";
    }

    private static String placeholder(String text) {
        return "<w:r><w:rPr><w:color w:val=\"808080\"/></w:rPr><w:t>" + esc(text) + "</w:t></w:r>";
    }
}
