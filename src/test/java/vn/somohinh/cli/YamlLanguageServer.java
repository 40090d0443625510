package vn.somohinh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The npm yaml-language-server that editors run, driven over its standard input and output (LSP JSON-RPC with
 * Content-Length framing), as VS Code's YAML extension drives it. Nothing goes to the network: the schema store is
 * off, an http(s) schema is asked of this client (as VS Code does with {@code yaml/registerContentRequest}) and
 * answered from local files, and any other request the server might send out goes to a closed local port.
 */
final class YamlLanguageServer implements AutoCloseable {
    static final Path SERVER = Path.of("node_modules/.bin/yaml-language-server");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One problem as the editor shows it, line and column from 1. */
    record Diagnostic(int line, int column, String message) {
    }

    private final Process process;
    private final OutputStream toServer;
    private final Map<String, Path> offline;
    private final Map<String, CompletableFuture<List<Diagnostic>>> published = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** The http(s) schemas the server asked for, in order. */
    final List<String> schemasAsked = Collections.synchronizedList(new ArrayList<>());
    private int nextId;

    /** Why the server cannot run here (Node or the npm package missing), or null. */
    static String unavailable() {
        return NpmTool.unavailable(SERVER);
    }

    /** Starts the server on {@code workspace}; {@code offline} maps each http(s) schema address to its local file. */
    YamlLanguageServer(Path workspace, Map<String, Path> offline) throws Exception {
        this.offline = Map.copyOf(offline);
        process = new ProcessBuilder(SERVER.toAbsolutePath().toString(), "--stdio").start();
        toServer = process.getOutputStream();
        Thread reader = new Thread(this::readMessages, "yaml-language-server");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(() -> copy(process.getErrorStream()), "yaml-language-server-stderr");
        errors.setDaemon(true);
        errors.start();
        String root = workspace.toAbsolutePath().normalize().toUri().toString();
        ObjectNode init = JSON.createObjectNode().put("processId", ProcessHandle.current().pid()).put("rootUri", root);
        init.putArray("workspaceFolders").addObject().put("uri", root).put("name", "so-mo-hinh");
        init.putObject("capabilities").putObject("workspace").put("configuration", true);
        request("initialize", init).get(60, TimeUnit.SECONDS);
        notify("initialized", JSON.createObjectNode());
        notify("yaml/registerContentRequest", JSON.createObjectNode());
        notify("workspace/didChangeConfiguration", JSON.createObjectNode().putObject("settings"));
    }

    /** Opens a document with this text at this path (the file itself need not exist). */
    void open(Path file, String text) throws IOException {
        String uri = uri(file);
        published.computeIfAbsent(uri, u -> new CompletableFuture<>());
        ObjectNode doc = JSON.createObjectNode();
        doc.putObject("textDocument").put("uri", uri).put("languageId", "yaml").put("version", 1).put("text", text);
        notify("textDocument/didOpen", doc);
    }

    /** The diagnostics the server published for an opened document. */
    List<Diagnostic> diagnostics(Path file) throws Exception {
        CompletableFuture<List<Diagnostic>> future = published.get(uri(file));
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no diagnostics for " + file + "; server said:\n" + log(), e);
        }
    }

    String log() {
        synchronized (log) {
            return log.toString(StandardCharsets.UTF_8);
        }
    }

    private static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    private CompletableFuture<JsonNode> request(String method, JsonNode params) throws IOException {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        int id;
        synchronized (this) {
            id = ++nextId;
        }
        answers.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        send(params == null ? message : message.set("params", params));
        return answer;
    }

    private void notify(String method, JsonNode params) throws IOException {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        send(params == null ? message : message.set("params", params));
    }

    private void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        synchronized (toServer) {
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        }
    }

    private void readMessages() {
        try (InputStream in = process.getInputStream()) {
            for (JsonNode message = frame(in); message != null; message = frame(in)) {
                handle(message);
            }
        } catch (IOException e) {
            answers.values().forEach(a -> a.completeExceptionally(e));
        }
    }

    /** One message: "Content-Length: N" and other header lines, a blank line, N bytes of JSON; null at the end. */
    private static JsonNode frame(InputStream in) throws IOException {
        int length = -1;
        for (String line = header(in); line != null; line = header(in)) {
            if (line.isEmpty()) {
                if (length < 0) {
                    throw new IOException("a message without Content-Length");
                }
                return JSON.readTree(in.readNBytes(length));
            }
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        return null;
    }

    /** A header line without its CR LF, or null at the end of the stream. */
    private static String header(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return line.toString().replaceFirst("\r$", "");
            }
            line.append((char) c);
        }
        return null;
    }

    private void handle(JsonNode m) throws IOException {
        String method = m.path("method").asText(null);
        if (method == null) {
            CompletableFuture<JsonNode> answer = answers.remove(m.path("id").asInt());
            if (answer != null) {
                answer.complete(m.path("result"));
            }
        } else if (m.has("id")) {
            answer(m.get("id"), method, m.path("params"));
        } else if (method.equals("textDocument/publishDiagnostics")) {
            List<Diagnostic> found = new ArrayList<>();
            for (JsonNode d : m.path("params").path("diagnostics")) {
                JsonNode start = d.path("range").path("start");
                found.add(new Diagnostic(start.path("line").asInt() + 1, start.path("character").asInt() + 1,
                        d.path("message").asText()));
            }
            published.computeIfAbsent(m.path("params").path("uri").asText(), u -> new CompletableFuture<>()).complete(found);
        }
    }

    /** Answers what the server asks of its editor: settings, and the text of an http(s) schema. */
    private void answer(JsonNode id, String method, JsonNode params) throws IOException {
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0").set("id", id);
        if (method.equals("workspace/configuration")) {
            var settings = reply.putArray("result");
            for (JsonNode item : params.path("items")) {
                ObjectNode section = settings.addObject();
                switch (item.path("section").asText()) {
                    case "yaml" -> section.put("validate", true).put("completion", true).put("hover", true)
                            .putObject("schemaStore").put("enable", false);
                    case "http" -> section.put("proxy", "http://127.0.0.1:9").put("proxyStrictSSL", true);
                    default -> { }
                }
            }
        } else if (method.equals("vscode/content")) {
            String url = (params.isArray() ? params.path(0) : params).asText();
            schemasAsked.add(url);
            Path file = offline.get(url);
            if (file == null) {
                reply.putObject("error").put("code", -32603).put("message", "not offline: " + url);
            } else {
                reply.put("result", Files.readString(file, StandardCharsets.UTF_8));
            }
        } else {
            reply.putNull("result");
        }
        send(reply);
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (log) {
                    log.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The server has gone: what it said is kept.
        }
    }

    @Override
    public void close() throws Exception {
        try {
            request("shutdown", null).get(10, TimeUnit.SECONDS);
            notify("exit", null);
        } catch (Exception e) {
            // Ended below in any case.
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
