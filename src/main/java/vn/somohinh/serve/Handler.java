package vn.somohinh.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Answers a request: serve's own files and event stream under {@link Injection#RESERVED}; otherwise the published
 * site's file (HTML with the script and banner added), 404.html with status 404 for a miss, never anything outside
 * the folder. Nothing is cached by the browser: every reload asks again.
 */
final class Handler implements HttpHandler {
    private final Path folder;
    private final Events events;
    private final Supplier<Preview.Served> served;

    Handler(Path folder, Events events, Supplier<Preview.Served> served) {
        this.folder = folder;
        this.events = events;
        this.served = served;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Chỉ đọc được trang (GET, HEAD).".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(Injection.EVENTS)) {
                events.stream(exchange);
            } else if (path.startsWith(Injection.RESERVED)) {
                own(exchange, path.substring(Injection.RESERVED.length()));
            } else {
                site(exchange, path, served.get());
            }
        }
    }

    private void site(HttpExchange exchange, String path, Preview.Served now) throws IOException {
        if (path.equals("/") && !now.prefix().equals("/")) {
            redirect(exchange, now.prefix());
            return;
        }
        SiteFiles.Found found = SiteFiles.find(folder, now.prefix(), path);
        if (found.redirect() != null) {
            redirect(exchange, found.redirect());
            return;
        }
        int status = found.file() == null ? 404 : 200;
        Path file = found.file() != null ? found.file() : folder.resolve("404.html");
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // No build has succeeded yet (or the swap of a new one is under way): a page of serve's own.
            send(exchange, 503, "text/html; charset=utf-8", Injection.inject(Injection.placeholder(), now.build(), now.banner()));
            return;
        }
        if (SiteFiles.isHtml(file)) {
            body = Injection.inject(body, now.build(), now.banner());
        }
        send(exchange, status, SiteFiles.type(file), body);
    }

    private static void own(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("tai-lai.js") && !name.equals("xem-truoc.css")) {
            send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        try (InputStream in = Handler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("serve: thiếu tệp " + name + " trong chương trình"));
            }
            send(exchange, 200, SiteFiles.type(Path.of(name)), in.readAllBytes());
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
