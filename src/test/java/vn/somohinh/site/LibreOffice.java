package vn.somohinh.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice run headless, as a clerk's office suite opens a report file: converts it to .xlsx so that a test
 * can read back with POI what the client made of each cell, or prints it to PDF. Each run gets a fresh profile.
 * Without {@code soffice} (Debian: libreoffice-calc-nogui) the calling test is skipped with a notice, never silently.
 */
public final class LibreOffice {
    /** The CSV import filter: comma, double quote, UTF-8 (76), from line 1; as the import dialog offers for our files. */
    static final String CSV_UTF8 = "CSV:44,34,76,1";

    private LibreOffice() {
    }

    /** Skips the calling test, with its reason in the test report and on standard error, when soffice is absent. */
    public static void require() {
        if (find() == null) {
            String why = "BỎ QUA kiểm thử với LibreOffice: không có soffice "
                    + "(cài: apt-get install libreoffice-calc-nogui fonts-liberation)";
            System.err.println("NOTICE: " + why);
            Assumptions.abort(why);
        }
    }

    /** Opens {@code file} (with an import filter, or null) and saves it as .xlsx in {@code outDir}; returns that file. */
    static Path toXlsx(Path file, String filter, Path outDir) throws IOException, InterruptedException {
        return convert(file, filter, "xlsx", outDir);
    }

    /** Prints {@code file} to PDF as LibreOffice would, in {@code outDir}; returns that file. */
    static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        return convert(file, null, "pdf", outDir);
    }

    /** Opens {@code file} (with an import filter, or null) and saves it as {@code format} in {@code outDir}. */
    public static Path convert(Path file, String filter, String format, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("so-mo-hinh-soffice-");
        List<String> command = new java.util.ArrayList<>(List.of(find().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore"));
        if (filter != null) {
            command.add("--infilter=" + filter);
        }
        command.addAll(List.of("--convert-to", format, "--outdir", outDir.toString(), file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolveSibling(outDir.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish in 180 s");
        }
        String name = file.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new AssertionError("soffice failed (" + p.exitValue() + ") on " + file);
        }
        return out;
    }

    private static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
