package vn.somohinh.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, with a given environment, and keeps what it printed. */
public record Run(int exit, String out, String err) {
    /** 2023-03-20 in Vietnam: the default reference date of the fixtures. */
    static final String FIXTURE_EPOCH = "1679270400";

    public static Run of(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>();
        environment.put("SOURCE_DATE_EPOCH", FIXTURE_EPOCH);
        environment.putAll(env);
        int exit = Main.run(args, new Session(environment,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Run of(String... args) {
        return of(Map.of(), args);
    }
}
