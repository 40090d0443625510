package vn.somohinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's number formats (styles.xml, read with SAX rather than POI's XMLBeans tree) and its date system:
 * what a numeric cell shows, and whether it is a date. Numbers are shown as Vietnamese Excel shows them
 * ("15.000.000"); the system short date (format 14) as Vietnamese Windows shows it (d/M/yyyy).
 */
final class Formats extends DefaultHandler {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final int SYSTEM_SHORT_DATE = 14;
    private final DataFormatter formatter = new DataFormatter(VIETNAMESE);
    private final Map<Integer, String> custom = new HashMap<>();
    /** Format id of each cell style (the {@code s} of a cell), in order. */
    private final List<Integer> styles = new ArrayList<>();
    private boolean inCellXfs;
    private boolean date1904;

    private Formats() {
    }

    /** Either stream may be null (a workbook without styles). */
    static Formats read(InputStream styles, InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
        Formats f = new Formats();
        for (InputStream in : new InputStream[] {styles, workbook}) {
            if (in != null) {
                try (in) {
                    var reader = Limits.xmlReader();
                    reader.setContentHandler(f);
                    reader.parse(new InputSource(in));
                }
            }
        }
        return f;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> custom.put(integer(atts.getValue("numFmtId")), String.valueOf(atts.getValue("formatCode")));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    styles.add(integer(atts.getValue("numFmtId")));
                }
            }
            case "workbookPr" -> date1904 = "1".equals(atts.getValue("date1904")) || "true".equals(atts.getValue("date1904"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    /** A numeric cell's value ({@code <v>}, as Excel wrote it) with its style: a date cell, or a number. */
    Cell number(String place, String raw, String style) {
        int id = style == null ? 0 : styleFormat(integer(style));
        String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
        double value = parse(raw);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Cell.text(place, raw);
        }
        if (format != null && value >= 1 && DateUtil.isADateFormat(id, format) && DateUtil.isValidExcelDate(value)) {
            LocalDate day = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
            String shown = id == SYSTEM_SHORT_DATE ? SHORT_DATE.format(day) : formatter.formatRawCellContents(value, id, format, date1904);
            return new Cell(place, shown, day, null);
        }
        BigDecimal exact = new BigDecimal(raw).stripTrailingZeros();
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        String shown = format == null ? exact.toPlainString() : formatter.formatRawCellContents(value, id, format, date1904);
        return new Cell(place, shown, null, exact);
    }

    private int styleFormat(int style) {
        return style >= 0 && style < styles.size() ? styles.get(style) : 0;
    }

    private static double parse(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int integer(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
