package org.mechgraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mechgraph.support.Api;

class PathsApiIT {

    private static Api api;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> ids(JsonNode path) {
        List<String> out = new ArrayList<>();
        path.get("nodes").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    private static List<String> citedPapers(JsonNode edge) {
        List<String> out = new ArrayList<>();
        edge.get("citations").forEach(c -> {
            out.add(c.get("paperId").asText());
            if (c.hasNonNull("reports")) {
                out.add(c.get("reports").get("id").asText());
            }
        });
        return out;
    }

    @Test
    void ketamineViaMorToBdnfComesWithEveryHopsCitationsAndWords() {
        var r = api.get("/api/paths?from=ketamine&via=MOR&to=BDNF");
        assertEquals(200, r.status());
        JsonNode paths = r.json().get("paths");
        assertFalse(paths.isEmpty());
        assertEquals(List.of("ketamine", "mor", "bdnf"), ids(paths.get(0)));
        boolean levinstein = false;
        for (JsonNode path : paths) {
            assertTrue(ids(path).contains("mor"));
            for (JsonNode edge : path.get("edges")) {
                assertFalse(edge.get("citations").isEmpty(), edge.toString());
                edge.get("citations").forEach(c -> assertFalse(c.get("quote").asText().isBlank()));
                levinstein |= citedPapers(edge).contains("doi:10.1176/appi.ajp.20240378");
            }
        }
        assertTrue(levinstein, "Levinstein et al. 2025 backs a hop of ketamine → MOR → BDNF");
    }

    @Test
    void theGlutamateChainToTheAntidepressantEffectIsTraced() {
        var r = api.get("/api/paths?from=ketamine&via=NMDAR&via=glutamate&via=AMPA%20receptor"
                + "&to=antidepressant%20effect&maxHops=4");
        JsonNode paths = r.json().get("paths");
        assertFalse(paths.isEmpty(), r.json().toString());
        assertEquals(List.of("ketamine", "nmdar", "glutamate", "ampar", "antidepressant-response"),
                ids(paths.get(0)));
        var glutamateToAmpa = paths.get(0).get("edges").get(2);
        assertEquals("ACTIVATES", glutamateToAmpa.get("type").asText());
        assertTrue(citedPapers(glutamateToAmpa).contains("seed:001_7f7951ef72781818"));
    }

    @Test
    void viaStopsAreVisitedInTheOrderGiven() {
        var forward = api.get("/api/paths?from=ketamine&via=glutamate&via=ampar&to=antidepressant-response&maxHops=5");
        var backward = api.get("/api/paths?from=ketamine&via=ampar&via=glutamate&to=antidepressant-response&maxHops=5");
        assertFalse(forward.json().get("paths").isEmpty());
        for (JsonNode p : forward.json().get("paths")) {
            assertTrue(ids(p).indexOf("glutamate") < ids(p).indexOf("ampar"), ids(p).toString());
        }
        for (JsonNode p : backward.json().get("paths")) {
            assertTrue(ids(p).indexOf("ampar") < ids(p).indexOf("glutamate"), ids(p).toString());
        }
        // No effect leads from the AMPA receptor back to glutamate, so the reversed order finds nothing.
        assertTrue(backward.json().get("paths").isEmpty());
    }

    @Test
    void rankedByHopsPathsComeShortestFirstAndByEvidenceStrongestFirst() {
        JsonNode paths = api.get("/api/paths?from=ketamine&to=antidepressant-response&maxHops=4&limit=50&rank=hops")
                .json().get("paths");
        assertTrue(paths.size() > 3);
        for (int i = 1; i < paths.size(); i++) {
            assertTrue(paths.get(i - 1).get("hops").asInt() <= paths.get(i).get("hops").asInt());
        }
        JsonNode ranked = api.get("/api/paths?from=ketamine&to=antidepressant-response&maxHops=4&limit=50").json();
        assertEquals("evidence", ranked.get("rank").asText());
        JsonNode byScore = ranked.get("paths");
        for (int i = 1; i < byScore.size(); i++) {
            assertTrue(byScore.get(i - 1).get("score").asDouble() >= byScore.get(i).get("score").asDouble());
        }
    }

    @Test
    void moreThanAPageSaysHowManyMoreAndPagesOn() {
        JsonNode first = api.get("/api/paths?from=ketamine&to=antidepressant-response&limit=10").json();
        long total = first.get("total").asLong();
        assertTrue(total > 10, first.toString());
        assertEquals(10, first.get("paths").size());
        assertEquals(total - 10, first.get("more").asLong());
        JsonNode second = api.get("/api/paths?from=ketamine&to=antidepressant-response&limit=10&offset=10").json();
        assertEquals(total, second.get("total").asLong());
        assertEquals(Math.max(0, total - 20), second.get("more").asLong());
        assertTrue(first.get("paths").get(9).get("score").asDouble() >= second.get("paths").get(0).get("score").asDouble());
    }

    @Test
    void theGlutamateAmpaChainRaisesTheAntidepressantEffectAndItsContestedHopIsFlagged() {
        JsonNode paths = api.get("/api/paths?from=ketamine&via=NMDAR&via=glutamate&via=AMPA%20receptor"
                + "&to=antidepressant-response&maxHops=4").json().get("paths");
        // ketamine meets the NMDA receptor three ways: it inhibits it (signed), binds it and is associated with it.
        List<String> signs = new ArrayList<>();
        paths.forEach(p -> signs.add(p.get("edges").get(0).get("type").asText() + " " + p.get("sign").asText()));
        // inhibits · decreases · activates · causes: two negatives make a positive; a neutral hop leaves it open.
        assertEquals(List.of("ASSOCIATED_WITH unknown", "BINDS unknown", "INHIBITS up"), signs.stream().sorted().toList());
        JsonNode direct = api.get("/api/paths?from=ketamine&to=ampar&maxHops=1").json().get("paths");
        for (JsonNode p : direct) {
            assertEquals(List.of(0), List.of(p.get("contested").get(0).asInt()), p.toString());
        }
        JsonNode up = api.get("/api/paths?from=ketamine&to=bdnf&sign=up").json();
        assertTrue(up.get("total").asInt() >= 2, up.toString());
        up.get("paths").forEach(p -> assertEquals("up", p.get("sign").asText()));
        assertEquals(0, api.get("/api/paths?from=ketamine&to=bdnf&sign=down").json().get("total").asInt());
    }

    @Test
    void badRankingAndFilterParametersAre400sNamingTheParameter() {
        for (String q : List.of("rank=best", "sign=sideways", "relation=flies", "type=Planet", "sourceKind=blog",
                "minSources=0", "yearFrom=1066", "offset=-1", "exclude=nosuchthing")) {
            var r = api.get("/api/paths?from=ketamine&to=bdnf&" + q);
            String name = q.substring(0, q.indexOf('='));
            assertTrue(r.status() == 400 || (name.equals("exclude") && r.status() == 404), q + " " + r.status());
            assertEquals(name, r.json().get("parameter").asText(), q);
        }
        var r = api.get("/api/paths?from=ketamine&to=bdnf&exclude=bdnf");
        assertEquals(400, r.status());
        assertEquals("exclude", r.json().get("parameter").asText());
    }

    @Test
    void whereSourcesDisagreeBothSidesAreShown() {
        JsonNode paths = api.get("/api/paths?from=ketamine&to=ampar&maxHops=1").json().get("paths");
        List<String> types = new ArrayList<>();
        paths.forEach(p -> types.add(p.get("edges").get(0).get("type").asText()));
        assertTrue(types.containsAll(List.of("INHIBITS", "ACTIVATES")), types.toString());
        for (JsonNode p : paths) {
            JsonNode edge = p.get("edges").get(0);
            if (!edge.get("polarity").asText().equals("neutral")) {
                assertEquals(1, edge.get("disagreements").size(), edge.toString());
            }
        }
    }

    @Test
    void theDefaultMaxHopsMakesRoomForEveryViaStop() {
        var r = api.get("/api/paths?from=ketamine&via=nmdar&via=glutamate&via=ampar&via=antidepressant-response"
                + "&to=mdd");
        assertEquals(200, r.status(), r.json().toString());
        assertEquals(5, r.json().get("maxHops").asInt());
    }

    @Test
    void namesAndSynonymsResolveCaseInsensitively() {
        var r = api.get("/api/paths?from=SPRAVATO&to=trd&maxHops=1");
        assertEquals(200, r.status());
        assertEquals("esketamine", r.json().get("from").get("id").asText());
        assertEquals("mor", api.get("/api/paths?from=ketamine&to=oprm1&maxHops=1").json().get("to").get("id").asText());
    }

    @Test
    void noPathWithinTheHopsSaysWhatToTry() {
        var r = api.get("/api/paths?from=nausea&to=ketamine&maxHops=3");
        assertEquals(200, r.status());
        assertTrue(r.json().get("paths").isEmpty());
        assertTrue(r.json().get("hint").asText().contains("maxHops=4"));
    }

    @ParameterizedTest
    @CsvSource({
        "from=&to=bdnf, from",
        "to=bdnf, from",
        "from=ketamine, to",
        "from=ketamine&to=bdnf&maxHops=0, maxHops",
        "from=ketamine&to=bdnf&maxHops=7, maxHops",
        "from=ketamine&to=bdnf&maxHops=four, maxHops",
        "from=ketamine&to=bdnf&limit=0, limit",
        "from=ketamine&to=bdnf&limit=101, limit",
        "from=ketamine&to=ketamine, to",
        "from=ketamine&via=mor&via=mor&to=bdnf, via",
        "from=ketamine&via=ketamine&to=bdnf, via",
        "from=ketamine&via=mor&via=nmdar&to=bdnf&maxHops=2, maxHops"
    })
    void badParametersAre400sNamingTheParameter(String query, String parameter) {
        var r = api.get("/api/paths?" + query);
        assertEquals(400, r.status(), r.json().toString());
        assertEquals(parameter, r.json().get("parameter").asText());
        assertNotNull(r.json().get("message"));
    }

    @Test
    void anUnknownEntityIsA404WithTheClosestMatches() {
        var r = api.get("/api/paths?from=ketamin&to=bdnf");
        assertEquals(404, r.status());
        assertEquals("from", r.json().get("parameter").asText());
        assertTrue(r.json().get("message").asText().contains("ketamin"));
        assertEquals("ketamine", r.json().get("suggestions").get(0).get("id").asText());
    }

    @Test
    void hostileTextIsJustAnUnknownName() {
        var r = api.get("/api/paths?from=" + Api.enc("x') MATCH (n) DETACH DELETE n //") + "&to=bdnf");
        assertEquals(404, r.status());
        assertTrue(api.get("/api/stats").json().get("labels").get("Entity").asInt() > 30);
    }
}
