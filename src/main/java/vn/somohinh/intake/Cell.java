package vn.somohinh.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value as a table cell or a form field held it, and where: {@code place} is how a problem names it
 * ({@code bang-2022.xlsx:Mô hình!E12}, {@code xa-loc-an.docx: mục "Mục tiêu"}).
 *
 * @param text   what the cell shows, as typed (line breaks kept); never null, empty when blank
 * @param date   the day, when the source held a real date (a spreadsheet date cell, a form's date picker), else null
 * @param number the number, when the source held a numeric cell, else null
 */
public record Cell(String place, String text, LocalDate date, BigDecimal number) {

    public static Cell text(String place, String text) {
        return new Cell(place, text == null ? "" : text, null, null);
    }

    public boolean isBlank() {
        return date == null && number == null && vn.somohinh.text.Spaces.isBlank(text);
    }
}
