package vn.somohinh.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent events that reload open pages: each client gets the number of the current build when it connects
 * and again after every rebuild; its page reloads when the number differs from the one it was served with. A comment
 * line every few seconds finds the clients that went away.
 */
final class Events {
    private static final long STOP = -1;
    private final Set<BlockingQueue<Long>> clients = ConcurrentHashMap.newKeySet();
    private volatile long current;

    Events(long current) {
        this.current = current;
    }

    /** Tells every client that build {@code number} is served now. */
    void publish(long number) {
        current = number;
        clients.forEach(q -> q.add(number));
    }

    /** Ends every stream, so that the server can stop. */
    void close() {
        clients.forEach(q -> q.add(STOP));
    }

    /** Serves one client until it leaves or the server stops (runs on a thread of its own). */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 500\ndata: " + current + "\n\n");
            while (true) {
                Long next = queue.poll(10, TimeUnit.SECONDS);
                if (next != null && next == STOP) {
                    return;
                }
                send(out, next == null ? ": ping\n\n" : "data: " + next + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // The page was closed or reloaded: nothing to tell anyone.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
