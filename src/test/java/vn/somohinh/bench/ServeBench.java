package vn.somohinh.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.somohinh.cli.ServeSite;

/**
 * Save → reloaded page with the change, as a reader of {@code serve} sees it: rewrites one registration's name, waits
 * for the reload event (what an open page waits for), fetches the model page and checks it shows the new name.
 * Then waits for the documents serve makes after the page (the campaign's report and exports), so that each save
 * is measured on its own, and times that too. Prints each time, the median and the 95th percentile. A benchmark,
 * not a test: it edits the root it is given.
 * Usage: ServeBench ROOT [SAVES] [WARMUP]
 */
public final class ServeBench {
    private static final Pattern NAME = Pattern.compile("(?m)^ten_mo_hinh: .*$");

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path file = firstRegistration(root);
        String page = "/mo-hinh/" + root.resolve("data/registrations").relativize(file).toString()
                .replace('\\', '/').replaceFirst("\\.yaml$", "/");
        long started = System.nanoTime();
        try (ServeSite serve = ServeSite.start(root, root.resolve("target/site"))) {
            System.out.printf(Locale.ROOT, "first build and start: %.2f s; editing %s, reading %s%n",
                    (System.nanoTime() - started) / 1e9, root.relativize(file), page);
            List<Double> times = new ArrayList<>();
            List<Double> documents = new ArrayList<>();
            for (int i = 0; i < warmup + saves; i++) {
                double[] seconds = save(serve, file, page, "Mô hình đo thời gian lần " + i);
                if (i >= warmup) {
                    times.add(seconds[0]);
                    documents.add(seconds[1]);
                }
                System.out.printf(Locale.ROOT, "%s %d: %.3f s, documents %.3f s%n", i < warmup ? "warm-up" : "save", i,
                        seconds[0], seconds[1]);
                Thread.sleep(200);
            }
            times.sort(Double::compare);
            documents.sort(Double::compare);
            System.out.printf(Locale.ROOT, "save → page with the change, %d saves: median %.3f s, p95 %.3f s, max %.3f s%n",
                    times.size(), percentile(times, 50), percentile(times, 95), times.get(times.size() - 1));
            System.out.printf(Locale.ROOT, "save → documents written: median %.3f s, p95 %.3f s%n",
                    percentile(documents, 50), percentile(documents, 95));
            serve.printed().lines().filter(l -> l.startsWith("thời gian")).skip(Math.max(0, serve.printed().lines()
                    .filter(l -> l.startsWith("thời gian")).count() - 14)).forEach(System.out::println);
        }
    }

    /** Seconds from the write to the page with the change, and to the documents written after it. */
    private static double[] save(ServeSite serve, Path file, String page, String name) throws Exception {
        String text = Files.readString(file);
        Matcher m = NAME.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no ten_mo_hinh line in " + file);
        }
        long before = serve.announced();
        long written = documentLines(serve);
        long t0 = System.nanoTime();
        Files.writeString(file, text.substring(0, m.start()) + "ten_mo_hinh: \"" + name + "\"" + text.substring(m.end()));
        serve.awaitBuildAfter(before, Duration.ofMinutes(10));
        HttpResponse<String> answer = serve.get(page);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (answer.statusCode() != 200 || !answer.body().contains(name)) {
            throw new IllegalStateException("the page does not show the change:\n" + serve.printed());
        }
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        // Not more often: reading serve's whole output (its problems, every build) takes a core's time.
        while (documentLines(serve) == written && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        return new double[] {seconds, (System.nanoTime() - t0) / 1e9};
    }

    /** How many times serve said it wrote the documents, or could not. */
    private static long documentLines(ServeSite serve) {
        return serve.printed().lines().filter(l -> l.contains(" tài liệu trong ") || l.contains("tài liệu:")).count();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Path firstRegistration(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root.resolve("data/registrations"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }
}
