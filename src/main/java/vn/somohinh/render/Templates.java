package vn.somohinh.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one Freemarker configuration, for JBake's content pages and the registry's pages alike. Escaping is by
 * construction: every template's output format is HTML (or XML for .ftlx), so every {@code ${…}} is escaped; the
 * only values that pass unescaped are markup objects the code made itself (sanitised Markdown, trusted content/
 * pages). Templates cannot instantiate classes ({@code ?new}), reach the Java API ({@code ?api}) or evaluate strings
 * as templates ({@code ?interpret}, {@code ?eval} are refused by {@link TemplatePolicy}). Errors are thrown, never
 * written into a page. Nothing depends on the machine's locale or time zone.
 */
final class Templates {
    private Templates() {
    }

    static Configuration forFolder(Path templates) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FileTemplateLoader(templates.toFile()));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        // 50000 → "50.000" with the vi-VN grouping separator.
        cfg.setNumberFormat(",##0");
        cfg.setBooleanFormat("c");
        return cfg;
    }
}
