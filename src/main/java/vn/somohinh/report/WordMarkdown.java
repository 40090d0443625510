package vn.somohinh.report;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A unit's or the committee's Markdown as Word paragraphs (WordprocessingML text): paragraphs justified with their
 * first line indented, list items with their marker ("-" or "1.") hanging, bold and italic kept, headings bold. Raw
 * HTML is written as the text it is, links as their text and address: nothing in a Word file can run.
 */
final class WordMarkdown {
    private static final Parser PARSER = Parser.builder().build();

    private WordMarkdown() {
    }

    /** The paragraphs of {@code markdown} at {@code points}; nothing for null or blank text. */
    static String paragraphs(String markdown, int points) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Blocks blocks = new Blocks(points);
        PARSER.parse(markdown).accept(blocks);
        return blocks.out.toString();
    }

    /** Walks the blocks; each paragraph's inline content is written by {@link Runs}. */
    private static final class Blocks extends AbstractVisitor {
        final StringBuilder out = new StringBuilder();
        private final int points;
        private String marker;
        private int depth;

        Blocks(int points) {
            this.points = points;
        }

        @Override
        public void visit(Paragraph p) {
            String runs = Runs.of(p, points, false);
            if (marker != null) {
                int left = WordXml.INDENT * (depth + 1);
                out.append(WordXml.para("both", "<w:spacing w:after=\"60\"/><w:ind w:left=\"" + left + "\" w:hanging=\""
                        + WordXml.INDENT / 2 + "\"/>", WordXml.run(marker + " ", WordXml.size(points)) + runs));
                marker = null; // a list item's later paragraphs have no marker of their own
            } else if (depth > 0) {
                out.append(WordXml.para("both", "<w:spacing w:after=\"60\"/><w:ind w:left=\"" + WordXml.INDENT * (depth + 1)
                        + "\"/>", runs));
            } else {
                out.append(WordXml.body(runs));
            }
        }

        @Override
        public void visit(Heading h) {
            out.append(WordXml.para("both", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:firstLine=\""
                    + WordXml.INDENT + "\"/>", Runs.of(h, points, true)));
        }

        @Override
        public void visit(BulletList list) {
            items(list, null);
        }

        @Override
        public void visit(OrderedList list) {
            items(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
        }

        private void items(Node list, Integer start) {
            depth++;
            int n = start == null ? 0 : start;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                marker = start == null ? "-" : (n++) + ".";
                visitChildren(item);
                marker = null;
            }
            depth--;
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(BlockQuote quote) {
            depth++;
            visitChildren(quote);
            depth--;
        }

        @Override
        public void visit(FencedCodeBlock code) {
            lines(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            lines(code.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            lines(html.getLiteral());
        }

        /** Text kept as its lines, not reflowed (code, raw HTML). */
        private void lines(String literal) {
            StringBuilder runs = new StringBuilder();
            String[] lines = literal.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                runs.append(i == 0 ? "" : "<w:r><w:br/></w:r>").append(WordXml.run(lines[i], WordXml.size(points)));
            }
            out.append(WordXml.para("left", "<w:spacing w:after=\"120\"/>", runs.toString()));
        }
    }

    /** The runs of one block: text with bold, italic, line breaks; links as "text (address)". */
    private static final class Runs extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private final int points;
        private boolean bold;
        private boolean italic;

        private Runs(int points, boolean bold) {
            this.points = points;
            this.bold = bold;
        }

        static String of(Node block, int points, boolean bold) {
            Runs r = new Runs(points, bold);
            r.visitChildren(block);
            return r.out.toString();
        }

        private void text(String s) {
            out.append(WordXml.run(s, WordXml.props(points, bold, italic)));
        }

        @Override
        public void visit(Text t) {
            text(t.getLiteral());
        }

        @Override
        public void visit(Code c) {
            text(c.getLiteral());
        }

        @Override
        public void visit(HtmlInline h) {
            text(h.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            text(" ");
        }

        @Override
        public void visit(HardLineBreak b) {
            out.append("<w:r><w:br/></w:r>");
        }

        @Override
        public void visit(Emphasis e) {
            boolean was = italic;
            italic = true;
            visitChildren(e);
            italic = was;
        }

        @Override
        public void visit(StrongEmphasis e) {
            boolean was = bold;
            bold = true;
            visitChildren(e);
            bold = was;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            text(" (" + link.getDestination() + ")");
        }
    }
}
