package vn.somohinh.serve;

import java.nio.charset.StandardCharsets;

/**
 * What serve adds to an HTML page as it sends it: the reload script and the banner's style before {@code </head>}
 * (files of their own from the server's reserved path, so that a Content-Security-Policy of 'self' allows them),
 * and the banner, when there is one, first thing in {@code <body>}. The files on disk stay as built.
 */
final class Injection {
    /** Where serve's own files live; no page of the site can be there (JBake never writes a "__" folder). */
    static final String RESERVED = "/__so-mo-hinh/";
    static final String SCRIPT = RESERVED + "tai-lai.js";
    static final String STYLE = RESERVED + "xem-truoc.css";
    static final String EVENTS = RESERVED + "su-kien";

    private Injection() {
    }

    /** {@code page} with the script (told which build it shows) and, when not null, the banner. */
    static byte[] inject(byte[] page, long build, String banner) {
        String html = new String(page, StandardCharsets.UTF_8);
        String head = "<link rel=\"stylesheet\" href=\"" + STYLE + "\">\n<script src=\"" + SCRIPT
                + "\" data-ban-dung=\"" + build + "\" defer></script>\n";
        int headEnd = html.indexOf("</head>");
        StringBuilder out = new StringBuilder(html.length() + head.length() + (banner == null ? 0 : banner.length()));
        if (headEnd < 0) {
            out.append(head).append(banner == null ? "" : banner).append(html);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        out.append(html, 0, headEnd).append(head);
        int body = html.indexOf("<body", headEnd);
        int bodyEnd = body < 0 ? -1 : html.indexOf('>', body);
        if (banner == null || bodyEnd < 0) {
            out.append(html, headEnd, html.length());
        } else {
            out.append(html, headEnd, bodyEnd + 1).append('\n').append(banner).append(html, bodyEnd + 1, html.length());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own for when no build has succeeded yet: nothing else to show the banner on. */
    static byte[] placeholder() {
        return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Xem trước: chưa dựng được trang"
                + "</title>\n</head>\n<body>\n<main>\n<h1>Chưa dựng được trang</h1>\n<p>Sửa các lỗi trên rồi lưu tệp: trang"
                + " tự tải lại khi dựng xong.</p>\n</main>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
