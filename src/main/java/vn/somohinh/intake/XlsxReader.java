package vn.somohinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.somohinh.problem.Code;

/**
 * Reads an .xlsx workbook with POI's event API (XSSFReader, shared strings read with SAX): every sheet with a
 * header gives its entries. A workbook with macros is refused by what it holds, whatever its name.
 */
final class XlsxReader {
    /** The result: the entries, and whether any sheet had a header. */
    record Result(List<Entry> entries, boolean anyHeader) {
    }

    private XlsxReader() {
    }

    static Result read(Path file, String name) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            String main = mainType(pkg);
            if (main.contains(".sheet.binary.")) {
                throw new Refused(Code.IMPORT_UNREADABLE, "bảng tính dạng nhị phân (.xlsb)");
            }
            refuseMacros(pkg);
            if (!main.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.")) {
                throw new Refused(Code.IMPORT_UNREADABLE, "tệp không phải bảng tính Excel (.xlsx)");
            }
            XSSFReader reader = new XSSFReader(pkg);
            Formats formats = Formats.read(stylesOf(reader), reader.getWorkbookData());
            SharedText strings = SharedText.read(sharedStringsOf(reader));
            RowBudget budget = new RowBudget();
            List<Entry> entries = new ArrayList<>();
            boolean anyHeader = false;
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int n = 1; sheets.hasNext(); n++) {
                if (n > Limits.MAX_SHEETS) {
                    throw new Refused(Code.IMPORT_TOO_LARGE, "hơn " + Limits.MAX_SHEETS + " trang tính");
                }
                sheets.next().close();
                PackagePart part = sheets.getSheetPart();
                List<CellRangeAddress> ranges = new ArrayList<>();
                parse(part, SheetXml.scan(budget, ranges));
                String prefix = name + ":" + sheets.getSheetName();
                SheetEntries sheet = new SheetEntries(name, prefix, new Merges(ranges));
                parse(part, SheetXml.rows(prefix, strings, formats, sheet::accept));
                entries.addAll(sheet.finish());
                anyHeader |= sheet.hasHeader();
            }
            return new Result(entries, anyHeader);
        }
    }

    /** VBA (vbaProject.bin, a macro-enabled content type) or Excel 4 macro sheets. */
    private static void refuseMacros(OPCPackage pkg) throws OpenXML4JException {
        for (PackagePart part : pkg.getParts()) {
            String partName = part.getPartName().getName().toLowerCase(Locale.ROOT);
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            if (partName.endsWith("vbaproject.bin") || partName.contains("/macrosheets/") || type.contains("vbaproject")
                    || type.contains("macroenabled") || type.contains("macrosheet")) {
                throw new Refused(Code.IMPORT_MACRO);
            }
        }
    }

    /** The content type of the package's main part ("" when none): a workbook, or a .docx or .pptx renamed. */
    private static String mainType(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
        return part == null ? "" : part.getContentType();
    }

    private static InputStream sharedStringsOf(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return null; // no shared strings: cells hold their text inline
        }
    }

    private static InputStream stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesData();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null; // no styles part: every number is shown as it is, none is a date
        }
    }

    private static void parse(PackagePart part, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream in = part.getInputStream()) {
            var xml = Limits.xmlReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }
}
