package vn.somohinh.intake;

import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.xml.sax.SAXParseException;
import vn.somohinh.problem.Code;

/** Why a workbook could not be read, in words a clerk can act on; never the library's English. */
final class Failures {
    private Failures() {
    }

    /** The problem for an exception met while reading a workbook. */
    static Refused of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("max_entry_size")) {
                return new Refused(Code.IMPORT_TOO_LARGE, "một phần bên trong giải nén ra hơn "
                        + Limits.MAX_PART_BYTES / (1024 * 1024) + " MB");
            }
        }
        return new Refused(Code.IMPORT_UNREADABLE, reason(e));
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("min_inflate_ratio")) {
                return "tệp nén bất thường: một phần bên trong giải nén ra lớn hơn 100 lần phần nén (dấu hiệu bom nén)";
            }
            if (m.contains("max_file_count") || m.contains("more internal file entries")) {
                return "tệp chứa quá nhiều phần bên trong";
            }
            if (m.contains("doctype")) {
                return "nội dung XML bên trong có khai báo DOCTYPE (thực thể XML), không được phép";
            }
            if (t instanceof SAXParseException) {
                return "nội dung XML bên trong tệp bị hỏng";
            }
            if (t instanceof NotOfficeXmlFileException) {
                return "tệp nén không phải bảng tính Excel (.xlsx)";
            }
        }
        if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
            return "không mở được tệp (không có tệp này, hoặc không có quyền đọc)";
        }
        if (e instanceof StackOverflowError) {
            return "cấu trúc bên trong tệp lồng nhau quá sâu";
        }
        return "tệp bị hỏng hoặc không phải bảng tính Excel (.xlsx)";
    }
}
