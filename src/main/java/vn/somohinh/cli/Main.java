package vn.somohinh.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The one entry point: {@code build} (default), {@code validate} and the other commands. Exit status per CLI.md:
 * 0, 1, 2 or 3. Usage help and wrong-usage messages are Vietnamese (Usage.properties, {@link UsageErrors}).
 */
@Command(name = "so-mo-hinh", mixinStandardHelpOptions = true, version = "Sổ mô hình 0.1",
        description = "Kiểm tra dữ liệu trong data/ và dựng trang Sổ mô hình. Không có lệnh thì chạy build.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    static final int OK = 0;
    static final int DATA_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private final Session session;

    Main(Session session) {
        this.session = session;
    }

    public static void main(String[] args) {
        // The report's charts are drawn with Java2D (report/ChartImage): never look for a display.
        System.setProperty("java.awt.headless", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, new Session(System.getenv(), out, err));
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one command line and returns its exit status; never exits the JVM. */
    static int run(String[] args, Session session) {
        CommandLine cmd = commands(session);
        cmd.setResourceBundle(ResourceBundle.getBundle("vn.somohinh.cli.Usage", Locale.ROOT));
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setOut(new java.io.PrintWriter(session.out(), true));
        cmd.setErr(new java.io.PrintWriter(session.err(), true));
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            session.err().println(InternalFailure.line(e));
            return INTERNAL;
        });
        return cmd.execute(args);
    }

    /** The command and its subcommands (docs/CLI.md lists them; CliContractDocTest reads them from here). */
    static CommandLine commands(Session session) {
        return new CommandLine(new Main(session))
                .addSubcommand("build", new BuildCommand(session))
                .addSubcommand("validate", new ValidateCommand(session))
                .addSubcommand("codeowners", new CodeownersCommand(session))
                .addSubcommand("diff", new DiffCommand(session))
                .addSubcommand("owners", new OwnersCommand(session))
                .addSubcommand("new", new NewCommand(session))
                .addSubcommand("decide", new DecideCommand(session))
                .addSubcommand("grade", new GradeCommand(session))
                .addSubcommand("import", new ImportCommand(session))
                .addSubcommand("schemas", new SchemasCommand(session))
                .addSubcommand("serve", new ServeCommand(session));
    }

    /** Without a subcommand: build, with default options. */
    @Override
    public Integer call() throws Exception {
        return new BuildCommand(session).call();
    }

}
