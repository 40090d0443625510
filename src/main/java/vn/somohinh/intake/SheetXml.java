package vn.somohinh.intake;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's XML, read with SAX so that a large sheet is never held whole. Two passes: the first
 * ({@link #scan}) counts the rows that hold a value against {@link Limits#MAX_ROWS} and gathers the merged ranges,
 * which the sheet lists after its rows; the second ({@link #rows}) gives each row's cells as shown. Formulas are
 * never evaluated: their cached value is read.
 */
final class SheetXml extends DefaultHandler {
    private final String prefix;
    private final SharedText strings;
    private final Formats formats;
    private final Consumer<Row> rows;
    private final RowBudget budget;
    private final List<CellRangeAddress> merges;
    private final StringBuilder value = new StringBuilder();
    private TreeMap<Integer, Cell> cells;
    private int row;
    private int column;
    private String type;
    private String style;
    private boolean hasValue;
    private boolean rowHasValue;
    private boolean inValue;
    private boolean inPhonetic;

    private SheetXml(String prefix, SharedText strings, Formats formats, Consumer<Row> rows, RowBudget budget,
            List<CellRangeAddress> merges) {
        this.prefix = prefix;
        this.strings = strings;
        this.formats = formats;
        this.rows = rows;
        this.budget = budget;
        this.merges = merges;
    }

    /** The first pass: counts rows into the file's budget, gathers merged ranges into {@code merges}. */
    static SheetXml scan(RowBudget budget, List<CellRangeAddress> merges) {
        return new SheetXml(null, null, null, null, budget, merges);
    }

    /** The second pass: every row with a non-blank cell, to {@code rows}. */
    static SheetXml rows(String prefix, SharedText strings, Formats formats, Consumer<Row> rows) {
        return new SheetXml(prefix, strings, formats, rows, null, null);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                row = number(atts.getValue("r"), row + 1);
                column = -1;
                rowHasValue = false;
                cells = rows == null ? null : new TreeMap<>();
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = column(ref, column + 1);
                type = atts.getValue("t");
                style = atts.getValue("s");
                hasValue = false;
                value.setLength(0);
            }
            case "v", "t" -> {
                inValue = !inPhonetic;
                hasValue |= inValue;
            }
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> merge(atts.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue && rows != null && value.length() < Limits.MAX_CELL_CHARS) {
            value.append(ch, start, Math.min(length, Limits.MAX_CELL_CHARS - value.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                rowHasValue |= hasValue;
                if (cells != null && hasValue && column >= 0 && column < Limits.MAX_COLUMNS) {
                    Cell c = cell(Row.place(prefix, column, row));
                    if (!c.isBlank()) {
                        cells.put(column, c);
                    }
                }
            }
            case "row" -> endRow();
            default -> { }
        }
    }

    private void endRow() {
        if (budget != null && rowHasValue) {
            budget.count();
        }
        if (cells != null && !cells.isEmpty()) {
            rows.accept(new Row(row, cells));
        }
    }

    private Cell cell(String place) {
        String raw = value.toString();
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> Cell.text(place, strings.get(raw));
            case "inlineStr", "str" -> Cell.text(place, Row.lines(Row.unescape(raw)));
            case "b" -> Cell.text(place, "1".equals(raw.strip()) ? "TRUE" : "FALSE");
            case "n" -> formats.number(place, raw.strip(), style);
            default -> Cell.text(place, raw); // "e" (#N/A…), "d" (ISO date text, strict files)
        };
    }

    private void merge(String ref) {
        if (merges != null && ref != null && merges.size() < Limits.MAX_MERGES) {
            try {
                merges.add(CellRangeAddress.valueOf(ref));
            } catch (IllegalArgumentException e) {
                // a range POI cannot read is no merge: its cells are read as they are
            }
        }
    }

    private static int column(String ref, int otherwise) {
        try {
            return ref == null ? otherwise : new CellReference(ref).getCol();
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
