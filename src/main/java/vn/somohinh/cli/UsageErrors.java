package vn.somohinh.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import vn.somohinh.text.Suggest;

/**
 * Wrong usage answered in Vietnamese: one line saying what is wrong and what to write, then the command's usage
 * (Vietnamese too, from Usage.properties), exit 2. picocli's own messages are English, so none of them is printed.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("lỗi cách dùng: " + message(ex, args));
        cmd.getErr().println();
        cmd.usage(cmd.getErr());
        return Main.USAGE;
    }

    /** Wrong usage found once the command runs (a ref not in the repository): answered the same way, exit 2. */
    static ParameterException refused(CommandLine cmd, String message) {
        return new Refused(cmd, message);
    }

    /** A refusal whose message is already the project's Vietnamese line. */
    private static final class Refused extends ParameterException {
        private static final long serialVersionUID = 1L;

        Refused(CommandLine cmd, String message) {
            super(cmd, message);
        }
    }

    static String message(ParameterException ex, String[] args) {
        if (ex instanceof Refused) {
            return ex.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return unmatched(u);
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m, List.of(args));
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return "tùy chọn " + option.longestName() + " được ghi nhiều lần: hãy giữ một lần.";
        }
        if (ex.getArgSpec() instanceof OptionSpec option && ex.getValue() != null) {
            return badValue(option, ex.getValue(), ex.getCause());
        }
        return "không hiểu dòng lệnh: hãy viết theo cách dùng dưới đây.";
    }

    private static String unmatched(UnmatchedArgumentException u) {
        CommandLine cmd = u.getCommandLine();
        String arg = u.getUnmatched().get(0);
        if (u.isUnknownOption()) {
            String hint = suggestion(arg, cmd.getCommandSpec().optionsMap().keySet().stream()
                    .filter(UsageErrors::worthOffering).toList());
            if (cmd.getParent() == null && isSubcommandOption(cmd, arg)) {
                return "'" + arg + "' là tùy chọn của các lệnh: hãy viết tên lệnh trước, ví dụ: build " + arg + " …";
            }
            return name(cmd) + " không có tùy chọn '" + arg + "': " + (hint.isEmpty() ? "hãy xem các tùy chọn dưới đây." : hint);
        }
        if (!cmd.getSubcommands().isEmpty()) {
            String hint = suggestion(arg, cmd.getSubcommands().keySet());
            return "không có lệnh '" + arg + "': " + (hint.isEmpty()
                    ? "các lệnh là " + String.join(", ", cmd.getSubcommands().keySet()) + "." : hint);
        }
        return name(cmd) + " không nhận đối số '" + arg + "': mỗi giá trị phải đi ngay sau tùy chọn của nó"
                + " (xem các tùy chọn dưới đây).";
    }

    /** picocli's own suggestions are whatever shares two letters; this one only offers a likely typo. */
    private static String suggestion(String arg, Collection<String> names) {
        String best = Suggest.closest(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg, names);
        return best == null ? "" : "có phải ý bạn là " + best + "?";
    }

    /**
     * Not an option of one or two letters: any short typo is one edit away from -V or -h, and offering --version for
     * -x misleads. Their long names are offered instead.
     */
    private static boolean worthOffering(String option) {
        return option.replaceFirst("^-+", "").length() > 2;
    }

    private static boolean isSubcommandOption(CommandLine cmd, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return cmd.getSubcommands().values().stream().anyMatch(sub -> sub.getCommandSpec().findOption(name) != null);
    }

    /** A value left out after its option, or a required option left out altogether. */
    private static String missing(MissingParameterException m, List<String> args) {
        List<OptionSpec> options = m.getMissing().stream()
                .filter(OptionSpec.class::isInstance).map(OptionSpec.class::cast).toList();
        if (options.isEmpty()) {
            return "thiếu đối số: hãy viết theo cách dùng dưới đây.";
        }
        for (OptionSpec o : options) {
            if (written(o, args)) {
                return "tùy chọn " + o.longestName() + " cần một giá trị (" + o.paramLabel() + ") ngay sau nó.";
            }
        }
        String list = options.stream().map(o -> o.longestName() + " " + o.paramLabel()).collect(Collectors.joining(", "));
        return name(m.getCommandLine()) + " cần " + (options.size() > 1 ? "các tùy chọn " : "tùy chọn ") + list
                + ": hãy thêm vào.";
    }

    private static boolean written(OptionSpec o, List<String> args) {
        return args.stream().anyMatch(a -> Arrays.stream(o.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    private static String badValue(OptionSpec option, String value, Throwable cause) {
        Class<?> type = option.type();
        String reason;
        if (type == boolean.class || type == Boolean.class) {
            return "tùy chọn " + option.longestName() + " không nhận giá trị: hãy chỉ ghi " + option.longestName() + ".";
        } else if (option.converters().length > 0 && cause instanceof CommandLine.TypeConversionException) {
            reason = cause.getMessage();  // the project's own converters speak Vietnamese
        } else if (type == int.class || type == Integer.class) {
            reason = "cần một số nguyên, ví dụ 2023";
        } else {
            reason = "hãy viết theo cách dùng dưới đây";
        }
        return "giá trị '" + value + "' của " + option.longestName() + " không dùng được: " + reason + ".";
    }

    /** "lệnh validate", or the tool's name at the top. */
    private static String name(CommandLine cmd) {
        return cmd.getParent() == null ? cmd.getCommandName() : "lệnh " + cmd.getCommandName();
    }
}
