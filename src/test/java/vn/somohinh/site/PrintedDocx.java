package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * What every Word document of the site must satisfy, read back with POI and printed by LibreOffice: each table has
 * a grid and widths, rows of a data table do not split and its header row repeats; no word of a cell is broken in
 * the PDF. The pages are kept as PNGs under target/ to look at.
 */
final class PrintedDocx {
    private PrintedDocx() {
    }

    static XWPFDocument open(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    /** Every table: a grid of as many columns as its cells, widths set; a table of several rows has a header row. */
    static void assertTablesHaveGridsAndWidths(XWPFDocument doc) {
        assertGrids(doc);
        for (XWPFTable t : doc.getTables()) {
            if (t.getRows().size() > 1) {
                for (XWPFTableRow row : t.getRows()) {
                    assertThat(row.getCtRow().getTrPr().sizeOfCantSplitArray()).isEqualTo(1);
                }
                assertThat(t.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray()).as(t.getText()).isEqualTo(1);
            }
        }
    }

    /** Every table has a grid of as many columns as its cells, and every cell its width. */
    static void assertGrids(XWPFDocument doc) {
        for (XWPFTable t : doc.getTables()) {
            var grid = t.getCTTbl().getTblGrid();
            assertThat(grid).as("tblGrid of " + t.getText()).isNotNull();
            assertThat(grid.getGridColList()).hasSize(t.getRow(0).getTableCells().size());
            grid.getGridColList().forEach(c -> assertThat(((BigInteger) c.getW()).intValue()).isGreaterThan(300));
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    assertThat(cell.getCTTc().getTcPr().getTcW().getW()).isNotNull();
                }
            }
        }
    }

    /** The run's font: its own, else the document's default (the styles part). */
    static String font(XWPFRun r) {
        if (r.getFontFamily() != null) {
            return r.getFontFamily();
        }
        try {
            return r.getDocument().getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii();
        } catch (org.apache.xmlbeans.XmlException | IOException e) {
            throw new AssertionError("no styles part", e);
        }
    }

    /** The run's size in points: its own, else the document's default. */
    static double size(XWPFRun r) {
        Double own = r.getFontSizeAsDouble();
        return own != null ? own : r.getDocument().getStyles().getDefaultRunStyle().getFontSizeAsDouble();
    }

    /** Each run of a cell as text|size|bold|italic. */
    static List<String> runs(XWPFTableCell cell) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                out.add(r.text() + "|" + Math.round(size(r)) + "|" + r.isBold() + "|" + r.isItalic());
            }
        }
        return out;
    }

    /** The text of each page of the PDF. */
    static List<String> pages(PDDocument d) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(i);
            s.setEndPage(i);
            pages.add(s.getText(d));
        }
        return pages;
    }

    /**
     * The words of the document's table cells that do not occur whole among the printed words: a date broken as
     * "17/03/2" and "023" is one.
     */
    static List<String> brokenWords(XWPFDocument doc, List<String> pages) {
        Set<String> printed = new LinkedHashSet<>();
        pages.forEach(p -> printed.addAll(List.of(p.split("\\s+"))));
        List<String> broken = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        for (String word : p.getText().split("\\s+")) {
                            if (!word.isEmpty() && !printed.contains(word)) {
                                broken.add(word);
                            }
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** Every page as a grey PNG at 60 dpi, {@code dir}/{@code name}-N.png; the folder is emptied first. */
    static void pictures(PDDocument d, Path dir, String name) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        PDFRenderer renderer = new PDFRenderer(d);
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 60, ImageType.GRAY), "png",
                    dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
