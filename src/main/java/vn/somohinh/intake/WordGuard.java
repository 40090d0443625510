package vn.somohinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * What a Word file from outside must pass before POI parses its XML, each failure one problem: no macros (.docm, a
 * VBA part), no password (an encrypted file is an OLE2 container holding the package), a .docx at all, and bounded
 * sizes, checked by inflating every part once ({@link WordParts}: a zip bomb stops at the limit, not at its end; no
 * DOCTYPE, so no XML entity is ever declared, let alone expanded). POI's own zip limits ({@link Limits}, shared
 * with the tables' import) are set too, as the second line.
 */
final class WordGuard {
    /** The file as sent: a filled form is tens of kilobytes, a few megabytes with pictures. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** One XML part inflated: the form's document.xml is about 60 KB; POI's object tree is ten times larger. */
    static final long MAX_XML_BYTES = 8L * 1024 * 1024;
    /** Every part together, inflated (pictures included). */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final int MAX_PARTS = 1000;
    /** Compressed / inflated below {@link Limits#MIN_INFLATE_RATIO}, for a part over this inflated, is a zip bomb. */
    static final long RATIO_FROM = 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String VBA = "application/vnd.ms-office.vbaProject";

    private WordGuard() {
    }

    /** Whether the file may be opened by POI; when not, one problem at {@code name} says why. */
    static boolean admits(Path file, String name, Problems problems) {
        Limits.apply();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docm") || lower.endsWith(".dotm")) {
            problems.add(name, 0, 0, Code.IMPORT_MACRO);
            return false;
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return limit(name, problems, "tệp lớn hơn " + mb(MAX_FILE_BYTES));
            }
            byte[] head = head(file);
            if (starts(head, OLE2)) {
                if (encrypted(file)) {
                    problems.add(name, 0, 0, Code.IMPORT_ENCRYPTED);
                    return false;
                }
                return unreadable(name, problems, "tệp Word 97–2003 (.doc) hoặc tệp Office cũ, không phải .docx");
            }
            if (!starts(head, ZIP)) {
                return unreadable(name, problems, "tệp không phải .docx");
            }
            String why = WordParts.refusal(file);
            return why == null || limit(name, problems, why);
        } catch (IOException e) {
            return unreadable(name, problems, "tệp .docx bị hỏng");
        }
    }

    /** Whether the opened package is a Word document without macros; when not, one problem at {@code name}. */
    static boolean admits(OPCPackage pkg, String name, Problems problems) {
        if (!pkg.getPartsByContentType(VBA).isEmpty()) {
            problems.add(name, 0, 0, Code.IMPORT_MACRO);
            return false;
        }
        var main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        if (type.contains("macroEnabled")) {
            problems.add(name, 0, 0, Code.IMPORT_MACRO);
            return false;
        }
        if (!type.startsWith(WORD)) {
            return unreadable(name, problems, "tệp Office nhưng không phải văn bản Word (có thể là Excel, PowerPoint)");
        }
        return true;
    }

    static boolean unreadable(String name, Problems problems, String why) {
        problems.add(name, 0, 0, Code.IMPORT_WORD_UNREADABLE, why);
        return false;
    }

    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean limit(String name, Problems problems, String why) {
        problems.add(name, 0, 0, Code.IMPORT_WORD_LIMIT, why);
        return false;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        }
    }

    private static boolean starts(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
