package vn.somohinh.intake;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Filled Word registration forms (mau-dang-ky-&lt;năm&gt;.docx, filled in Word or LibreOffice) read into entries: the
 * file is checked first ({@link WordGuard}: no macros, no password, bounded sizes), opened read-only, and its fields
 * read by their content-control tags or, where a tag was lost, from the labelled cells ({@link FormReader}).
 */
public final class Forms {
    private Forms() {
    }

    /**
     * The form's entry, its place {@code name} and each cell's {@code name: mục "<label>"}; null when the file cannot
     * be read as a registration form, with one problem at {@code name} saying why.
     *
     * @param name the file as named on the command line, for problems
     */
    public static Entry read(Path file, String name, Problems problems) {
        if (!WordGuard.admits(file, name, problems)) {
            return null;
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            WordGuard.unreadable(name, problems, "tệp .docx bị hỏng");
            return null;
        }
        try {
            return WordGuard.admits(pkg, name, problems) ? read(new XWPFDocument(pkg), name, problems) : null;
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
            WordGuard.unreadable(name, problems, "nội dung XML của tệp bị hỏng");
            return null;
        } finally {
            pkg.revert();
        }
    }

    private static Entry read(XWPFDocument doc, String name, Problems problems) {
        Element body = (Element) doc.getDocument().getBody().getDomNode();
        Entry entry = FormReader.read(body, doc.getProperties().getCoreProperties().getTitle(), name);
        if (entry == null) {
            problems.add(name, 0, 0, Code.IMPORT_WORD_NOT_FORM);
        }
        return entry;
    }
}
