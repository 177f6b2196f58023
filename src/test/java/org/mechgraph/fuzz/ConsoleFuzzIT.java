package org.mechgraph.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.mechgraph.support.Api;
import org.mechgraph.support.Fuzz;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.HttpContract;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.TestDatabase;

/**
 * {@code POST /api/cypher} fed random bodies: any JSON shape, wrong types for {@code query} and {@code params},
 * huge numbers, deep nesting, broken JSON and other content types. Only the HTTP contract is checked here (never a
 * 5xx, JSON, errors with a message, graph unchanged); what the console answers, and the wording of the Neo4j
 * messages it passes on, is the console's own tests' business.
 */
class ConsoleFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
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

    private static void post(String contentType, String body) {
        var a = http.request("POST", "/api/cypher", "Content-Type: " + contentType + "\r\n",
                body.getBytes(StandardCharsets.UTF_8));
        HttpContract.holdsAtHttpLevel(a, "POST /api/cypher (" + contentType + ") " + body);
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Fuzz.text().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19).negate(), BigInteger.TEN.pow(40))
                        .map(b -> (Object) b),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400"), new BigDecimal("0.1e9999"))
                        .map(b -> (Object) b),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar),
                net.jqwik.api.Tuple.of(1, value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l)),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(Fuzz.text().filter(s -> s != null), value(depth - 1))
                        .ofMaxSize(4).map(m -> (Object) m)));
    }

    @Provide
    Arbitrary<String> body() {
        Arbitrary<Object> query = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("RETURN $x AS x", "RETURN $x + 1 AS y",
                        "MATCH (e:Entity {id: $x}) RETURN e", "RETURN [$x, $x] AS xs", "UNWIND $x AS v RETURN v",
                        "CALL db.index.fulltext.queryNodes('entity_names', $x) YIELD node RETURN node LIMIT 3")
                        .map(q -> (Object) q)),
                net.jqwik.api.Tuple.of(2, value(2)));
        Arbitrary<Object> params = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, value(3).map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("x", v);
                    return (Object) m;
                })),
                net.jqwik.api.Tuple.of(1, value(2)));
        Arbitrary<String> shaped = Combinators.combine(query, params, Arbitraries.of(true, false))
                .as((q, p, withParams) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("query", q);
                    if (withParams) {
                        body.put("params", p);
                    }
                    return write(body);
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, shaped),
                net.jqwik.api.Tuple.of(2, value(3).map(ConsoleFuzzIT::write)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(500, 30_000).map(n ->
                        "{\"query\":\"RETURN $x AS x\",\"params\":{\"x\":" + "[".repeat(n) + "]".repeat(n) + "}}")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(500, 12_000).map(n ->
                        "{\"a\":".repeat(n) + "1" + "}".repeat(n))),
                net.jqwik.api.Tuple.of(1, Fuzz.text().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, shaped.map(s -> s.substring(0, s.length() / 2))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("{\"query\":\"" + "x".repeat(20_000) + "\"}",
                        "{\"query\":\"RETURN 1\"}{\"query\":\"RETURN 2\"}", "\ufeff{\"query\":\"RETURN 1\"}",
                        "{\"query\":\"RETURN $x\",\"params\":{\"x\":1e99999999}}",
                        "{\"query\":\"RETURN $x\",\"params\":{\"x\":" + "9".repeat(5000) + "}}",
                        "{\"query\":\"RETURN 1\",\"query\":\"RETURN 2\"}", "{\"query\":\"RETURN 1\"", "",
                        "null", "[]", "\"RETURN 1\"", "{\"query\":null}", "{\"query\":\"\\ud800\"}")));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("application/json; charset=utf-8",
                        "application/json; charset=utf-16", "APPLICATION/JSON", "application/jsonx", "text/plain",
                        "application/x-www-form-urlencoded", "", "application/json; charset=nonsense")));
    }

    @Property(tries = 2 * Fuzz.TRIES, seed = Fuzz.SEED)
    void anyBody(@ForAll("contentType") String contentType, @ForAll("body") String body) {
        post(contentType, body);
    }

    @Property(tries = Fuzz.TRIES / 3, seed = Fuzz.SEED)
    void oversizedBodies(@ForAll("size") int size) {
        post("application/json", "{\"query\":\"RETURN 1\",\"params\":{\"x\":\"" + "y".repeat(size) + "\"}}");
    }

    @Provide
    Arbitrary<Integer> size() {
        return Arbitraries.integers().between(60_000, 400_000);
    }

}
