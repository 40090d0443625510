package vn.somohinh.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.somohinh.problem.SourceFault;

/**
 * Refuses templates that could opt out of escaping or run code: {@code ?no_esc}, {@code <#noautoesc>}, a plain-text
 * output format, {@code ?interpret}, {@code ?eval}, {@code ?new}, {@code ?api}. HTML made by code (sanitised
 * Markdown, trusted content/ pages) arrives as markup values, so no template needs any of these.
 */
final class TemplatePolicy {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\?\\s*(no_esc|interpret|eval|eval_json|new|api)\\b|<#\\s*noautoesc|<#\\s*noescape|output_format\\s*=\\s*\"(plainText|undefined)\"");

    private TemplatePolicy() {
    }

    /** Every violation in the folder, as "file:line: what"; empty when all templates are safe. */
    static List<String> violations(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches(".*\\.ftl[hx]?")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = FORBIDDEN.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(folder.relativize(file) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        return found;
    }

    static void enforce(Path folder) throws IOException {
        List<String> found = violations(folder);
        if (!found.isEmpty()) {
            String first = found.get(0);
            int colon = first.indexOf(": ");
            throw new SourceFault("templates/" + first.substring(0, colon).replace(java.io.File.separatorChar, '/'),
                    "mẫu trang tắt thoát HTML hoặc chạy mã (" + first.substring(colon + 2) + ")"
                            + (found.size() > 1 ? ", và " + (found.size() - 1) + " chỗ khác: " + String.join("; ", found.subList(1, found.size())) : ""),
                    "hãy bỏ cách viết đó: mẫu chỉ được in giá trị đã thoát", null);
        }
    }
}
