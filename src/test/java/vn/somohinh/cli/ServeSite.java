package vn.somohinh.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import vn.somohinh.serve.Preview;

/**
 * {@code serve} in-process for the tests and benchmarks: the command as the command line makes it (default address
 * 127.0.0.1), on any free port, over a copy of the default site; what it prints is kept. Listens to the reload
 * events as a page does, with the JDK's HTTP client, and says which build was announced last.
 */
public final class ServeSite implements AutoCloseable {
    /** The default data's reference date, as the browser tests build it. */
    static final String DEFAULT_EPOCH = "1704042000";
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Preview preview;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Object lock = new Object();
    private long announced = -1;

    private ServeSite(Path root, Path out, Map<String, String> env) throws IOException {
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ServeCommand command = new ServeCommand(new Session(env, stream, stream));
        command.options.root = root;
        command.options.out = out;
        preview = command.start(new InetSocketAddress(command.bind, 0));
        HttpRequest events = HttpRequest.newBuilder(preview.address().resolve("/__so-mo-hinh/su-kien")).build();
        client.sendAsync(events, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> listen(r.body()));
        try {
            awaitBuildAfter(-1, Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Serves {@code root} (built into {@code out}) with the default data's reference date. */
    public static ServeSite start(Path root, Path out) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(Map.of("SOURCE_DATE_EPOCH", DEFAULT_EPOCH));
        // A benchmark may ask for the stage times (SOMOHINH_TIMINGS=1), as the command line does.
        env.put("SOMOHINH_TIMINGS", System.getenv().getOrDefault("SOMOHINH_TIMINGS", "0"));
        return new ServeSite(root, out, env);
    }

    private void listen(Stream<String> lines) {
        lines.filter(l -> l.startsWith("data: ")).forEach(l -> {
            synchronized (lock) {
                announced = Long.parseLong(l.substring(6).strip());
                lock.notifyAll();
            }
        });
    }

    /** The number of the build the server announced last (-1 before the first event). */
    public long announced() {
        synchronized (lock) {
            return announced;
        }
    }

    /** Waits until a build after {@code build} is announced, and returns its number. */
    public long awaitBuildAfter(long build, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (announced <= build) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no build after " + build + " announced within " + timeout + ":\n" + printed());
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return announced;
        }
    }

    /** The body of a page of the served site ({@code path} relative to the home page), with its status. */
    public HttpResponse<String> get(String path) {
        try {
            return client.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public URI address() {
        return preview.address();
    }

    /** A copy of the project's own site (data, content, templates, assets) under {@code target}. */
    public static Path copyOfDefaultSite(Path target) throws IOException {
        for (String folder : new String[] {"data", "content", "templates", "assets"}) {
            java.nio.file.Files.createDirectories(target.resolve(folder));
            PathUtils.copyDirectory(Path.of(folder), target.resolve(folder));
        }
        return target;
    }

    public Preview preview() {
        return preview;
    }

    /** Everything serve printed so far, both streams. */
    public String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        preview.close();
    }
}
