package vn.somohinh.convert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.load.DataSet;
import vn.somohinh.load.Field;
import vn.somohinh.load.Schemas;
import vn.somohinh.load.ValueType;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;

/**
 * Lenient in what it reads, strict in what it gives: turns an {@link Entry} into a {@link Draft} with the contract's
 * values, naming every value it had to change as a note and every value it cannot read as an error, at the cell.
 */
public final class Conversion {
    private final Catalogs catalogs;
    private final Identity identity;

    /** {@code yearOption}, {@code unitOption}: {@code --year} and {@code --unit}, or null. */
    public Conversion(DataSet data, Integer yearOption, String unitOption) {
        this.catalogs = new Catalogs(data);
        this.identity = new Identity(catalogs, yearOption, unitOption);
    }

    /** The draft, or null when the entry cannot be placed (no unit, no year); its problems go to {@code problems}. */
    public Draft convert(Entry read, Problems problems) {
        Entry entry = unguarded(read);
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (Field f : Schemas.REGISTRATION.fields()) {
            Object value = switch (f.kind()) {
                case GROUP -> group(f, entry, problems);
                default -> {
                    Cell cell = entry.cells().get(f.key());
                    yield cell == null || cell.isBlank() ? null : value(f, cell, problems);
                }
            };
            String place = placeOf(f, entry);
            if (place != null) {
                columns.add(f.key());
                places.put(f.key(), place);
            }
            if (f.kind() == Field.Kind.GROUP) {
                f.shape().fields().stream().map(sub -> f.key() + "." + sub.key())
                        .filter(entry.cells()::containsKey).forEach(columns::add);
            }
            if (value != null) {
                values.put(f.key(), value);
            }
        }
        String unit = identity.unit(entry, problems);
        int year = identity.year(entry, problems);
        String code = Identity.code(entry, problems);
        return unit == null || year == 0 ? null
                : new Draft(entry.source(), entry.place(), year, unit, code, values, columns, places);
    }

    private Object value(Field f, Cell cell, Problems problems) {
        return switch (f.kind()) {
            case VALUE -> scalar(f.key(), f.type(), cell, problems);
            case VALUES -> {
                List<String> items = new ArrayList<>();
                for (String item : Lenient.items(cell.text())) {
                    String v = f.type() == ValueType.ID ? id(f.key(), item, cell, problems) : item;
                    if (v != null) {
                        items.add(v);
                    }
                }
                yield items.isEmpty() ? null : items;
            }
            case GROUPS -> Milestones.read(f, cell, problems);
            case GROUP -> throw new IllegalStateException(f.key());
        };
    }

    private Map<String, Object> group(Field f, Entry entry, Problems problems) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (Field sub : f.shape().fields()) {
            Cell cell = entry.cells().get(f.key() + "." + sub.key());
            if (cell != null && !cell.isBlank()) {
                Object v = scalar(f.key() + "." + sub.key(), sub.type(), cell, problems);
                if (v != null) {
                    group.put(sub.key(), v);
                }
            }
        }
        return group.isEmpty() ? null : group;
    }

    /** One value of a type; null (with an error) when it cannot be read. */
    Object scalar(String key, ValueType type, Cell cell, Problems problems) {
        String text = Spaces.strip(cell.text());
        switch (type) {
            case DATE -> {
                LocalDate d = Lenient.date(cell);
                if (d == null) {
                    problems.add(cell.place(), 0, 0, Code.IMPORT_DATE, text, key);
                    return null;
                }
                if (cell.date() == null) {
                    noteIfChanged(cell, text, d.toString(), problems);
                }
                return d.toString();
            }
            case MONEY -> {
                Long m = Lenient.money(cell);
                if (m == null) {
                    problems.add(cell.place(), 0, 0, Code.IMPORT_MONEY, text, key);
                    return null;
                }
                if (cell.number() == null) {
                    noteIfChanged(cell, text, m.toString(), problems);
                }
                return m;
            }
            case ID -> {
                return id(key, text, cell, problems);
            }
            case MARKDOWN -> {
                return text.replace("\r\n", "\n").replace('\r', '\n');
            }
            default -> {
                String one = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
                noteIfChanged(cell, text, one, problems);
                return one;
            }
        }
    }

    private String id(String key, String written, Cell cell, Problems problems) {
        Catalogs.Names names = switch (key) {
            case "hinh_thuc" -> catalogs.forms;
            case "linh_vuc" -> catalogs.fields;
            case "don_vi_phoi_hop" -> catalogs.units;
            default -> null;
        };
        String id = names == null ? catalogs.directive(written) : names.find(written);
        if (id == null) {
            String hint = names == null ? catalogs.directiveHint(written) : names.hint(written);
            problems.add(cell.place(), 0, 0, Code.IMPORT_UNKNOWN, names == null ? "văn bản" : names.what(), written,
                    names == null ? "data/directives.yaml" : names.where(), hint);
            return null;
        }
        noteIfChanged(cell, written, id, problems);
        return id;
    }

    private static String placeOf(Field f, Entry entry) {
        if (f.kind() != Field.Kind.GROUP) {
            Cell cell = entry.cells().get(f.key());
            return cell == null ? null : cell.place();
        }
        for (Field sub : f.shape().fields()) {
            Cell cell = entry.cells().get(f.key() + "." + sub.key());
            if (cell != null) {
                return cell.place();
            }
        }
        return null;
    }

    /**
     * A CSV cell reads without one leading apostrophe: the export guards a text that a spreadsheet would run as a
     * formula ("'=…", "'- …", as OWASP advises) and a text that itself starts with one ("''…"), so every CSV cell
     * starting with an apostrophe was guarded. A workbook's cells are typed and never guarded.
     */
    private static Entry unguarded(Entry entry) {
        if (!entry.source().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return entry;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        entry.cells().forEach((k, c) -> cells.put(k, c.text().startsWith("'")
                ? new Cell(c.place(), c.text().substring(1), c.date(), c.number()) : c));
        return new Entry(entry.source(), entry.place(), cells);
    }

    /** A note when what is written differs from what was read, so that the clerk sees every conversion. */
    static void noteIfChanged(Cell cell, String read, String written, Problems problems) {
        if (!read.equals(written)) {
            problems.add(cell.place(), 0, 0, Code.IMPORT_CONVERTED, read, written);
        }
    }
}
