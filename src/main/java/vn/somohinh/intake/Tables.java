package vn.somohinh.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Reads a workbook (.xlsx) or a CSV file into entries, one per data row of every sheet that has a header. The
 * file is recognised by its first bytes, not its name: a zip is read as a workbook, an OLE2 container is an old
 * .xls or a password-protected file, anything else named .csv is read as CSV. A file that cannot be read safely
 * gives one problem at the file and no entry; no exception leaves this class.
 */
public final class Tables {
    private Tables() {
    }

    /**
     * @param name how problems name the file ("bang-2022.xlsx"), as given on the command line
     * @return the entries in sheet and row order; none when the file is refused (the problem says why)
     */
    public static List<Entry> read(Path file, String name, Problems problems) {
        Limits.apply();
        try {
            XlsxReader.Result result = switch (kind(file)) {
                case ZIP -> XlsxReader.read(file, name);
                case OLE2 -> throw ole2(file);
                case EMPTY -> throw new Refused(Code.IMPORT_UNREADABLE, "tệp trống");
                case OTHER -> {
                    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        throw new Refused(Code.IMPORT_UNREADABLE, "tệp không phải bảng tính Excel (.xlsx) hay tệp CSV");
                    }
                    yield CsvReader.read(file, name);
                }
            };
            if (!result.anyHeader()) {
                problems.add(name, 0, 0, Code.IMPORT_NO_HEADER, Limits.HEADER_SCAN);
            }
            return result.entries();
        } catch (Refused r) {
            problems.add(name, 0, 0, r.code, r.args);
        } catch (Exception | StackOverflowError e) {
            Refused r = Failures.of(e);
            problems.add(name, 0, 0, r.code, r.args);
        }
        return List.of();
    }

    private enum Kind { ZIP, OLE2, EMPTY, OTHER }

    private static Kind kind(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(8);
        }
        if (magic.length == 0) {
            return Kind.EMPTY;
        }
        if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return Kind.ZIP;
        }
        long ole2 = 0xE11AB1A1E011CFD0L; // D0 CF 11 E0 A1 B1 1A E1, little-endian
        if (magic.length == 8 && java.nio.ByteBuffer.wrap(magic).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong() == ole2) {
            return Kind.OLE2;
        }
        return Kind.OTHER;
    }

    /** An OLE2 container: Office puts a password-protected .xlsx in one (EncryptionInfo); else an .xls, or no workbook. */
    private static Refused ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new Refused(Code.IMPORT_ENCRYPTED);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new Refused(Code.IMPORT_OLD_FORMAT);
            }
            return new Refused(Code.IMPORT_UNREADABLE, "tệp không phải bảng tính Excel (.xlsx) hay tệp CSV");
        }
    }
}
