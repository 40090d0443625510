package vn.somohinh.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * How user Markdown's headings, links and images come out on a model page. Headings sit under the page's own h2
 * sections, so "# x" becomes h3 (never a second h1). A link keeps its address only when it is http(s); any other
 * (javascript:, data:, relative paths) leaves just its text. Images become such links or their text: a registry
 * page shows no picture from elsewhere, and an image without a real description would fail accessibility.
 */
final class MarkdownNodes implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    MarkdownNodes(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class, Image.class, Link.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Heading heading) {
            String tag = "h" + Math.min(6, heading.getLevel() + 2);
            html.line();
            html.tag(tag);
            children(node);
            html.tag("/" + tag);
            html.line();
        } else if (node instanceof Link link) {
            boolean web = isWeb(link.getDestination());
            if (web) {
                html.tag("a", linkAttributes(link.getDestination()));
            }
            children(node);
            if (web) {
                html.tag("/a");
            }
        } else if (node instanceof Image image) {
            boolean web = isWeb(image.getDestination());
            if (web) {
                html.tag("a", linkAttributes(image.getDestination()));
            }
            String alt = altText(image);
            html.text(alt.isBlank() ? "(hình ảnh)" : alt);
            if (web) {
                html.tag("/a");
            }
        }
    }

    /** In a fixed order (a Map.of would vary from run to run, and so would the page). */
    private Map<String, String> linkAttributes(String url) {
        Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attrs.put("href", context.encodeUrl(url.strip()));
        attrs.put("rel", "nofollow noopener noreferrer");
        return attrs;
    }

    private static boolean isWeb(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
    }

    private static String altText(Node image) {
        StringBuilder sb = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            }
        }
        return sb.toString();
    }
}
