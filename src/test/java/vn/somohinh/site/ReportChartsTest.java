package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * The compiled report's two charts (coverage, statuses) as a reader of the Word file gets them: the site's own
 * charts, named "Biểu đồ N", with the site's summary as the picture's alternative text and under it; PNGs at 300 dpi
 * printed 12 cm wide; bars as long as the figures in the tables that follow them; printed by LibreOffice. The
 * printable page carries the same two charts as SVG.
 */
class ReportChartsTest {
    private static final int BAR = 0x1f4e8c;
    private static final int TRACK = 0xdde3ec;
    @TempDir
    static Path work;
    static Path out;
    static Path docx;

    /** A picture of the document with the paragraphs around it. */
    record Picture(String caption, String alt, String after, long cx, long cy, byte[] png) {
    }

    @BeforeAll
    static void build() {
        out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        docx = out.resolve("dot-dang-ky/2023/bao-cao-2023.docx");
    }

    @Test
    void theChartsAreTheSitesNamedAndDescribedByItsSummary() throws IOException {
        List<Element> site = charts("dot-dang-ky/2023/index.html");
        List<Element> printable = charts("dot-dang-ky/2023/bao-cao/index.html");
        assertThat(printable).extracting(Element::id).containsExactly("bieu-do-dang-ky-t", "bieu-do-trang-thai-t");
        try (XWPFDocument doc = PrintedDocx.open(docx)) {
            List<Picture> pictures = pictures(doc);
            assertThat(pictures).hasSize(2);
            for (int i = 0; i < 2; i++) {
                Element title = printable.get(i);
                String summary = title.parent().selectFirst("desc").text();
                Element same = site.stream().filter(t -> t.id().equals(title.id())).findFirst().orElseThrow();
                assertThat(same.parent().selectFirst("desc").text()).as("the campaign page's chart").isEqualTo(summary);
                Picture p = pictures.get(i);
                assertThat(p.caption()).isEqualTo("Biểu đồ " + (i + 1) + ". " + title.text());
                assertThat(p.alt()).isEqualTo(title.text() + ": " + summary);
                assertThat(p.after()).isEqualTo(summary);
            }
            assertThat(pictures.get(0).alt()).startsWith("Tỷ lệ đơn vị đã đăng ký theo loại đơn vị: 44/53 đơn vị đã đăng ký");
        }
    }

