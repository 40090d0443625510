package vn.somohinh.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.somohinh.cli.SiteBuild;

/**
 * The default site's workbook as the committee prints and sorts it: dates, years and rates are typed cells, the total
 * row is outside the filter, every sheet prints landscape one page wide with its header row on every page; checked
 * with POI and with LibreOffice, whose PDF pages are kept as PNGs under target/xlsx-pages.
 */
class WorkbookPrintTest {
    static final int YEAR = 1;
    static final int REGISTERED = 7;
    static final Path PNG = Path.of("target/xlsx-pages");

    @TempDir
    static Path work;
    static Path xlsx;

    @BeforeAll
    static void build() {
        Path out = SiteBuild.build(Path.of("."), work.resolve("out"), Map.of("SOURCE_DATE_EPOCH", "1704042000"));
        xlsx = out.resolve("dot-dang-ky/2023/bao-cao-2023.xlsx");
    }

    @Test
    void datesYearsAndRatesAreTypedCells() throws IOException {
        try (XSSFWorkbook book = open(xlsx)) {
            XSSFSheet models = book.getSheet("Mô hình");
            assertDates(models, REGISTERED);
            for (Row row : models) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(YEAR).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(YEAR).getNumericCellValue()).isEqualTo(2023);
                }
            }
            assertDates(book.getSheet("Đăng ký muộn"), 3);
            XSSFSheet coverage = book.getSheet("Theo loại đơn vị");
            Row total = coverage.getRow(coverage.getLastRowNum());
            Cell rate = total.getCell(3);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isCloseTo(44.0 / 53, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rate.getCellStyle().getDataFormatString()).endsWith("%");
        }
    }

    @Test
    void theTotalRowIsBelowTheFilter() throws IOException {
        try (XSSFWorkbook book = open(xlsx)) {
            XSSFSheet coverage = book.getSheet("Theo loại đơn vị");
            int last = coverage.getLastRowNum();
            assertThat(coverage.getRow(last).getCell(0).getStringCellValue()).isEqualTo("Tổng");
            assertThat(coverage.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D" + last);
            assertThat(book.getSheet("Mô hình").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J47");
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowRepeated() throws IOException {
        try (XSSFWorkbook book = open(xlsx)) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as(name).hasToString(
                        new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1).toString());
                assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo("Huyện ủy Bảo Lâm");
                assertThat(sheet.getHeader().getCenter()).as(name).contains("2023");
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Trang &P/&N");
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    assertThat(sheet.getColumnWidth(c)).as(name + " column " + c).isBetween(7 * 256, 42 * 256);
                }
            }
            Cell name = book.getSheet("Mô hình").getRow(1).getCell(4);
            assertThat(name.getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void libreOfficeKeepsTheDatesAsDatesAndTheRatesAsPercentages() throws Exception {
        LibreOffice.require();
        Path saved = LibreOffice.toXlsx(xlsx, null, work.resolve("lo-xlsx"));
        try (XSSFWorkbook book = open(saved)) {
            assertDates(book.getSheet("Mô hình"), REGISTERED);
            XSSFSheet coverage = book.getSheet("Theo loại đơn vị");
            Cell rate = coverage.getRow(coverage.getLastRowNum()).getCell(3);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCellStyle().getDataFormatString()).endsWith("%");
        }
    }

    @Test
    void libreOfficePrintsTheModelSheetOnePageWide() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(xlsx, work.resolve("lo-pdf"));
        Path unfitted = work.resolve("unfitted/bao-cao-2023.xlsx");
        Files.createDirectories(unfitted.getParent());
        try (XSSFWorkbook book = open(xlsx); OutputStream out = Files.newOutputStream(unfitted)) {
            book.getSheet("Mô hình").setFitToPage(false);
            book.write(out);
        }
        Path control = LibreOffice.toPdf(unfitted, work.resolve("lo-unfitted"));
        List<String> fitted = pages(pdf, "Mô hình", true);
        List<String> spilled = pages(control, "Mô hình", false);
        System.out.println("NOTICE: model sheet " + fitted.size() + " pages fitted, " + spilled.size() + " unfitted");
        assertThat(fitted).isNotEmpty().allSatisfy(text -> assertThat(text).contains("STT", "Xếp loại"));
        assertThat(spilled).as("the control: without fitting, columns spill to pages of their own").anyMatch(
                text -> !text.contains("STT") || !text.contains("Xếp loại"));
        assertThat(fitted.size()).isLessThan(spilled.size());
    }

    /** Every sheet: each of its printed pages is landscape and holds its first and its last column's header. */
    @Test
    void libreOfficePrintsEverySheetOnePageWide() throws Exception {
        LibreOffice.require();
        Path pdf = LibreOffice.toPdf(xlsx, work.resolve("lo-pdf-all"));
        int total = 0;
        try (XSSFWorkbook book = open(xlsx)) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                Row head = sheet.getRow(0);
                String first = head.getCell(0).getStringCellValue();
                String last = head.getCell(head.getLastCellNum() - 1).getStringCellValue();
                List<String> pages = pages(pdf, sheet.getSheetName(), false);
                assertThat(pages).as(sheet.getSheetName()).isNotEmpty()
                        .allSatisfy(text -> assertThat(text).contains(first, last));
                total += pages.size();
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            System.out.println("NOTICE: the workbook prints on " + doc.getNumberOfPages() + " pages");
            assertThat(doc.getNumberOfPages()).isEqualTo(total);
        }
    }

    /**
     * The text of each page of one sheet (its page header ends with the sheet's name), each checked landscape;
     * with {@code png}, writes them as images.
     */
    private static List<String> pages(Path pdf, String sheet, boolean png) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSortByPosition(true);
            Files.createDirectories(PNG);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                strip.setStartPage(i + 1);
                strip.setEndPage(i + 1);
                String text = strip.getText(doc);
                String head = text.lines().findFirst().orElse("");
                if (!head.endsWith(" " + sheet)) {
                    continue;
                }
                PDPage page = doc.getPage(i);
                assertThat(page.getMediaBox().getWidth()).as("page " + (i + 1)).isGreaterThan(page.getMediaBox().getHeight());
                pages.add(text);
                if (png) {
                    BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(i, 100);
                    ImageIO.write(image, "png", PNG.resolve("mo-hinh-" + pages.size() + ".png").toFile());
                }
            }
        }
        return pages;
    }

    private static void assertDates(XSSFSheet sheet, int column) {
        int rows = 0;
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).as(sheet.getSheetName() + " row " + row.getRowNum()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                assertThat(cell.getCellStyle().getDataFormatString().toLowerCase(java.util.Locale.ROOT)).isEqualTo("dd/mm/yyyy");
                rows++;
            }
        }
        assertThat(rows).as(sheet.getSheetName()).isPositive();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
