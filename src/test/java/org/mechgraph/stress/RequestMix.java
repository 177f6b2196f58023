package org.mechgraph.stress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the load sends: weighted kinds of API and console requests, a few hostile console queries mixed in, and the
 * heavy console queries that a separate lane sends one at a time.
 */
final class RequestMix {

    /** Hostile and heavy requests must be refused with a 4xx; the others are ordinary traffic. */
    enum Group { API, CONSOLE, HOSTILE, HEAVY }

    /** One request: a GET of {@code path}, or a console POST of {@code consoleQuery} when that is set. */
    record Call(String path, String consoleQuery) {

        static Call get(String path) {
            return new Call(path, null);
        }

        static Call console(String query) {
            return new Call("/api/cypher", query);
        }

        HttpRequest request(URI base, Duration timeout) {
            var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
            if (consoleQuery == null) {
                return builder.GET().build();
            }
            try {
                String body = JSON.writeValueAsString(Map.of("query", consoleQuery, "params", Map.of()));
                return builder.header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A kind of request with its share of the mix; each send picks one of its calls. */
    record Kind(String name, Group group, int weight, List<Call> calls) {

        boolean mustBeRefused() {
            return group == Group.HOSTILE || group == Group.HEAVY;
        }

        Call pick(Random random) {
            return calls.get(random.nextInt(calls.size()));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Console queries that hang for minutes today (the database does not stop them at the console timeout) or that
     * build a list in the heap outside Neo4j's memory tracking. Sent by one lane, one at a time, only when asked for.
     */
    static final Kind HEAVY = new Kind("console-heavy", Group.HEAVY, 0, List.of(
            Call.console("RETURN reduce(s = 0, x IN range(1, 2000000000) | s + x)"),
            Call.console("RETURN size([x IN range(1, 300000000) | x])"),
            Call.console("RETURN " + "(".repeat(4990) + "1" + ")".repeat(4990))));

    private final List<Kind> kinds;
    private final int totalWeight;

    private RequestMix(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
        this.totalWeight = kinds.stream().mapToInt(Kind::weight).sum();
    }

    /** The standard mix, with the console examples the server itself lists at {@code /api/cypher/examples}. */
    static RequestMix standard(URI base) {
        List<Call> examples = new ArrayList<>();
        for (JsonNode example : fetchExamples(base)) {
            examples.add(Call.console(example.get("query").asText()));
        }
        if (examples.isEmpty()) {
            throw new IllegalStateException(base + "/api/cypher/examples lists no example queries");
        }
        return new RequestMix(List.of(
                new Kind("paths-ketamine-MOR-BDNF", Group.API, 3,
                        List.of(Call.get("/api/paths?from=ketamine&via=MOR&to=BDNF"))),
                new Kind("paths-ketamine-antidepressant", Group.API, 3, List.of(
                        Call.get("/api/paths?from=ketamine&to=antidepressant%20effect&maxHops=3"),
                        Call.get("/api/paths?from=ketamine&to=antidepressant%20effect&maxHops=4"),
                        Call.get("/api/paths?from=ketamine&to=antidepressant%20effect&maxHops=5"),
                        Call.get("/api/paths?from=ketamine&via=NMDAR&to=antidepressant%20effect&maxHops=5"))),
                new Kind("entities-search", Group.API, 2, List.of(
                        Call.get("/api/entities?q=" + enc("spravato")),
                        Call.get("/api/entities?q=" + enc("ketamne") + "&limit=5"),
                        Call.get("/api/entities?q=" + enc("bdnf")),
                        Call.get("/api/entities?q=" + enc("mu-opioid")),
                        Call.get("/api/entities?q=" + enc("glut")))),
                new Kind("entity", Group.API, 2, List.of(
                        Call.get("/api/entities/ketamine"),
                        Call.get("/api/entities/ampar"),
                        Call.get("/api/entities/MOR"),
                        Call.get("/api/entities/bdnf"))),
                new Kind("paper", Group.API, 2, List.of(
                        Call.get("/api/papers/doi:10.1176/appi.ajp.20240378"),
                        Call.get("/api/papers/seed:000_56dcb64be84b3f30"))),
                new Kind("health", Group.API, 1, List.of(Call.get("/api/health"))),
                new Kind("console-example", Group.CONSOLE, 3, examples),
                new Kind("console-hostile", Group.HOSTILE, 1, List.of(
                        // A comment ended by a lone carriage return, hiding an administration command.
                        Call.console("//x\rSHOW TRANSACTIONS YIELD * RETURN *"),
                        Call.console("MATCH (n) DETACH DELETE n")))));
    }

    List<Kind> kinds() {
        return kinds;
    }

    Kind pick(Random random) {
        int r = random.nextInt(totalWeight);
        for (Kind kind : kinds) {
            r -= kind.weight();
            if (r < 0) {
                return kind;
            }
        }
        throw new AssertionError("weights");
    }

    private static JsonNode fetchExamples(URI base) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var request = HttpRequest.newBuilder(base.resolve("/api/cypher/examples"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/cypher/examples answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET /api/cypher/examples failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
