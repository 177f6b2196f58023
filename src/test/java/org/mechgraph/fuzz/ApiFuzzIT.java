package org.mechgraph.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.mechgraph.support.Api;
import org.mechgraph.support.Fuzz;
import org.mechgraph.support.Fuzz.Encoding;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.HttpContract;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.TestDatabase;

/**
 * Every GET endpoint, fed what {@link Fuzz} generates in every parameter and path segment, by every method and with
 * any headers: never a 5xx, always JSON, errors with a message, no internals, and the graph unchanged. Seeded, so a
 * failure reproduces; jqwik prints the shrunk request.
 */
class ApiFuzzIT {

    private static final List<String> GET_ENDPOINTS = List.of("/api/paths", "/api/entities", "/api/entities/ketamine",
            "/api/entities/ketamine/neighbours", "/api/effects/ketamine%7CINHIBITS%7Cnmdar",
            "/api/papers/doi:10.1176/appi.ajp.20240378", "/api/stats", "/api/vocabulary", "/api/health",
            "/api/cypher/examples", "/api/contradictions");

    private static Api api;
    private static RawHttp http;
    private static GraphFingerprint before;

    @BeforeContainer
    static void start() {
        api = Api.onSharedDatabase();
        http = new RawHttp(api.port());
        before = GraphFingerprint.of(TestDatabase.shared().graph());
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @AfterProperty
    void theGraphIsUnchanged() {
        assertEquals(before, GraphFingerprint.of(TestDatabase.shared().graph()));
    }

    private static void get(String target) {
        HttpContract.holds(http.get(target), "GET " + target);
    }

    /** {@code name=value} pairs, each value encoded its own way; absent ones left out. */
    private static String query(List<String> pairs) {
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, String value, Encoding encoding) {
        if (value != null) {
            pairs.add(name + "=" + Fuzz.encode(value, encoding));
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Fuzz.text().injectNull(0.15);
    }

    @Provide
    Arbitrary<String> number() {
        return Fuzz.number().injectNull(0.3);
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void paths(@ForAll("text") String from, @ForAll("text") String to, @ForAll("text") String via,
               @ForAll("text") String via2, @ForAll("number") String maxHops, @ForAll("number") String limit,
               @ForAll Encoding encoding) {
        List<String> q = new ArrayList<>();
        add(q, "from", from, encoding);
        add(q, "via", via, encoding);
        add(q, "via", via2, encoding);
        add(q, "to", to, encoding);
        add(q, "maxHops", maxHops, encoding);
        add(q, "limit", limit, encoding);
        get("/api/paths" + query(q));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void entitySearch(@ForAll("text") String q, @ForAll("number") String limit, @ForAll Encoding encoding) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "q", q, encoding);
        add(pairs, "limit", limit, encoding);
        get("/api/entities" + query(pairs));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void entity(@ForAll("text") String id, @ForAll Encoding encoding) {
        get("/api/entities/" + Fuzz.encode(String.valueOf(id), encoding));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void neighbours(@ForAll("text") String id, @ForAll("number") String limit, @ForAll("text") String type,
                    @ForAll Encoding encoding) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "limit", limit, encoding);
        add(pairs, "type", type, encoding);
        get("/api/entities/" + Fuzz.encode(String.valueOf(id), encoding) + "/neighbours" + query(pairs));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void effect(@ForAll("text") String subject, @ForAll("text") String type, @ForAll Encoding encoding) {
        get("/api/effects/" + Fuzz.encode(subject + "|" + type + "|bdnf", encoding));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void contradictions(@ForAll("text") String entity, @ForAll("number") String offset,
                        @ForAll("number") String limit, @ForAll Encoding encoding) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "entity", entity, encoding);
        add(pairs, "offset", offset, encoding);
        add(pairs, "limit", limit, encoding);
        get("/api/contradictions" + query(pairs));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void paper(@ForAll("text") String id, @ForAll("text") String tail, @ForAll Encoding encoding) {
        // Paper ids hold slashes (doi:10.1176/…), so the route takes the whole rest of the path.
        get("/api/papers/" + Fuzz.encode(String.valueOf(id), encoding) + "/" + Fuzz.encode(String.valueOf(tail),
                Encoding.RAW));
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void endpointsWithoutParametersIgnoreAnyGiven(@ForAll("endpoint") String endpoint, @ForAll("text") String name,
                                                  @ForAll("text") String value, @ForAll Encoding encoding) {
        get(endpoint + "?" + Fuzz.encode(String.valueOf(name), encoding) + "=" + Fuzz.encode(String.valueOf(value),
                encoding));
    }

    @Provide
    Arbitrary<String> endpoint() {
        return Arbitraries.of(GET_ENDPOINTS);
    }

    @Provide
    Arbitrary<String> method() {
        return Arbitraries.oneOf(
                Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.of("application/json", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=utf-16", "*/*", "", "%%%", "a/b/c");
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void anyMethodContentTypeAndBody(@ForAll("endpoint") String endpoint, @ForAll("method") String method,
                                     @ForAll("contentType") String contentType, @ForAll("text") String body) {
        byte[] bytes = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
        var a = http.request(method, endpoint, "Content-Type: " + contentType + "\r\n", bytes);
        HttpContract.holds(a, method + " " + endpoint + " (" + contentType + ") " + body);
    }

    @Provide
    Arbitrary<String> header() {
        return Arbitraries.of("Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Cookie", "Origin",
                "Referer", "Range", "If-None-Match", "If-Modified-Since", "Authorization", "X-Forwarded-For",
                "X-Forwarded-Host", "Forwarded", "Expect", "Transfer-Encoding", "Content-Encoding", "Upgrade");
    }

    @Property(tries = Fuzz.TRIES, seed = Fuzz.SEED)
    void anyHeaderValue(@ForAll("endpoint") String endpoint, @ForAll("header") String header,
                        @ForAll("text") String value) {
        // Header values are one line of visible characters; the rest is the server's to refuse, but not with a 5xx.
        String line = String.valueOf(value).replace("\r", " ").replace("\n", " ");
        var a = http.request("GET", endpoint, header + ": " + line + "\r\n", new byte[0]);
        HttpContract.holds(a, "GET " + endpoint + " " + header + ": " + line);
    }
}
