package vn.somohinh.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import vn.somohinh.model.Chart;

/**
 * A chart of the site (model/Chart) drawn as a PNG for a Word document: the same bars, labels and values, in the
 * same order and proportions as the site's SVG, {@link #WIDTH_CM} wide at {@link #DPI} dots per inch, in the
 * document's serif (Times New Roman, or Liberation Serif, which has its metrics). The font is looked up by name
 * in a fixed order, so that one machine always draws the same pixels.
 */
final class ChartImage {
    static final int DPI = 300;
    /** 12 cm: 14 units of text print at 12 pt, the size of the report's tables. */
    static final double WIDTH_CM = 12;
    static final int WIDTH_PX = (int) Math.round(WIDTH_CM / 2.54 * DPI);
    static final Color BAR = new Color(0x1f4e8c);
    static final Color TRACK = new Color(0xdde3ec);
    private static final Color TEXT = new Color(0x1a1a1a);
    private static final List<String> FAMILIES = List.of("Times New Roman", "Liberation Serif", "Noto Serif");
    private static final Font FONT = font();

    private ChartImage() {
    }

    /** A PNG and its size in pixels. */
    record Png(byte[] bytes, int width, int height) {
    }

    static Png png(Chart chart) {
        Layout layout = Layout.of(chart);
        int height = (int) Math.round(layout.height() * scale());
        BufferedImage image = new BufferedImage(WIDTH_PX, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.transform(AffineTransform.getScaleInstance(scale(), scale()));
            for (int i = 0; i < chart.bars().size(); i++) {
                layout.draw(g, chart.bars().get(i), i);
            }
        } finally {
            g.dispose();
        }
        return new Png(encode(image), WIDTH_PX, height);
    }

    /**
     * Where the bars go, in the site chart's units ({@link Chart#WIDTH} wide). Paper is short: when the labels fit
     * in half the width, each stands left of its bar on the same row (ten statuses take 8 cm, not 14); otherwise
     * they stand above the bars, as on the site. A value stands after its bar, or after the track of a share.
     *
     * @param label the width of the label column; 0 when the labels stand above the bars
     * @param bars  the length of a full bar (a share of 100%, or the largest count)
     */
    private record Layout(double label, double bars, double height) {
        private static final int ROW = 26;

        static Layout of(Chart chart) {
            FontRenderContext frc = new FontRenderContext(null, true, true);
            double label = 0;
            double value = 0;
            for (Chart.Bar b : chart.bars()) {
                label = Math.max(label, FONT.getStringBounds(b.label(), frc).getWidth());
                value = Math.max(value, FONT.deriveFont(Font.BOLD).getStringBounds(b.value(), frc).getWidth());
            }
            if (label + 12 > Chart.WIDTH / 2.0) {
                return new Layout(0, Math.min(Chart.SCALE, Chart.WIDTH - value - 12), chart.height() + 4);
            }
            label += 12;
            return new Layout(label, Chart.WIDTH - label - value - 12, chart.bars().size() * ROW + 4);
        }

        void draw(Graphics2D g, Chart.Bar b, int row) {
            boolean stacked = label == 0;
            double top = stacked ? b.y() + 20 : row * ROW + 4;
            double length = bars * b.fraction();
            g.setColor(TEXT);
            g.setFont(FONT);
            g.drawString(b.label(), 0f, (float) (stacked ? b.y() + 14 : top + 14));
            if (b.track()) {
                g.setColor(TRACK);
                g.fill(new Rectangle2D.Double(label, top, bars, 18));
            }
            if (b.width() > 0) {
                g.setColor(BAR);
                g.fill(new Rectangle2D.Double(label, top, length, 18));
            }
            g.setColor(TEXT);
            g.setFont(FONT.deriveFont(Font.BOLD));
            // After the track, as on the site (Chart.Bar.valueX).
            g.drawString(b.value(), (float) (label + (b.track() ? bars : length) + 8), (float) (top + 14));
        }
    }

    private static double scale() {
        return (double) WIDTH_PX / Chart.WIDTH;
    }

    /** PNG with its resolution recorded (pHYs), so that an editor that opens the image alone prints it at 12 cm. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, meta));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The first of {@link #FAMILIES} installed; else Java's logical serif. AWT answers "Dialog" for a missing one. */
    private static Font font() {
        for (String family : FAMILIES) {
            Font f = new Font(family, Font.PLAIN, 14);
            if (f.getFamily(Locale.ROOT).equals(family)) {
                return f;
            }
        }
        return new Font(Font.SERIF, Font.PLAIN, 14);
    }
}
