package vn.somohinh.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.text.Spaces;

/**
 * The fields of a filled registration form (report/FormDocx), from its body: each read from the content control
 * tagged with its key, else (no such control, or one left blank while the unit wrote beside it in the cell) from the
 * row whose left cell is its label: a LibreOffice round trip drops every tag, makes FILLIN fields of text controls
 * and drops the block controls. The directives: the ids of the ticked boxes tagged {@code can_cu:<id>}, else the
 * text of the ticked lines. The unit: the control tagged {@code don_vi} in the header, else the line above the
 * header's "*". The year: from the title ("… năm 2023").
 */
final class FormReader {
    private static final String DIRECTIVES = "can_cu";
    private static final String BOX = "can_cu:";
    private static final Pattern YEAR = Pattern.compile("\\bdang ky\\b(?: [^ ]+){0,12}? nam (\\d{4})\\b");

    private final String name;
    private final Map<String, Element> tagged = new HashMap<>();
    private final Map<String, Element> labelled = new HashMap<>();
    private final List<String> ticked = new ArrayList<>();
    private boolean boxes;

    private FormReader(String name) {
        this.name = name;
    }

    /** The form's entry, or null when {@code body} has neither a tagged control nor a labelled row of the form. */
    static Entry read(Element body, String title, String name) {
        FormReader r = new FormReader(name);
        r.controls(body);
        r.rows(body);
        if (r.tagged.isEmpty() && r.labelled.isEmpty() && !r.boxes) {
            return null;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String key : RegistrationColumns.all().keySet()) {
            Cell c = r.cell(key, body, title);
            if (c != null && !c.isBlank()) {
                cells.put(key, c);
            }
        }
        return new Entry(name, name, cells);
    }

    private void controls(Element body) {
        for (Element sdt : WordDom.descendants(body, "sdt")) {
            Element pr = WordDom.child(sdt, WordDom.W, "sdtPr");
            String tag = WordDom.attribute(WordDom.child(pr, WordDom.W, "tag"), WordDom.W, "val");
            if (tag == null) {
                continue;
            }
            tag = Spaces.strip(tag);
            if (tag.startsWith(BOX) && FormValues.isCheckbox(pr)) {
                boxes = true;
                if (FormValues.checked(pr)) {
                    ticked.add(Spaces.strip(tag.substring(BOX.length())));
                }
            } else if (RegistrationColumns.all().containsKey(tag)) {
                tagged.putIfAbsent(tag, sdt);
            }
        }
    }

    private void rows(Element body) {
        for (Element tr : WordDom.descendants(body, "tr")) {
            List<Element> cells = WordDom.children(tr, "tc");
            if (cells.size() >= 2) {
                String key = Headers.key(label(cells.get(0)));
                if (key != null) {
                    labelled.putIfAbsent(key, cells.get(cells.size() - 1));
                }
            }
        }
    }

    /** The key's cell from its control, else (none, or left blank) from its labelled row, else the header or title. */
    private Cell cell(String key, Element body, String title) {
        // The unit's name has no label: it is written in the header block, "đầu phiếu".
        String place = key.equals(RegistrationColumns.UNIT) ? name + ": đầu phiếu"
                : name + ": mục \"" + RegistrationColumns.all().get(key) + "\"";
        Element control = tagged.get(key);
        Cell c = key.equals(DIRECTIVES) && boxes ? Cell.text(place, String.join("\n", ticked))
                : control == null ? null : cell(key, place, WordDom.child(control, WordDom.W, "sdtContent"), control);
        if (c == null || c.isBlank()) {
            c = cell(key, place, labelled.get(key), labelled.get(key));
        }
        if ((c == null || c.isBlank()) && key.equals(RegistrationColumns.UNIT)) {
            c = cell(key, place, headerUnit(body), null);
        }
        return (c == null || c.isBlank()) && key.equals(RegistrationColumns.YEAR) ? year(body, title) : c;
    }

    /** What {@code from} holds, with the day a date picker under {@code picker} stored; null without {@code from}. */
    private static Cell cell(String key, String place, Element from, Element picker) {
        if (from == null) {
            return null;
        }
        if (key.equals(DIRECTIVES)) {
            return Cell.text(place, FormValues.tickedLines(from));
        }
        String text = FormValues.text(from);
        LocalDate date = Spaces.isBlank(text) || picker == null ? null : FormValues.date(picker);
        return new Cell(place, text, date, null);
    }

    /** A label cell's first line that is not blank: the label ("Tên mô hình (*)"), the hint under it left out. */
    private static String label(Element cell) {
        for (Element p : WordDom.descendants(cell, "p")) {
            String text = WordDom.text(p);
            if (!Spaces.isBlank(text)) {
                return text;
            }
        }
        return null;
    }

    /** In the header block (the table whose right cell says "ĐẢNG CỘNG SẢN VIỆT NAM"), the line above the "*". */
    private static Element headerUnit(Element body) {
        for (Element tbl : WordDom.children(body, "tbl")) {
            for (Element tr : WordDom.children(tbl, "tr")) {
                List<Element> cells = WordDom.children(tr, "tc");
                if (cells.size() < 2 || !Headers.fold(WordDom.text(cells.get(cells.size() - 1)))
                        .contains("dang cong san viet nam")) {
                    continue;
                }
                List<Element> lines = WordDom.descendants(cells.get(0), "p");
                for (int i = 1; i < lines.size(); i++) {
                    if (Spaces.strip(WordDom.text(lines.get(i))).equals("*")) {
                        return lines.get(i - 1);
                    }
                }
            }
            return null;
        }
        return null;
    }

    /** The year in the title ("PHIẾU ĐĂNG KÝ … năm 2023"), else in the file's title property; null when neither says. */
    private Cell year(Element body, String title) {
        StringBuilder text = new StringBuilder();
        for (Element p : WordDom.children(body, "p")) {
            text.append(WordDom.text(p)).append('\n');
        }
        for (String candidate : new String[] {text.toString(), title == null ? "" : title}) {
            Matcher m = YEAR.matcher(Headers.fold(candidate));
            if (m.find()) {
                return Cell.text(name + ": tiêu đề", m.group(1));
            }
        }
        return null;
    }
}
