package vn.somohinh.yaml;

/** A place in a source file: 1-based line and column (column counted in characters). */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);

    private static final int LINES = 256;
    private static final int COLUMNS = 64;
    /** Places near the top-left of a file, shared: a registry holds millions of them (filled lazily; Pos is immutable). */
    private static final Pos[] SHARED = new Pos[LINES * COLUMNS];

    /** The place at {@code line}, {@code column}: the same object for the same small place. */
    public static Pos of(int line, int column) {
        if (line < 1 || line > LINES || column < 1 || column > COLUMNS) {
            return new Pos(line, column);
        }
        int i = (line - 1) * COLUMNS + column - 1;
        Pos pos = SHARED[i];
        if (pos == null) {
            pos = new Pos(line, column);
            SHARED[i] = pos;
        }
        return pos;
    }
}
