package org.mechgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.mechgraph.App;
import org.mechgraph.Config;
import org.mechgraph.db.Database;

/** A started app on a free port and a client that reads its JSON answers. */
public final class Api implements AutoCloseable {

    /** An HTTP answer: status and parsed JSON body. */
    public record Response(int status, JsonNode json, String contentType) {
    }

    /** An HTTP answer as it came: status, headers and body bytes (for files, which are not JSON). */
    public record Raw(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + text(), e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    public Api(Database db, Config config) {
        this.app = App.create(db, config.withHttpPort(0)).start();
    }

    public static Api onSharedDatabase() {
        return new Api(TestDatabase.shared(), TestDatabase.sharedConfig());
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public int port() {
        return app.port();
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    /** GETs an answer without reading it as JSON. */
    public Raw getRaw(String pathAndQuery) {
        return sendRaw(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
    }

    /** POSTs a body of the given type and returns the answer without reading it as JSON. */
    public Raw postRaw(String pathAndQuery, String contentType, String body) {
        return sendRaw(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Raw sendRaw(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a JSON body (already serialised). */
    public Response post(String path, String json) {
        return postAs(path, "application/json", json);
    }

    public Response postAs(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Response send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            return new Response(response.statusCode(), json,
                    response.headers().firstValue("content-type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code {"query": query, "params": params}} to the Cypher console. */
    public Response cypher(String query, java.util.Map<String, Object> params) {
        try {
            return post("/api/cypher", JSON.writeValueAsString(java.util.Map.of("query", query, "params", params)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
