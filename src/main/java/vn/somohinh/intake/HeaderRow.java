package vn.somohinh.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.somohinh.load.Field;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.load.Schemas;

/**
 * Where a sheet's column headings are and which key each column holds. The header is the first row, among the
 * first {@link Limits#HEADER_SCAN}, with two headings that name keys or groups ("Tên mô hình", "Thời gian thực
 * hiện"); title rows above it name none. The row under it is part of the header when it splits a heading merged
 * across columns ("Thời gian" over "Bắt đầu" and "Kết thúc"): those columns are read as "Thời gian: Bắt đầu".
 *
 * @param last    the number of the header's last row; data starts under it
 * @param columns column (0-based) → key, only the columns that name a key of the export
 */
record HeaderRow(int last, SortedMap<Integer, String> columns) {
    private static final Map<String, String> GROUP_LABELS = groupLabels();
    /** Characters of the longest heading looked up; the export's longest is 34. */
    private static final int MAX_HEADING = 200;

    /** The header among these first rows of a sheet (in order), or null when there is none. */
    static HeaderRow find(List<Row> rows, Merges merges) {
        for (int i = 0; i < rows.size() && rows.get(i).number() <= Limits.HEADER_SCAN; i++) {
            Row row = rows.get(i);
            if (recognised(row) >= 2) {
                Row next = i + 1 < rows.size() && rows.get(i + 1).number() == row.number() + 1 ? rows.get(i + 1) : null;
                return read(row, next, merges);
            }
        }
        return null;
    }

    private static int recognised(Row row) {
        Set<String> keys = new HashSet<>();
        for (Cell c : row.cells().values()) {
            String key = key(c.text());
            if (isColumn(key) || key != null && GROUP_LABELS.containsKey(key)) {
                keys.add(key);
            }
        }
        return keys.size();
    }

    private static HeaderRow read(Row top, Row next, Merges merges) {
        SortedMap<Integer, String> single = new TreeMap<>();
        top.cells().forEach((column, cell) -> {
            String key = key(cell.text());
            if (isColumn(key)) {
                single.put(column, key);
            }
        });
        if (next == null) {
            return new HeaderRow(top.number(), single);
        }
        SortedMap<Integer, String> split = new TreeMap<>();
        boolean isSplit = false;
        for (int column = 0; column < Limits.MAX_COLUMNS; column++) {
            String above = heading(top, column, merges);
            boolean copied = above != null && !top.cells().containsKey(column);
            String sub = sub(next, column, merges);
            String key = sub == null ? (copied ? null : key(above)) : under(above, sub);
            if (isColumn(key)) {
                split.put(column, key);
                isSplit |= sub != null && (copied || !isColumn(key(above)));
            }
        }
        return isSplit ? new HeaderRow(next.number(), split) : new HeaderRow(top.number(), single);
    }

    /**
     * The heading above a column: its own text, else that of a range merged across it from the left, else the
     * nearest heading to its left, as a split heading not merged (always so in CSV) leaves the cells right of it blank.
     */
    private static String heading(Row top, int column, Merges merges) {
        Cell own = top.cells().get(column);
        if (own != null) {
            return own.text();
        }
        CellRangeAddress r = merges.covering(top.number(), column);
        if (r != null) {
            Cell origin = r.getFirstRow() + 1 == top.number() ? top.cells().get(r.getFirstColumn()) : null;
            return origin == null ? null : origin.text();
        }
        SortedMap<Integer, Cell> left = top.cells().headMap(column);
        return left.isEmpty() ? null : left.get(left.lastKey()).text();
    }

    /** The text under a heading, unless the cell is part of a range merged down from the heading's row. */
    private static String sub(Row next, int column, Merges merges) {
        Cell c = next.cells().get(column);
        if (c == null || merges.originAbove(next.number(), column) != 0) {
            return null;
        }
        return c.text();
    }

    /** The key of a sub-heading under a heading: "Thời gian: Bắt đầu", "Liên hệ: Họ tên", else the sub-heading alone. */
    private static String under(String above, String sub) {
        if (above != null) {
            String joined = key(above + ": " + sub);
            if (isColumn(joined)) {
                return joined;
            }
            String group = group(key(above));
            if (group != null && isColumn(key(GROUP_LABELS.get(group) + ": " + sub))) {
                return key(GROUP_LABELS.get(group) + ": " + sub);
            }
        }
        return key(sub);
    }

    /** The key a heading names; a long text (a model's content, not a heading) is not even folded. */
    static String key(String heading) {
        return heading == null || heading.length() > MAX_HEADING ? null : Headers.key(heading);
    }

    private static String group(String key) {
        if (key == null) {
            return null;
        }
        int dot = key.indexOf('.');
        String group = dot < 0 ? key : key.substring(0, dot);
        return GROUP_LABELS.containsKey(group) ? group : null;
    }

    private static boolean isColumn(String key) {
        return key != null && RegistrationColumns.all().containsKey(key);
    }

    private static Map<String, String> groupLabels() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (Field f : Schemas.REGISTRATION.fields()) {
            if (f.kind() == Field.Kind.GROUP) {
                labels.put(f.key(), f.label());
            }
        }
        return Map.copyOf(labels);
    }
}
