package vn.somohinh.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import vn.somohinh.text.Spaces;

/**
 * What one field of the form holds, wherever it sits (a content control's content, or the right cell of a labelled
 * row): its paragraphs as lines, the date a date picker stored, the directives ticked. The texts an empty control
 * shows (report/FormControls' placeholders) are blank.
 */
final class FormValues {
    static final Set<String> PLACEHOLDERS = Set.of("Bấm vào đây để ghi.", "Bấm để chọn ngày.", "Bấm để chọn.");
    /** Ticked and unticked boxes as text: what a check box becomes when its control is lost (Word 2007, LibreOffice). */
    private static final String TICKED = "\u2612\u2611\u22A0\u2327\u2718\u2716";
    private static final String UNTICKED = "\u2610\u25A1\u25FB";

    private FormValues() {
    }

    /** The paragraphs under {@code from} as lines (its text as one line when it has none); blank lines at the ends dropped. */
    static String text(Element from) {
        List<Element> paragraphs = WordDom.descendants(from, "p");
        List<String> lines = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            lines.add(line(WordDom.text(from)));
        }
        for (Element p : paragraphs) {
            lines.add(line(WordDom.text(p)));
        }
        return String.join("\n", trimmed(lines));
    }

    /** The day a date picker under {@code from} stored ({@code w:fullDate}, "2023-03-10T00:00:00Z"), or null. */
    static LocalDate date(Element from) {
        for (Element pr : WordDom.descendants(from, "sdtPr")) {
            String full = WordDom.attribute(WordDom.child(pr, WordDom.W, "date"), WordDom.W, "fullDate");
            if (full != null && full.length() >= 10) {
                try {
                    return LocalDate.parse(full.substring(0, 10));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The directives ticked under {@code from}, one a line, as their text without the box: a paragraph whose check
     * box (a control, tag lost, or the box as a character in front) is ticked, or that has no box at all (a directive
     * written in by hand); unticked ones left out.
     */
    static String tickedLines(Element from) {
        List<String> lines = new ArrayList<>();
        for (Element p : WordDom.descendants(from, "p")) {
            String text = Spaces.strip(line(WordDom.text(p)));
            Boolean box = box(p, text);
            if (box == null ? !text.isEmpty() : box) {
                lines.add(withoutBox(text));
            }
        }
        return String.join("\n", trimmed(lines));
    }

    /** Whether a check box control's box is ticked ({@code w14:checked} 1 or true). */
    static boolean checked(Element sdtPr) {
        Element box = WordDom.child(sdtPr, WordDom.W14, "checkbox");
        String v = WordDom.attribute(WordDom.child(box, WordDom.W14, "checked"), WordDom.W14, "val");
        return "1".equals(v) || "true".equals(v);
    }

    static boolean isCheckbox(Element sdtPr) {
        return WordDom.child(sdtPr, WordDom.W14, "checkbox") != null;
    }

    /** The paragraph's box: ticked, unticked, or null when it has none (neither a control nor a box in front). */
    private static Boolean box(Element p, String text) {
        for (Element pr : WordDom.descendants(p, "sdtPr")) {
            if (isCheckbox(pr)) {
                return checked(pr);
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        return TICKED.indexOf(first) >= 0 ? Boolean.TRUE : UNTICKED.indexOf(first) >= 0 ? Boolean.FALSE : null;
    }

    private static String withoutBox(String text) {
        boolean boxed = !text.isEmpty() && (TICKED + UNTICKED).indexOf(text.charAt(0)) >= 0;
        return boxed ? Spaces.strip(text.substring(1)) : text;
    }

    private static String line(String text) {
        return PLACEHOLDERS.contains(Spaces.strip(text)) ? "" : text;
    }

    private static List<String> trimmed(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && Spaces.isBlank(lines.get(from))) {
            from++;
        }
        while (to > from && Spaces.isBlank(lines.get(to - 1))) {
            to--;
        }
        return lines.subList(from, to);
    }
}
