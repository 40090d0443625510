package vn.somohinh.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A Markdown page of the project's docs as the documentation tests read it, parsed with commonmark (GFM tables):
 * its sections (a heading and what follows it up to the next heading of the same or a higher level), the tables of
 * each section, its links and the anchors GitHub gives its headings.
 */
final class MarkdownDoc {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    static final String PLANNED = "(planned)";

    /** A table cell, a row or a heading: its plain text, the code spans in it, and whether it is tagged (planned). */
    record Part(String text, List<String> codes) {
        boolean planned() {
            return text.contains(PLANNED);
        }

        String firstCode() {
            return codes.isEmpty() ? "" : codes.get(0);
        }
    }

    record Table(List<String> header, List<List<Part>> rows) {
    }

    record Section(int level, Part heading, List<Table> tables) {
    }

    final Path file;
    private final Node document;

    private MarkdownDoc(Path file, Node document) {
        this.file = file;
        this.document = document;
    }

    static MarkdownDoc read(Path file) throws IOException {
        return new MarkdownDoc(file, PARSER.parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Every section of the page, in order; a section's tables include those of its subsections. */
    List<Section> sections() {
        List<Section> all = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                while (!open.isEmpty() && open.peek().level() >= h.getLevel()) {
                    open.pop();
                }
                Section s = new Section(h.getLevel(), part(h), new ArrayList<>());
                all.add(s);
                open.push(s);
            } else if (n instanceof TableBlock t) {
                Table table = table(t);
                open.forEach(s -> s.tables().add(table));
            }
        }
        return all;
    }

    /** The sections of a level whose heading's first code span is given, e.g. the section of `data/site.yaml`. */
    List<Section> sectionsNamed(int level, String code) {
        return sections().stream().filter(s -> s.level() == level && s.heading().firstCode().equals(code)).toList();
    }

    /** The rows of every table of the section whose header starts with the given column name. */
    static List<List<Part>> rows(Section section, String firstColumn) {
        return section.tables().stream().filter(t -> t.header().get(0).equals(firstColumn))
                .flatMap(t -> t.rows().stream()).toList();
    }

    /** Every link and image destination, as written. */
    List<String> links() {
        List<String> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(image.getDestination());
            }
        });
        return links;
    }

    /** The anchors GitHub makes of the headings: lower case, punctuation dropped, spaces to hyphens, "-1" for repeats. */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Section s : sections()) {
            String slug = s.heading().text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    private static Table table(TableBlock block) {
        List<String> header = new ArrayList<>();
        List<List<Part>> rows = new ArrayList<>();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Part> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell instanceof TableCell; cell = cell.getNext()) {
                    cells.add(part(cell));
                }
                if (section instanceof TableHead) {
                    cells.forEach(c -> header.add(c.text()));
                } else if (section instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        return new Table(header, rows);
    }

    private static Part part(Node node) {
        StringBuilder text = new StringBuilder();
        List<String> codes = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
                codes.add(c.getLiteral());
            }
        });
        return new Part(text.toString().strip(), codes);
    }
}
