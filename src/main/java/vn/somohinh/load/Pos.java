package vn.somohinh.load;

/** A place in a source file: 1-based line and column (column counted in characters). */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);
}
