package vn.somohinh.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server on 127.0.0.1 for the browser tests, like the one that will serve the site: a folder
 * answers with its index.html, an unknown path with 404.html and status 404. Serves under a path prefix.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "xml", "application/xml", "woff2", "font/woff2",
            "png", "image/png");
    private final HttpServer server;
    private final Path root;
    private final String prefix;

    StaticServer(Path root, String prefix) throws IOException {
        this.root = root;
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, ending in "/". */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = null;
        if (path.startsWith(prefix)) {
            file = root.resolve(path.substring(prefix.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
        }
        int status = 200;
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
