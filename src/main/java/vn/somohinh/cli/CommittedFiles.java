package vn.somohinh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.somohinh.problem.Code;
import vn.somohinh.problem.Problems;

/**
 * Files a command makes from data/ and the copies committed beside them ({@code CODEOWNERS}, {@code schema/}):
 * which ones differ, how {@code --check} reports them, and a write that replaces all of them or none.
 */
final class CommittedFiles {
    private CommittedFiles() {
    }

    /** The names in {@code made} (name → text) whose file under {@code folder} is missing or differs, in order. */
    static List<String> stale(Path folder, Map<String, String> made) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : made.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey());
            }
        }
        return stale;
    }

    /**
     * Prints one {@code code} problem at 1:1 of each stale file (paths from the site root), with the argument
     * {@code argument} gives for it, or {@code inStep} on standard error when there is none; returns the exit code.
     */
    static int report(Session session, List<String> stale, Code code, Function<String, String> argument, String inStep) {
        Problems outdated = new Problems();
        stale.forEach(file -> outdated.add(file, 1, 1, code, argument.apply(file)));
        outdated.sorted().forEach(p -> session.out().println(ProblemReport.text(p)));
        if (stale.isEmpty()) {
            session.err().println(inStep);
            return Main.OK;
        }
        return Main.DATA_ERRORS;
    }

    /**
     * Writes each of {@code files} (name → text) into {@code folder}: first every text to a temporary file beside its
     * target, then each one renamed over its target. A failed write leaves every committed file as it was, and no
     * reader ever sees half a file.
     */
    static void write(Path folder, Map<String, String> files) throws IOException {
        Map<Path, String> targets = new java.util.LinkedHashMap<>();
        files.forEach((name, text) -> targets.put(folder.resolve(name), text));
        write(targets);
    }

    /** As {@link #write(Path, Map)}, for files in several folders (each made when missing). */
    static void write(Map<Path, String> files) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.getParent());
                Path temporary = temporary(target.getParent(), target.getFileName().toString());
                written.add(temporary);
                try {
                    Files.writeString(temporary, e.getValue(), StandardCharsets.UTF_8);
                } catch (IOException failed) {
                    throw new IOException("không ghi được " + target.getParent().getFileName() + "/"
                            + target.getFileName() + ", các tệp đang có giữ nguyên", failed); // the cause's text is the system's English
                }
            }
            for (Path target : files.keySet()) {
                Files.move(temporary(target.getParent(), target.getFileName().toString()), target,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path temporary : written) {
                if (Files.isRegularFile(temporary)) {
                    Files.delete(temporary);
                }
            }
        }
    }

    /** Hidden, beside its target (a rename within one folder is atomic); a leftover of a killed run is overwritten. */
    static Path temporary(Path folder, String name) {
        return folder.resolve("." + name + ".tmp");
    }
}
