package vn.somohinh.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes (CLI.md). */
final class CommonOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Thư mục gốc của trang (mặc định: thư mục hiện tại).")
    Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục xuất trang (mặc định: target/site trong thư mục gốc).")
    Path out;

    @Option(names = "--format", paramLabel = "text|github|json", description = "Cách in các vấn đề: ${COMPLETION-CANDIDATES}.",
            converter = FormatConverter.class)
    ProblemReport.Format format = ProblemReport.Format.TEXT;

    @Option(names = "--strict", description = "Coi cảnh báo cũng là lỗi.")
    boolean strict;

    Path root() {
        return root.toAbsolutePath().normalize();
    }

    Path out() {
        return (out == null ? root().resolve("target/site") : out).toAbsolutePath().normalize();
    }

    /** Accepts the lower-case names of CLI.md. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ProblemReport.Format> {
        @Override
        public ProblemReport.Format convert(String value) {
            return switch (value) {
                case "text" -> ProblemReport.Format.TEXT;
                case "github" -> ProblemReport.Format.GITHUB;
                case "json" -> ProblemReport.Format.JSON;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "định dạng phải là text, github hoặc json, không phải '" + value + "'");
            };
        }
    }
}
