package vn.somohinh.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once (a style per cell would bloat the file), plain and bold. */
final class XlsxStyles {
    /** What a cell holds, which decides its number format and wrapping. */
    enum Kind { TEXT, WRAP, NUMBER, DATE, YEAR, RATE, MONEY }

    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> bold = new EnumMap<>(Kind.class);

    XlsxStyles(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        for (Kind kind : Kind.values()) {
            plain.put(kind, style(book, kind, null));
            bold.put(kind, style(book, kind, font));
        }
    }

    CellStyle of(Kind kind, boolean strong) {
        return (strong ? bold : plain).get(kind);
    }

    private static CellStyle style(Workbook book, Kind kind, Font font) {
        CellStyle s = book.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(kind == Kind.WRAP);
        if (kind == Kind.DATE) {
            // Centred, so that a date does not run into the text of the next column.
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        String format = switch (kind) {
            case DATE -> "dd/mm/yyyy";
            case YEAR, NUMBER -> "0";
            case RATE -> "0.0%";
            // Thousands grouped as the locale groups them (150.000.000 in Vietnamese), never decimals.
            case MONEY -> "#,##0";
            default -> null;
        };
        if (format != null) {
            s.setDataFormat(book.createDataFormat().getFormat(format));
        }
        return s;
    }
}
