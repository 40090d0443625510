package vn.somohinh.render;

import java.io.File;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for {@code .ftlh} templates (registered in META-INF/org.jbake.parser.TemplateEngines
 * .properties): renders content/ pages with the project's safe Freemarker configuration instead of JBake's own,
 * which does not escape and lets templates instantiate classes.
 */
public final class SafeFreemarkerEngine extends AbstractTemplateEngine {

    public SafeFreemarkerEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    public SafeFreemarkerEngine(Configuration config, ContentStore db, File destination, File templatesPath) {
        super(config, db, destination, templatesPath);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        BakeSession session = BakeSession.current();
        DocumentModel doc = model.getContent();
        String uri = doc.getUri() == null ? "" : doc.getUri();
        // The frame, not the whole Site: a content page changes only with its file, its template and the frame
        // (render/JBakePart).
        Map<String, Object> data = PageWriter.base(session.pages.frame(), PageWriter.rootFrom(uri));
        Object description = doc.get("description");
        data.put("page", ContentPage.of(doc.getTitle(), uri, description == null ? null : description.toString(), doc.getBody()));
        data.put("here", uri);
        try {
            session.templates.getTemplate(templateName).process(data, writer);
        } catch (freemarker.template.TemplateException | java.io.IOException e) {
            // JBake keeps the error's text only: the session keeps the fault, for SiteRenderer to throw.
            vn.somohinh.problem.SourceFault fault = TemplateFaults.of(e, uri);
            if (fault != null) {
                session.contentFault(fault);
            }
            throw new RenderingException("render: " + uri + ": " + (fault == null ? e.getMessage() : fault.getMessage()),
                    fault == null ? e : fault);
        }
    }
}
