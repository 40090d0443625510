package vn.somohinh.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged ranges of a sheet (none for CSV). Rows are 1-based as in problems, columns 0-based; ranges starting
 * right of the columns read are dropped, so that every look-up stays cheap even with many ranges.
 */
final class Merges {
    static final Merges NONE = new Merges(List.of());
    /** Ranges that start in the rows where a header may be. */
    private final List<CellRangeAddress> top = new ArrayList<>();
    /** Ranges spanning several rows, by first column then first row: their value goes down the rows. */
    private final Map<Integer, TreeMap<Integer, CellRangeAddress>> down = new HashMap<>();
    /** Ranges spanning several columns, by first row then first column. */
    private final Map<Integer, Map<Integer, CellRangeAddress>> across = new HashMap<>();

    Merges(List<CellRangeAddress> ranges) {
        for (CellRangeAddress r : ranges) {
            if (r.getFirstColumn() >= Limits.MAX_COLUMNS) {
                continue;
            }
            int first = r.getFirstRow() + 1;
            if (first <= Limits.HEADER_SCAN + 1) {
                top.add(r);
            }
            if (r.getLastRow() > r.getFirstRow()) {
                down.computeIfAbsent(r.getFirstColumn(), c -> new TreeMap<>()).put(first, r);
            }
            if (r.getLastColumn() > r.getFirstColumn()) {
                across.computeIfAbsent(first, c -> new HashMap<>()).put(r.getFirstColumn(), r);
            }
        }
    }

    /** The range that starts in the header rows and holds this cell, or null. */
    CellRangeAddress covering(int row, int column) {
        for (CellRangeAddress r : top) {
            if (r.isInRange(row - 1, column)) {
                return r;
            }
        }
        return null;
    }

    /** The first row of a range that starts above this cell, in its column, and reaches down to it; else 0. */
    int originAbove(int row, int column) {
        TreeMap<Integer, CellRangeAddress> inColumn = down.get(column);
        if (inColumn == null) {
            return 0;
        }
        Map.Entry<Integer, CellRangeAddress> r = inColumn.lowerEntry(row);
        return r != null && r.getValue().getLastRow() + 1 >= row ? r.getKey() : 0;
    }

    /** Whether a cell is the top-left of a range spanning several rows (its value fills the cells below). */
    boolean startsDown(int row, int column) {
        TreeMap<Integer, CellRangeAddress> inColumn = down.get(column);
        return inColumn != null && inColumn.containsKey(row);
    }

    /** Whether a cell is the top-left of a range spanning several columns. */
    boolean startsAcross(int row, int column) {
        Map<Integer, CellRangeAddress> inRow = across.get(row);
        return inRow != null && inRow.containsKey(column);
    }
}
