package vn.somohinh.report;

/**
 * WordprocessingML written as text, for the parts POI has no API for (content controls) and for documents made by
 * the thousand, where building POI's object tree for each would cost more than the rest of the build. Every piece
 * of text goes through {@link #esc}; the elements keep the order the schema (ECMA-376) gives.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A first-line indent of 1 cm, in twentieths of a point, as the body of a party document has. */
    static final int INDENT = 567;

    private WordXml() {
    }

    /**
     * Text as XML character data or attribute value; characters XML 1.0 cannot hold are dropped. The same as
     * commons-text's {@code StringEscapeUtils.escapeXml10} (WordXmlTest compares them), by hand: that one looks up
     * every code point in five translators, and the 50,000 registration documents of a national build spent a sixth
     * of the build's CPU there.
     */
    static String esc(String s) {
        int i = 0;
        while (i < s.length() && plain(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                escape(c, out);
            }
        }
        return out.toString();
    }

    /** A character that stands for itself in XML 1.0 text. */
    private static boolean plain(char c) {
        if (c < 0x7F) {
            return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' : c == '\t' || c == '\n' || c == '\r';
        }
        return (c == 0x85 || c > 0x9F) && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> {
                if (c >= 0x7F && c <= 0x9F) {
                    out.append("&#").append((int) c).append(';');
                }
                // Control characters, unpaired surrogates, U+FFFE and U+FFFF: dropped.
            }
        }
    }

    /** A paragraph aligned {@code align} ("left", "center", "right", "both") with more paragraph properties first. */
    static String para(String align, String pPr, String runs) {
        return "<w:p><w:pPr>" + pPr + "<w:jc w:val=\"" + align + "\"/></w:pPr>" + runs + "</w:p>";
    }

    /** A body paragraph: justified, its first line indented, 6 pt after. */
    static String body(String runs) {
        return para("both", "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"" + INDENT + "\"/>", runs);
    }

    /** A run of text with run properties ({@code <w:b/>}, {@link #size}…), or none. */
    static String run(String text, String rPr) {
        return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t xml:space=\"preserve\">"
                + esc(text) + "</w:t></w:r>";
    }

    /** Run properties for text at {@code points}; see {@link #props}. */
    static String size(int points) {
        return props(points, false, false);
    }

    /**
     * Run properties in the order the schema wants (bold, italic, size). The font (Times New Roman) and the body size
     * (14) are the styles part's defaults ({@link WordPage}), so a plain body run has none: a document made for each
     * of 50,000 models is half as long without them.
     */
    static String props(int points, boolean bold, boolean italic) {
        String size = points == WordPage.BODY ? "" : "<w:sz w:val=\"" + points * 2 + "\"/><w:szCs w:val=\"" + points * 2 + "\"/>";
        return (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + size;
    }

    static String cell(int width, String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
    }

    /** A table's properties and grid: fixed layout, single borders, the columns' widths in twips. */
    static String table(int... widths) {
        int total = 0;
        StringBuilder grid = new StringBuilder("<w:tblGrid>");
        for (int w : widths) {
            total += w;
            grid.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        return "<w:tbl><w:tblPr><w:tblW w:w=\"" + total + "\" w:type=\"dxa\"/><w:tblBorders>" + border("top")
                + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV")
                + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>" + grid + "</w:tblGrid>";
    }

    /** A row that is not split across pages; {@code header} rows repeat at the top of every page. */
    static String row(boolean header, String cells) {
        return "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>" + cells + "</w:tr>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    }
}
