package vn.somohinh.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;
import vn.somohinh.problem.SourceFault;

/**
 * The line printed after "lỗi nội bộ: " (exit 3, a failure neither in the data nor in the site's sources): what kind of failure, in Vietnamese; the exception's own text when
 * it has one (a path, the template that failed); what to do; and, in brackets, the innermost exception's Java type.
 * The type means nothing to a clerk, but it is what a maintainer needs to find the fault from a bug report when no
 * stack trace is printed, so it stays, marked as being for the report.
 */
final class InternalFailure {
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");

    private InternalFailure() {
    }

    /**
     * The whole line for exit 3: a fault in the site's own sources (a template, a content file) as its place and what
     * to do there; anything else as "lỗi nội bộ: " and {@link #describe}.
     */
    static String line(Throwable e) {
        SourceFault fault = SourceFault.in(e);
        return fault != null ? fault.line() : "lỗi nội bộ: " + describe(e);
    }

    /** Why a build failed, for serve's banner and terminal: the source's fault as its line, or {@link #describe}. */
    static String reason(Throwable e) {
        SourceFault fault = SourceFault.in(e);
        return fault != null ? fault.line() : describe(e);
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean disk = root instanceof IOException;
        String detail = detail(e);
        return (disk ? "không đọc hoặc ghi được tệp" : "công cụ gặp lỗi không lường trước")
                + (detail.isEmpty() ? "" : " (" + detail + ")") + ": "
                + (disk ? "hãy kiểm tra đường dẫn, quyền đọc ghi và chỗ trống trên đĩa rồi chạy lại"
                        : "hãy báo cho người duy trì công cụ, kèm dòng này và lệnh đã chạy")
                + " (loại lỗi Java, cho báo lỗi: " + root.getClass().getSimpleName() + ")";
    }

    /**
     * The first useful text down the chain of causes: the project's own message, or the file a file-system error is
     * about. The JDK's texts are skipped where they are English (a file-system error's reason, a null pointer's
     * explanation) and a wrapper's copy of its cause; an empty or "null" value is never printed as "null".
     */
    private static String detail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t instanceof FileSystemException fs ? file(fs)
                    : t instanceof NullPointerException || t.getMessage() == null
                    || (t.getCause() != null && t.getMessage().equals(t.getCause().toString())) ? "" : t.getMessage();
            text = NULL.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("không rõ");
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /** What a file-system error says about its file, in Vietnamese; its own reason is the system's English. */
    private static String file(FileSystemException e) {
        if (e.getFile() == null) {
            return "";
        }
        String file = e.getFile() + (e.getOtherFile() == null ? "" : " → " + e.getOtherFile());
        if (e instanceof NoSuchFileException) {
            return "không có " + file;
        } else if (e instanceof FileAlreadyExistsException) {
            return "đã có tệp " + file;
        } else if (e instanceof AccessDeniedException) {
            return "không có quyền với " + file;
        } else if (e instanceof NotDirectoryException) {
            return file + " không phải thư mục";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "thư mục " + file + " không rỗng";
        }
        return file;
    }
}
