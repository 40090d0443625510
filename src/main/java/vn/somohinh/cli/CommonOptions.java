package vn.somohinh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command takes (CLI.md). Converters say in Vietnamese what to write instead. */
final class CommonOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Thư mục gốc của trang (mặc định: thư mục hiện tại).",
            converter = RootConverter.class)
    Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục xuất trang (mặc định: target/site trong thư mục gốc).")
    Path out;

    @Option(names = "--format", paramLabel = "text|github|json", description = "Cách in các vấn đề: text (mặc định), github hoặc json.",
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
    static final class FormatConverter implements ITypeConverter<ProblemReport.Format> {
        @Override
        public ProblemReport.Format convert(String value) {
            return switch (value) {
                case "text" -> ProblemReport.Format.TEXT;
                case "github" -> ProblemReport.Format.GITHUB;
                case "json" -> ProblemReport.Format.JSON;
                default -> throw new TypeConversionException("hãy chọn text, github hoặc json (chữ thường)");
            };
        }
    }

    /** A root that is not a folder is wrong usage (exit 2), not a site whose files are all missing (exit 1). */
    static final class RootConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            if (Files.isDirectory(path)) {
                return path;
            }
            throw new TypeConversionException((Files.exists(path) ? "đây là một tệp, không phải thư mục"
                    : "không có thư mục này") + ": hãy chỉ ra thư mục gốc của trang, nơi chứa data/");
        }
    }
}
