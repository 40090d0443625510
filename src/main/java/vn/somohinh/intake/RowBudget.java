package vn.somohinh.intake;

import vn.somohinh.problem.Code;

/** Counts the rows holding a value across a file's sheets; past {@link Limits#MAX_ROWS} the file is refused at once. */
final class RowBudget {
    private int rows;

    void count() {
        if (++rows > Limits.MAX_ROWS) {
            throw new Refused(Code.IMPORT_TOO_MANY_ROWS, String.format(java.util.Locale.ROOT, "%,d", Limits.MAX_ROWS).replace(',', '.'));
        }
    }
}
