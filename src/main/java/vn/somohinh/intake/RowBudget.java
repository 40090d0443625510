package vn.somohinh.intake;

import vn.somohinh.problem.Code;

/**
 * Counts the rows holding a value across a file's sheets; past {@link Limits#MAX_ROWS} and the rows a title and a
 * header may take, the file is refused at once, before the rest is read.
 */
final class RowBudget {
    private static final int CAP = Limits.MAX_ROWS + Limits.HEADER_SCAN + 1;
    private int rows;

    void count() {
        if (++rows > CAP) {
            throw new Refused(Code.IMPORT_TOO_MANY_ROWS, String.format(java.util.Locale.ROOT, "%,d", Limits.MAX_ROWS).replace(',', '.'));
        }
    }
}
