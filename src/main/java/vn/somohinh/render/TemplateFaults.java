package vn.somohinh.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import vn.somohinh.problem.SourceFault;

/**
 * A template's failure as the maintainer's fault to fix, at the template's line: Freemarker's own words kept (they
 * are English, and precise), the page being made named, what to do said in Vietnamese.
 */
final class TemplateFaults {
    private static final String TODO = "hãy sửa mẫu ở chỗ này rồi chạy lại";

    private TemplateFaults() {
    }

    /**
     * The fault behind {@code e} (a template that does not compile, or that failed on {@code page}, anywhere down its
     * causes), or null when no template is to blame.
     */
    static SourceFault of(Throwable e, String page) {
        // A template that does not compile first, however deep: an #import of it fails with a text that hides where.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParseException parse) {
                return new SourceFault(place(parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()),
                        "mẫu trang viết sai cú pháp (Freemarker: " + oneLine(parse.getEditorMessage()) + ")", TODO, e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateException failed) {
                return new SourceFault(place(failed.getTemplateSourceName(), failed.getLineNumber(), failed.getColumnNumber()),
                        "mẫu trang gặp lỗi khi dựng «" + page + "» (Freemarker: " + oneLine(failed.getMessageWithoutStackTop())
                                + ")", TODO, e);
            }
        }
        return null;
    }

    private static String place(String template, Integer line, Integer column) {
        String file = "templates/" + (template == null ? "" : template);
        if (line == null || line <= 0) {
            return file;
        }
        return file + ":" + line + (column == null || column <= 0 ? "" : ":" + column);
    }

    /** Freemarker's text on one line, without its tips (after "----") and its trailing full stop. */
    private static String oneLine(String text) {
        String what = text == null ? "" : text;
        int tip = what.indexOf("----");
        if (tip > 0) {
            what = what.substring(0, tip);
        }
        what = what.replaceAll("\\s+", " ").strip();
        return what.endsWith(".") ? what.substring(0, what.length() - 1) : what;
    }
}
