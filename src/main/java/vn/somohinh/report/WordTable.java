package vn.somohinh.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word table as office suites and python-docx expect one: a {@code w:tblGrid} whose {@code w:gridCol} widths fit
 * the content (no word wider than its column, the rest of the width shared by how much text a column holds), each
 * cell's {@code w:tcW}, a fixed layout, the header row marked {@code w:tblHeader} so that it repeats on every page,
 * and every row {@code w:cantSplit}. Widths are measured by {@link TextWidth}, never with the fonts of the machine
 * that builds.
 */
final class WordTable {
    /** Cell padding left and right, in twips (1.5 mm). */
    static final int PAD = 85;
    /** The most rows that the width fitting looks at. */
    private static final int SAMPLE = 200;

    private final List<String> header;
    private final List<List<String>> rows;
    private final int size;
    private final int[] min;
    private final int[] max;
    /** Every row's cells as the widths of their words, then a space's width. */
    private final java.util.ArrayList<int[][]> words = new java.util.ArrayList<>();

    WordTable(List<String> header, List<List<String>> rows, int size) {
        this.header = header;
        this.rows = rows;
        this.size = size;
        min = new int[header.size()];
        max = new int[header.size()];
        measure(header, true);
        rows.forEach(r -> measure(r, false));
    }

    /** The width the table would like: each column as wide as its text, a long text capped at {@code cap}. */
    int preferred(int cap) {
        int sum = 0;
        for (int i = 0; i < min.length; i++) {
            sum += Math.max(min[i], Math.min(max[i], cap));
        }
        return sum;
    }

    /**
     * The widths of the columns for a table {@code width} wide that make it shortest: every column starts as wide as
     * its longest word (so no word breaks), then the spare width goes, 1 mm at a time, to the column where it saves
     * the most lines over all rows (a row is as tall as its tallest cell), else to the column with the most text.
     */
    int[] widths(int width) {
        int n = min.length;
        int[] w = min.clone();
        int step = 113;
        int spare = width - sumOf(w);
        while (spare >= step) {
            long height = height(w);
            int best = -1;
            int bestSteps = 1;
            double bestGain = 0;
            for (int i = 0; i < n; i++) {
                for (int k = 1; k <= 16 && k * step <= spare; k++) {
                    w[i] += k * step;
                    double gain = (height - height(w)) / (double) k;
                    w[i] -= k * step;
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = i;
                        bestSteps = k;
                    }
                }
            }
            if (best < 0) {
                best = widest(w);
                bestSteps = 1;
            }
            w[best] += bestSteps * step;
            spare -= bestSteps * step;
        }
        w[widest(w)] += Math.max(0, spare);
        if (sumOf(w) > width) {
            for (int i = 0; i < n; i++) {
                w[i] = (int) ((long) w[i] * width / sumOf(min));
            }
        }
        return w;
    }

    /** The column whose longest text is furthest from fitting on one line. */
    private int widest(int[] w) {
        int best = 0;
        for (int i = 1; i < w.length; i++) {
            if (max[i] - w[i] > max[best] - w[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The table's height in lines with columns {@code w} wide, times 1,000, plus the lines of all cells: so that a
     * wider column counts as progress even while another cell of the row is still as tall.
     */
    private long height(int[] w) {
        long lines = 0;
        // A sample of at most SAMPLE rows, evenly spread, fits a long table as well and in bounded time.
        int stride = Math.max(1, words.size() / SAMPLE);
        for (int r = 0; r < words.size(); r += stride) {
            int[][] row = words.get(r);
            int tallest = 1;
            for (int i = 0; i < row.length; i++) {
                int cell = TextWidth.lines(row[i], w[i] - 2 * PAD - 30);
                tallest = Math.max(tallest, cell);
                lines += cell;
            }
            lines += 1000L * tallest;
        }
        return lines;
    }

    /** Writes the table, {@code width} twips wide, with the header row first. */
    XWPFTable write(XWPFDocument doc, int width) {
        int[] w = widths(width);
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(sumOf(w)));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setCellMargins(0, PAD, 0, PAD);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        grid.setGridColArray(new CTTblGridCol[0]);
        for (int x : w) {
            grid.addNewGridCol().setW(BigInteger.valueOf(x));
        }
        // getRows() once: getRow(i) counts the rows every time, which made long tables quadratic.
        List<XWPFTableRow> all = table.getRows();
        fill(all.get(0), header, w, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(all.get(r + 1), rows.get(r), w, false);
        }
        return table;
    }

    private void fill(XWPFTableRow row, List<String> cells, int[] w, boolean head) {
        CTTrPr tr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        tr.addNewCantSplit();
        if (head) {
            tr.addNewTblHeader();
        }
        List<XWPFTableCell> tableCells = row.getTableCells();
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = tableCells.get(i);
            var tcW = cell.getCTTc().addNewTcPr().addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(w[i]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(head || isNumber(cells.get(i)) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            WordText.run(p, cells.get(i), size).setBold(head);
        }
    }

    private void measure(List<String> cells, boolean bold) {
        int[][] row = new int[cells.size()][];
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            String[] split = text.split("[ \\n]+");
            row[i] = new int[split.length + 1];
            for (int k = 0; k < split.length; k++) {
                row[i][k] = width(split[k], bold);
                min[i] = Math.max(min[i], row[i][k] + 2 * PAD + 30);
            }
            row[i][split.length] = width(" ", bold);
            max[i] = Math.max(max[i], width(text, bold) + 2 * PAD + 30);
        }
        words.add(row);
    }

    /** The width of {@code text} in twips at this table's size. */
    int width(String text, boolean bold) {
        return TextWidth.twips(text, size, bold);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static int sumOf(int[] w) {
        int s = 0;
        for (int x : w) {
            s += x;
        }
        return s;
    }
}
