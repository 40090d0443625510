package vn.somohinh.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * User Markdown to safe HTML: raw HTML in the source is escaped, links and images keep only http(s), mailto and
 * relative URLs (commonmark's sanitizer), and the result is a markup value that templates print without escaping
 * again. Exposed to templates as {@code md(text)}: the one allow-listed way to put HTML made from user text on a page.
 */
final class Markdown implements TemplateMethodModelEx {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>\n")
            .nodeRendererFactory(MarkdownNodes::new)
            .build();

    static String toHtml(String markdown) {
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        return RENDERER.render(doc);
    }

    @Override
    public TemplateHTMLOutputModel exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("md(text) takes one argument");
        }
        Object arg = arguments.get(0);
        String text = arg instanceof TemplateScalarModel s ? s.getAsString() : null;
        return HTMLOutputFormat.INSTANCE.fromMarkup(toHtml(text));
    }
}
