package vn.somohinh.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.somohinh.model.Chart;

/**
 * A chart in a Word document, as a party report prints a figure: "Biểu đồ N. title" centred in bold above it, the
 * picture centred (its alternative text, which Word reads aloud, is the title and the summary), and the summary
 * in italics under it. The figures themselves stay in the table that follows.
 */
final class WordChart {
    private static final int CAPTION = 13;

    private WordChart() {
    }

    static void add(XWPFDocument doc, int number, Chart chart) throws IOException {
        XWPFParagraph title = WordText.paragraph(doc, ParagraphAlignment.CENTER, 120, 60);
        title.getCTP().addNewPPr().addNewKeepNext();
        WordText.run(title, "Biểu đồ " + number + ". " + chart.title(), CAPTION).setBold(true);
        XWPFParagraph picture = WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 60);
        picture.getCTP().getPPr().addNewKeepNext();
        var run = picture.createRun();
        ChartImage.Png png = ChartImage.png(chart);
        long width = Units.toEMU(ChartImage.WIDTH_CM / 2.54 * 72);
        long height = Math.round((double) width * png.height() / png.width());
        try {
            run.addPicture(new ByteArrayInputStream(png.bytes()), PictureType.PNG, chart.id() + ".png",
                    (int) width, (int) height);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("PNG is a picture type of Word", e);
        }
        var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setDescr(chart.title() + ": " + chart.summary());
        WordText.run(WordText.paragraph(doc, ParagraphAlignment.CENTER, 0, 120), chart.summary(), CAPTION)
                .setItalic(true);
    }
}
