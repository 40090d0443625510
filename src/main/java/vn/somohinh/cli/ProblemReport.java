package vn.somohinh.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Problems;
import vn.somohinh.problem.Severity;
import vn.somohinh.text.Numbers;

/**
 * Prints problems in the three formats of CLI.md, and the closing summary line. Text and GitHub print at most
 * {@link #PER_FILE} problems of a file, then one line saying how many more; JSON, for programs, lists them all.
 */
final class ProblemReport {
    enum Format { TEXT, GITHUB, JSON }

    /** Problems printed per file: a clerk reads the first few, and a CI log or annotation list has limits. */
    static final int PER_FILE = Problems.PRINTED_PER_FILE;

    /** The JSON form of a problem, with the severity written as in the text form. */
    record JsonProblem(String file, int line, int column, String severity, String code, String message) {
    }

    private ProblemReport() {
    }

    static void print(List<Problem> problems, Format format, PrintStream out) {
        switch (format) {
            case TEXT -> eachFile(problems, p -> out.println(text(p)), (file, more) -> out.println(file + ": " + more));
            case GITHUB -> eachFile(problems, p -> out.println(github(p)),
                    (file, more) -> out.println("::notice file=" + property(file) + "::" + data(more)));
            case JSON -> {
                json(problems, out);
                out.println();
            }
        }
    }

    /**
     * Hands each file's first {@link #PER_FILE} problems to {@code shown}, then, when the file has more, the file
     * and "và 99.950 lỗi khác trong tệp này…" to {@code more}. The problems come sorted by file.
     */
    static void eachFile(List<Problem> problems, Consumer<Problem> shown, BiConsumer<String, String> more) {
        int i = 0;
        while (i < problems.size()) {
            String file = problems.get(i).file();
            int end = i;
            long errors = 0;
            for (; end < problems.size() && problems.get(end).file().equals(file); end++) {
                if (end - i < PER_FILE) {
                    shown.accept(problems.get(end));
                } else if (problems.get(end).isError()) {
                    errors++;
                }
            }
            long hidden = Math.max(0, end - i - PER_FILE);
            if (hidden > 0) {
                more.accept(file, moreLine(errors, hidden - errors));
            }
            i = end;
        }
    }

    /** "và 99.950 lỗi, 12 cảnh báo khác trong tệp này…": what was not printed, and how to see it. */
    static String moreLine(long errors, long warnings) {
        String counts = errors == 0 ? Numbers.grouped(warnings) + " cảnh báo"
                : warnings == 0 ? Numbers.grouped(errors) + " lỗi"
                : Numbers.grouped(errors) + " lỗi, " + Numbers.grouped(warnings) + " cảnh báo";
        return "và " + counts + " khác trong tệp này, không in ra; chạy với --format json để xem đủ";
    }

    /** The text form's lines, capped per file as printed: what serve shows at the top of its pages. */
    static List<String> textLines(List<Problem> problems) {
        List<String> lines = new java.util.ArrayList<>();
        eachFile(problems, p -> lines.add(text(p)), (file, more) -> lines.add(file + ": " + more));
        return lines;
    }

    /** {@code file:line:col: …}, or {@code place: …} for a place that has no line (a workbook's cell, a form's item). */
    static String text(Problem p) {
        return where(p) + ": " + p.severity().label() + ": " + p.message() + " [" + p.code() + "]";
    }

    private static String where(Problem p) {
        return p.line() == 0 ? p.file() : p.file() + ":" + p.line() + ":" + p.column();
    }

    /**
     * A GitHub workflow command; values escaped as the runner expects, so a message cannot inject a command. A
     * place that is no file of the repository (a workbook's cell) goes in the message, not as a file to annotate.
     */
    static String github(Problem p) {
        String command = p.severity() == Severity.NOTE ? "notice" : p.severity().label();
        if (p.line() == 0) {
            return "::" + command + " title=" + property(p.code()) + "::" + data(p.file() + ": " + p.message());
        }
        return "::" + command + " file=" + property(p.file()) + ",line=" + p.line() + ",col=" + p.column()
                + ",title=" + property(p.code()) + "::" + data(p.message());
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** Every problem, as one JSON array written straight to {@code out} (100,000 problems are 30 MB of text). */
    static void json(List<Problem> problems, PrintStream out) {
        List<JsonProblem> rows = problems.stream()
                .map(p -> new JsonProblem(p.file(), p.line(), p.column(), p.severity().label(), p.code(), p.message()))
                .toList();
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("không ghi được danh sách vấn đề dạng JSON", e);
        }
    }

    /** "N lỗi, M cảnh báo trong K tệp (đã đọc F tệp dữ liệu)." */
    static String summary(List<Problem> problems, int filesRead) {
        long errors = problems.stream().filter(Problem::isError).count();
        long notes = problems.stream().filter(p -> p.severity() == Severity.NOTE).count();
        long warnings = problems.size() - errors - notes;
        long files = problems.stream().map(Problem::file).distinct().count();
        String head = problems.isEmpty() ? "Không có lỗi, không có cảnh báo"
                : errors + " lỗi, " + warnings + " cảnh báo" + (notes == 0 ? "" : ", " + notes + " ghi chú")
                + " trong " + files + " tệp";
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
            // Capped like the log: GitHub refuses a step summary over 1 MB.
            eachFile(problems, p -> md.append("| ").append(cell(p.file())).append(" | ").append(p.line()).append(" | ")
                            .append(p.column()).append(" | ").append(p.severity().label()).append(" | `")
                            .append(p.code()).append("` | ").append(cell(p.message())).append(" |\n"),
                    (file, more) -> md.append("| ").append(cell(file)).append(" | | | | | ").append(cell(more))
                            .append(" |\n"));
        }
        Files.writeString(Path.of(target), md.append('\n').toString(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
