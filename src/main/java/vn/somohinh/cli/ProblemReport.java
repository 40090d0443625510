package vn.somohinh.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import vn.somohinh.problem.Problem;

/** Prints problems in the three formats of CLI.md, and the closing summary line. */
final class ProblemReport {
    enum Format { TEXT, GITHUB, JSON }

    /** The JSON form of a problem, with the severity written as in the text form. */
    record JsonProblem(String file, int line, int column, String severity, String code, String message) {
    }

    private ProblemReport() {
    }

    static void print(List<Problem> problems, Format format, PrintStream out) {
        switch (format) {
            case TEXT -> problems.forEach(p -> out.println(text(p)));
            case GITHUB -> problems.forEach(p -> out.println(github(p)));
            case JSON -> out.println(json(problems));
        }
    }

    static String text(Problem p) {
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + p.severity().label() + ": " + p.message()
                + " [" + p.code() + "]";
    }

    /** A GitHub workflow command; values escaped as the runner expects, so a message cannot inject a command. */
    static String github(Problem p) {
        return "::" + p.severity().label() + " file=" + property(p.file()) + ",line=" + p.line() + ",col=" + p.column()
                + ",title=" + property(p.code()) + "::" + data(p.message());
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(List<Problem> problems) {
        List<JsonProblem> rows = problems.stream()
                .map(p -> new JsonProblem(p.file(), p.line(), p.column(), p.severity().label(), p.code(), p.message()))
                .toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("không ghi được danh sách vấn đề dạng JSON", e);
        }
    }

    /** "N lỗi, M cảnh báo trong K tệp (đã đọc F tệp dữ liệu)." */
    static String summary(List<Problem> problems, int filesRead) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        long files = problems.stream().map(Problem::file).distinct().count();
        String head = problems.isEmpty() ? "Không có lỗi, không có cảnh báo"
                : errors + " lỗi, " + warnings + " cảnh báo trong " + files + " tệp";
        return head + " (đã đọc " + filesRead + " tệp dữ liệu).";
    }

    /** Appends a Markdown table of the problems to the file GitHub names in GITHUB_STEP_SUMMARY. */
    static void appendStepSummary(List<Problem> problems, int filesRead, Map<String, String> env) throws IOException {
        String target = env.get("GITHUB_STEP_SUMMARY");
        if (target == null || target.isBlank()) {
            return;
        }
        StringBuilder md = new StringBuilder("### Kiểm tra dữ liệu Sổ mô hình\n\n")
                .append(summary(problems, filesRead)).append("\n\n");
        if (!problems.isEmpty()) {
            md.append("| Tệp | Dòng | Cột | Mức | Mã | Nội dung |\n|---|---:|---:|---|---|---|\n");
            for (Problem p : problems) {
                md.append("| ").append(cell(p.file())).append(" | ").append(p.line()).append(" | ").append(p.column())
                        .append(" | ").append(p.severity().label()).append(" | `").append(p.code()).append("` | ")
                        .append(cell(p.message())).append(" |\n");
            }
        }
        Files.writeString(Path.of(target), md.append('\n').toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
