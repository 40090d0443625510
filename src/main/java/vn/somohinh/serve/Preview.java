package vn.somohinh.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.somohinh.pipeline.Recipe;
import vn.somohinh.problem.Problem;
import vn.somohinh.problem.Severity;

/**
 * {@code serve}: builds once, serves the output folder over HTTP (the JDK's server), and rebuilds through the same
 * recipe as {@code build} whenever a source file changes; open pages reload. While a rebuild fails, the last good
 * site stays served and every page carries the problems at its top.
 */
public final class Preview implements AutoCloseable {
    private final Recipe recipe;
    private final boolean strict;
    private final Terminal terminal;
    private final Events events = new Events(0);
    private final Rebuilds rebuilds = new Rebuilds(this::rebuild);
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "so-mo-hinh-phuc-vu");
        t.setDaemon(true);
        return t;
    });
    private HttpServer server;
    private Watch watch;
    private volatile Served served = new Served(0, "/", null);
    private boolean built;

    /** What pages are served with now: the build's number, the site's path prefix, and the banner or null. */
    record Served(long build, String prefix, String banner) {
    }

    /** Where serve speaks: the problems of each build in the command's format, and its own lines. */
    public interface Terminal {
        /** Prints what a build's check found, as {@code build} prints it. */
        void checked(Recipe.Checked checked) throws IOException;

        /** The problems as the terminal's text form prints them, one a line, for the pages' banner. */
        List<String> lines(List<Problem> problems);

        /** One clear line about a failure that is not in the data (a template that does not compile…). */
        String describe(Exception failure);

        void say(String line);
    }

    private Preview(Recipe recipe, boolean strict, Terminal terminal) {
        this.recipe = recipe;
        this.strict = strict;
        this.terminal = terminal;
    }

    /**
     * Takes the address (port 0: any free one; a port in use fails here, before the build), builds, then serves and
     * watches the sources.
     */
    public static Preview start(Recipe recipe, boolean strict, InetSocketAddress address, Terminal terminal)
            throws IOException {
        Preview preview = new Preview(recipe, strict, terminal);
        preview.server = HttpServer.create(address, 0);
        try {
            // The watcher starts before the first build reads anything: a file saved while that build runs is
            // seen, and builds again after it (the rebuilds' one thread runs the two in turn).
            preview.watch = Watch.start(recipe.root(), path -> {
                recipe.touched(path);
                preview.rebuilds.request();
            });
            recipe.watching();
            preview.rebuilds.runNow();
        } catch (IOException | RuntimeException e) {
            preview.stopWatching();
            preview.server.stop(0);
            throw e;
        }
        preview.server.createContext("/", new Handler(recipe.out(), preview.events, () -> preview.served));
        preview.server.setExecutor(preview.requests);
        preview.server.start();
        return preview;
    }

    private void stopWatching() throws IOException {
        if (watch != null) {
            watch.close();
        }
    }

    /** The home page's address. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + served.prefix());
    }

    /**
     * Stops watching, lets a running rebuild finish (so that its staging folder is removed), stops serving, and
     * writes down the render state for the next build.
     */
    @Override
    public void close() throws IOException {
        watch.close();
        try {
            rebuilds.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
        server.stop(0);
        requests.shutdownNow();
        recipe.keepState();
    }

    private void rebuild() {
        long start = System.nanoTime();
        String verb = built ? "dựng lại" : "dựng";
        String prefix = served.prefix();
        String banner;
        try {
            Recipe.Outcome outcome = recipe.build(strict, terminal::checked);
            if (outcome.published()) {
                banner = null;
                prefix = recipe.basePath();
                terminal.say("Đã " + verb + " trong " + seconds(System.nanoTime() - start) + " s.");
            } else {
                String why = "Không " + verb + " được: dữ liệu còn " + counts(outcome.checked().problems())
                        + "; vẫn phục vụ bản dựng tốt gần nhất.";
                banner = Banner.html(why, terminal.lines(outcome.checked().problems()));
                terminal.say(why);
            }
        } catch (IOException | RuntimeException e) {
            String why = "Không " + verb + " được: " + terminal.describe(e) + "; vẫn phục vụ bản dựng tốt gần nhất.";
            banner = Banner.html(why, List.of());
            terminal.say(why);
        }
        built = true;
        served = new Served(served.build() + 1, prefix, banner);
        events.publish(served.build());
        if (banner == null) {
            documents();
        }
    }

    /** After the reload: the documents whose inputs changed, unless a newer change waits (its build makes them). */
    private void documents() {
        long start = System.nanoTime();
        try {
            int made = recipe.writeDocuments(rebuilds::newerWaiting);
            if (made >= 0) {
                terminal.say("Đã viết lại " + made + " tài liệu trong " + seconds(System.nanoTime() - start) + " s.");
            }
        } catch (IOException | RuntimeException e) {
            terminal.say("Không viết lại được tài liệu: " + terminal.describe(e) + "; các tệp cũ vẫn được phục vụ.");
        }
    }

    /** "0,41": seconds with two decimals and a decimal comma, as Vietnamese writes them. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9).replace('.', ',');
    }

    private static String counts(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        return errors + " lỗi, " + warnings + " cảnh báo";
    }
}