    @Test
    void picturesAre300DpiPrinted12CmWide() throws Exception {
        try (XWPFDocument doc = PrintedDocx.open(docx)) {
            for (Picture p : pictures(doc)) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.png()));
                assertThat(image.getWidth()).isEqualTo(1417);
                assertThat(p.cx()).as("12 cm in EMU").isEqualTo(4320000);
                assertThat((double) p.cy() / p.cx()).isCloseTo((double) image.getHeight() / image.getWidth(), within(1e-4));
                assertThat(pixelsPerMetre(p.png())).as("300 dpi").isEqualTo(11811);
            }
        }
    }

    /** Each drawn bar against the table under the chart: a count against the largest, a share against its track. */
    @Test
    void barsAreAsLongAsTheFiguresOfTheTables() throws IOException {
        try (XWPFDocument doc = PrintedDocx.open(docx)) {
            List<Picture> pictures = pictures(doc);
            List<int[]> coverage = bars(ImageIO.read(new ByteArrayInputStream(pictures.get(0).png())));
            List<List<String>> types = rows(doc, "Loại đơn vị");
            assertThat(coverage).hasSize(types.size() - 1);
            for (int i = 0; i < coverage.size(); i++) {
                double share = Double.parseDouble(types.get(i).get(2)) / Double.parseDouble(types.get(i).get(1));
                int[] b = coverage.get(i);
                assertThat((double) b[0] / (b[0] + b[1])).as(types.get(i).get(0)).isCloseTo(share, within(0.005));
            }
            List<int[]> statuses = bars(ImageIO.read(new ByteArrayInputStream(pictures.get(1).png())));
            List<Integer> counts = rows(doc, "Trạng thái").stream().map(r -> Integer.parseInt(r.get(1)))
                    .filter(n -> n > 0).toList();
            assertThat(statuses).hasSize(counts.size());
            int most = counts.stream().mapToInt(Integer::intValue).max().orElseThrow();
            int longest = statuses.stream().mapToInt(b -> b[0]).max().orElseThrow();
            for (int i = 0; i < counts.size(); i++) {
                assertThat((double) statuses.get(i)[0] / longest).isCloseTo((double) counts.get(i) / most, within(0.005));
                assertThat(statuses.get(i)[1]).as("no track behind a count").isZero();
            }
        }
    }

    /** LibreOffice prints each chart on the page of its caption: that page holds the bars' blue, drawn. */
    @Test
    void libreOfficePrintsBothChartsOnTheirPages() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(docx, work.resolve("pdf"));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = PrintedDocx.pages(d);
            PDFRenderer renderer = new PDFRenderer(d);
            for (String caption : List.of("Biểu đồ 1.", "Biểu đồ 2.")) {
                int page = 0;
                while (!pages.get(page).contains(caption)) {
                    page++;
                }
                BufferedImage printed = renderer.renderImageWithDPI(page, 100, ImageType.RGB);
                assertThat(blue(printed)).as("bar pixels on the page of " + caption).isGreaterThan(2000);
            }
            assertThat(blue(renderer.renderImageWithDPI(pages.size() - 1, 100, ImageType.RGB))).as("the annex has no chart")
                    .isZero();
        }
    }

    /** Pixels within a small distance of the bars' colour (the PDF's image is resampled). */
    private static int blue(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int d = Math.abs((rgb >> 16 & 0xff) - 0x1f) + Math.abs((rgb >> 8 & 0xff) - 0x4e) + Math.abs((rgb & 0xff) - 0x8c);
                n += d < 24 ? 1 : 0;
            }
        }
        return n;
    }

    private List<Element> charts(String page) throws IOException {
        String html = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("figure.chart svg[role=img] > title");
    }

    /** Every inline picture of the body, with the paragraph before (its caption) and after it (its summary). */
    static List<Picture> pictures(XWPFDocument doc) {
        List<Picture> out = new ArrayList<>();
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 1; i + 1 < body.size(); i++) {
            if (!(body.get(i) instanceof XWPFParagraph p)) {
                continue;
            }
            for (XWPFRun r : p.getRuns()) {
                if (r.getCTR().sizeOfDrawingArray() == 0) {
                    continue;
                }
                var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
                out.add(new Picture(((XWPFParagraph) body.get(i - 1)).getText(), inline.getDocPr().getDescr(),
                        ((XWPFParagraph) body.get(i + 1)).getText(), inline.getExtent().getCx(), inline.getExtent().getCy(),
                        r.getEmbeddedPictures().get(0).getPictureData().getData()));
            }
        }
        return out;
    }

    /** The body rows (total row left out) of the first table whose header row starts with {@code first}. */
    private static List<List<String>> rows(XWPFDocument doc, String first) {
        for (XWPFTable t : doc.getTables()) {
            if (t.getRow(0).getCell(0).getText().equals(first)) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size())) {
                    rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
                }
                return rows;
            }
        }
        throw new AssertionError("no table headed " + first);
    }

    /** Each bar of the picture, top to bottom, as {bar pixels, track pixels} on its longest row. */
    private static List<int[]> bars(BufferedImage image) {
        List<int[]> bars = new ArrayList<>();
        int[] current = null;
        for (int y = 0; y < image.getHeight(); y++) {
            int bar = 0;
            int track = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                bar += rgb == BAR ? 1 : 0;
                track += rgb == TRACK ? 1 : 0;
            }
            if (bar + track == 0) {
                current = null;
            } else if (current == null) {
                current = new int[] {bar, track};
                bars.add(current);
            } else if (bar + track > current[0] + current[1]) {
                current[0] = bar;
                current[1] = track;
            }
        }
        return bars;
    }

    private static int pixelsPerMetre(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
