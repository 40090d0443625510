package vn.somohinh.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of one sheet, given in order, into entries: finds the header in the first rows, then makes one
 * entry per data row. Skipped: rows with nothing in the columns read, a total row ("Tổng cộng" first, no name),
 * a section heading (one cell merged across the row), the row of column numbers "(1) (2) (3)…" under a header,
 * the header repeated further down.
 * A range merged down a column (a unit over its three models) gives its value to every row it spans.
 */
final class SheetEntries {
    private static final String NAME = "ten_mo_hinh";
    private static final Set<String> TOTALS = Set.of("tong", "cong", "tong cong", "tong so", "cong chung");
    private static final Pattern NUMBERING = Pattern.compile("[(\\[]?([0-9]{1,3}|[A-Z])[)\\]]?");
    private final String source;
    private final String prefix;
    private final Merges merges;
    private final List<Row> head = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    /** Cells at the top of a range merged down a read column, by row and column. */
    private final Map<Long, Cell> origins = new HashMap<>();
    private boolean scanning = true;
    private HeaderRow header;

    /** @param prefix how the sheet's cells are named: {@code bang.xlsx:Mô hình}, or {@code bang.csv} */
    SheetEntries(String source, String prefix, Merges merges) {
        this.source = source;
        this.prefix = prefix;
        this.merges = merges;
    }

    void accept(Row row) {
        if (scanning && row.number() > Limits.HEADER_SCAN + 1) {
            decide();
        }
        if (scanning) {
            head.add(row);
        } else if (header != null) {
            data(row);
        }
    }

    /** The entries, once every row has been given. */
    List<Entry> finish() {
        if (scanning) {
            decide();
        }
        return entries;
    }

    boolean hasHeader() {
        return header != null;
    }

    private void decide() {
        scanning = false;
        header = HeaderRow.find(head, merges);
        if (header != null) {
            List<Row> rest = head.stream().filter(r -> r.number() > header.last()).toList();
            if (!rest.isEmpty() && numbering(rest.get(0))) {
                rest = rest.subList(1, rest.size());
            }
            rest.forEach(this::data);
        }
        head.clear();
    }

    private void data(Row row) {
        boolean read = false;
        for (Map.Entry<Integer, Cell> c : row.cells().entrySet()) {
            if (header.columns().containsKey(c.getKey())) {
                read = true;
                if (merges.startsDown(row.number(), c.getKey())) {
                    origins.put(at(row.number(), c.getKey()), c.getValue());
                }
            }
        }
        if (!read || total(row) || section(row) || repeatedHeader(row)) {
            return;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        header.columns().forEach((column, key) -> {
            Cell c = row.cells().get(column);
            if (c == null) {
                int origin = merges.originAbove(row.number(), column);
                c = origin == 0 ? null : origins.get(at(origin, column));
            }
            if (c != null && !c.isBlank()) {
                cells.putIfAbsent(key, c);
            }
        });
        entries.add(new Entry(source, prefix + "!" + row.number(), cells));
    }

    /** "Tổng cộng", "Cộng" in the row's first cell, and no name unless that cell is the name. */
    private boolean total(Row row) {
        int first = row.cells().firstKey();
        String cell = row.cells().get(first).text();
        String text = cell.length() > 40 ? "" : Headers.fold(cell);
        if (!TOTALS.contains(text) && !text.startsWith("tong cong ")) {
            return false;
        }
        return header.columns().entrySet().stream()
                .filter(c -> c.getValue().equals(NAME) && c.getKey() != first)
                .noneMatch(c -> row.cells().containsKey(c.getKey()));
    }

    /** The header again, as where tables were pasted one under another: two cells naming their own column's key. */
    private boolean repeatedHeader(Row row) {
        int named = 0;
        for (Map.Entry<Integer, String> c : header.columns().entrySet()) {
            Cell cell = row.cells().get(c.getKey());
            named += cell != null && c.getValue().equals(HeaderRow.key(cell.text())) ? 1 : 0;
        }
        return named >= 2;
    }

    /** A heading such as "I. KHỐI XÃ": the row's only cell, merged across columns. */
    private boolean section(Row row) {
        return row.cells().size() == 1 && merges.startsAcross(row.number(), row.cells().firstKey());
    }

    /** A row of column numbers, "(1) (2) (3)" or "A B C", as tables have under their headings. */
    private static boolean numbering(Row row) {
        if (row.cells().size() < 3) {
            return false;
        }
        int expected = -1;
        for (Cell c : row.cells().values()) {
            var m = NUMBERING.matcher(c.text().strip());
            if (!m.matches()) {
                return false;
            }
            String n = m.group(1);
            int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.charAt(0);
            if (expected >= 0 && value != expected) {
                return false;
            }
            expected = value + 1;
        }
        return true;
    }

    private static long at(int row, int column) {
        return (long) row * Limits.MAX_COLUMNS + column;
    }
}
