package vn.somohinh.model;

import java.util.List;

/**
 * A horizontal bar chart as the site draws it in SVG, without JavaScript: each bar's label on a line above it, its
 * value written at its end, so that neither colour nor length alone carries a figure. Geometry in the SVG's own
 * units ({@link #WIDTH} wide), computed here so that templates only place what they are given.
 *
 * @param id      unique on its page, for the {@code <title>} and {@code <desc>} the SVG is labelled by
 * @param summary the one sentence a leader reads instead of the bars, also the SVG's description
 */
public record Chart(String id, String title, String summary, List<Bar> bars, int height) {
    /** Drawn at this many CSS pixels where the page is wide enough (14 px text), scaled down on a phone. */
    public static final int WIDTH = 400;

    public int width() {
        return WIDTH;
    }
    /** The longest bar: the rest of the width holds the value written after it. */
    public static final int SCALE = 260;
    /** A unit's bars are short (a few models a year), leaving room for the statuses written after them. */
    static final int UNIT_SCALE = 100;
    static final int ROW = 46;

    /** A bar's length for {@code part} of {@code whole} at full length {@code scale}; 0 when the whole is 0. */
    static int length(int part, int whole, int scale) {
        return whole == 0 ? 0 : (int) Math.round(scale * (double) part / whole);
    }

    /**
     * @param y     the top of the bar's row: its label's baseline is at {@code y + 14}, the bar from {@code y + 20}
     * @param width the bar's length; 0 draws nothing but the label and value
     * @param track whether a full-length track is drawn behind the bar (a share against 100%)
     */
    public record Bar(String label, String value, int y, int width, boolean track) {
        /** After the bar, or after the track of a share, so that the shares' values stand in one column. */
        public int valueX() {
            return (track ? SCALE : width) + 8;
        }

        public int trackWidth() {
            return SCALE;
        }

        /** The bar's length as a part of the full length, for a drawing of another size (report/ChartImage). */
        public double fraction() {
            return (double) width / SCALE;
        }
    }
}
