package vn.somohinh.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;

/**
 * A hand-written page of content/, as its template sees it. The body is the maintainers' own HTML, reviewed like
 * code (CODEOWNERS), so it is passed as markup; everything else is text and escaped.
 */
public record ContentPage(String title, String uri, String description, TemplateHTMLOutputModel body) {

    static ContentPage of(String title, String uri, String description, String body) {
        try {
            return new ContentPage(title, uri, description, HTMLOutputFormat.INSTANCE.fromMarkup(body == null ? "" : body));
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("render: " + uri, e);
        }
    }
}
