package vn.somohinh.serve;

import java.util.List;

/**
 * The problems shown at the top of every page while the last build failed: the lines as the terminal prints them,
 * escaped. Added to pages when they are served, like the reload script; never written into the built site.
 */
final class Banner {
    private Banner() {
    }

    /** The banner's HTML: a heading line saying why the page is the last good build, then one item per line. */
    static String html(String heading, List<String> lines) {
        StringBuilder html = new StringBuilder("<section class=\"smh-xem-truoc-loi\" aria-label=\"Lỗi khi dựng lại trang\">\n")
                .append("<p class=\"smh-xem-truoc-tieu-de\">").append(escape(heading)).append("</p>\n<ul>\n");
        for (String line : lines) {
            html.append("<li><code>").append(escape(line)).append("</code></li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
