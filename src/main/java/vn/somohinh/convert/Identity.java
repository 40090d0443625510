package vn.somohinh.convert;

import vn.somohinh.intake.Cell;
import vn.somohinh.intake.Entry;
import vn.somohinh.load.RegistrationColumns;
import vn.somohinh.load.ValueType;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;
import vn.somohinh.text.Spaces;

/**
 * Where a row or form belongs: its year and unit (the source's "Năm" and "Đơn vị", else {@code --year} and
 * {@code --unit}) and, for a row of the full export, its file's code ("Mã").
 */
final class Identity {
    private final Catalogs catalogs;
    private final Integer yearOption;
    private final String unitOption;

    Identity(Catalogs catalogs, Integer yearOption, String unitOption) {
        this.catalogs = catalogs;
        this.yearOption = yearOption;
        this.unitOption = unitOption;
    }

    String unit(Entry entry, Problems problems) {
        Cell cell = entry.cells().get(RegistrationColumns.UNIT);
        if (cell == null || cell.isBlank()) {
            if (unitOption == null) {
                problems.add(entry.place(), 0, 0, Code.IMPORT_NO_UNIT);
            }
            return unitOption;
        }
        String written = Spaces.strip(cell.text());
        String id = catalogs.units.find(written);
        if (id == null) {
            problems.add(cell.place(), 0, 0, Code.IMPORT_UNKNOWN, "đơn vị", written, "data/units.yaml",
                    catalogs.units.hint(written));
        } else {
            Conversion.noteIfChanged(cell, written, id, problems);
        }
        return id;
    }

    int year(Entry entry, Problems problems) {
        Cell cell = entry.cells().get(RegistrationColumns.YEAR);
        if (cell != null && !cell.isBlank()) {
            String written = cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : Spaces.strip(cell.text());
            if (ValueType.isYear(written)) {
                return Integer.parseInt(written);
            }
            problems.add(cell.place(), 0, 0, Code.IMPORT_YEAR, written);
            return 0;
        }
        if (yearOption == null) {
            problems.add(entry.place(), 0, 0, Code.IMPORT_NO_YEAR);
            return 0;
        }
        return yearOption;
    }

    static String code(Entry entry, Problems problems) {
        Cell cell = entry.cells().get(RegistrationColumns.CODE);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String written = Spaces.strip(cell.text());
        if (!ValueType.isSlug(written)) {
            problems.add(cell.place(), 0, 0, Code.IMPORT_CODE, written);
            return null;
        }
        return written;
    }
}
