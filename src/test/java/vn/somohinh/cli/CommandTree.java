package vn.somohinh.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The tool's picocli commands as the command line builds them, for tests outside this package (the docs test). */
public final class CommandTree {
    private CommandTree() {
    }

    public static CommandLine build() {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commands(new Session(Map.of(), none, none));
    }
}
