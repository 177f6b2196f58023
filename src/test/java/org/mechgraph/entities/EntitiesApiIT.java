package org.mechgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;

class EntitiesApiIT {

    private static Api api;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String firstHit(String q) {
        var r = api.get("/api/entities?q=" + Api.enc(q));
        assertEquals(200, r.status(), r.json().toString());
        assertFalse(r.json().get("hits").isEmpty(), "no hit for " + q);
        return r.json().get("hits").get(0).get("id").asText();
    }

    @Test
    void searchFindsSynonymsPrefixesAndTypos() {
        assertEquals("esketamine", firstHit("spravato"));
        assertEquals("esketamine", firstHit("(S)-ketamine"));
        assertEquals("ketamine", firstHit("ketamne"));
        assertEquals("bdnf", firstHit("brain-derived neuro"));
        assertEquals("mor", firstHit("mu-opioid"));
        var hit = api.get("/api/entities?q=spravato").json().get("hits").get(0);
        assertEquals("Drug", hit.get("type").asText());
        assertEquals("Spravato", hit.get("matched").asText());
    }

    @Test
    void searchWithoutTextIsA400() {
        var r = api.get("/api/entities?q=");
        assertEquals(400, r.status());
        assertEquals("q", r.json().get("parameter").asText());
    }

    @Test
    void anEntityShowsItsIdsAndEffectsBothWays() {
        var r = api.get("/api/entities/mor");
        assertEquals(200, r.status());
        JsonNode mor = r.json();
        assertEquals("Receptor", mor.get("type").asText());
        assertEquals("4988", mor.get("properties").get("ncbiGene").asText());
        List<String> effects = new ArrayList<>();
        mor.get("effects").forEach(e -> effects.add(e.get("direction").asText() + ":" + e.get("otherId").asText()));
        assertTrue(effects.contains("in:ketamine"), effects.toString());
        assertTrue(effects.contains("out:bdnf"), effects.toString());
        mor.get("effects").forEach(e -> assertTrue(e.get("evidence").asInt() > 0));
    }

    @Test
    void anEntityCanBeOpenedByASynonym() {
        assertEquals("mor", api.get("/api/entities/OPRM1").json().get("id").asText());
    }

    @Test
    void anUnknownEntityIsA404WithSuggestions() {
        var r = api.get("/api/entities/glutamat");
        assertEquals(404, r.status());
        assertEquals("glutamate", r.json().get("suggestions").get(0).get("id").asText());
    }

    @Test
    void aPaperShowsWhatIsReportedOfItWhatItCitesAndWhoCitesIt() {
        var r = api.get("/api/papers/doi:10.1176/appi.ajp.20240378");
        assertEquals(200, r.status(), r.json().toString());
        assertEquals(2025, r.json().get("paper").get("year").asInt());
        assertFalse(r.json().get("reportedBy").isEmpty(), "the blog that cites the review reports its claims");
        assertEquals("seed:000_56dcb64be84b3f30", r.json().get("citedBy").get(0).get("id").asText());
        var seed = api.get("/api/papers/seed:000_56dcb64be84b3f30").json();
        assertEquals("doi:10.1176/appi.ajp.20240378", seed.get("cites").get(0).get("id").asText());
        assertEquals("web article", seed.get("paper").get("kind").asText());
    }

    @Test
    void anUnknownPaperIsA404() {
        var r = api.get("/api/papers/doi:10.0000/none");
        assertEquals(404, r.status());
        assertEquals("id", r.json().get("parameter").asText());
    }

    @Test
    void statsCountEveryLabelAndRelationshipType() {
        JsonNode stats = api.get("/api/stats").json();
        for (String label : List.of("Drug", "Receptor", "Pathway", "Outcome", "Paper")) {
            assertTrue(stats.get("labels").get(label).asInt() > 0, label);
        }
        assertTrue(stats.get("relationships").get("CLAIMS").asInt() > 100);
        assertTrue(stats.get("relationships").get("CITES").asInt() >= 4);
    }

    @Test
    void neighboursComeBestSupportedFirstAndBounded() {
        JsonNode n = api.get("/api/entities/ketamine/neighbours?limit=5").json();
        assertEquals("ketamine", n.get("center").get("id").asText());
        assertEquals(5, n.get("links").size());
        assertTrue(n.get("total").asInt() > 5);
        for (int i = 1; i < 5; i++) {
            assertTrue(n.get("links").get(i - 1).get("sources").asInt() >= n.get("links").get(i).get("sources").asInt());
        }
        JsonNode inhibits = api.get("/api/entities/ketamine/neighbours?type=INHIBITS").json();
        inhibits.get("links").forEach(l -> assertTrue(l.get("type").asText().equals("INHIBITS")
                || l.get("contested").asBoolean(), "only INHIBITS, and the other side of a contested pair: " + l));
    }

    @Test
    void aContestedPairIsNeverCutInHalf() {
        // Of ketamine's effects on the AMPA receptor only ACTIVATES is asked for; INHIBITS, the other side, comes too.
        JsonNode n = api.get("/api/entities/ketamine/neighbours?type=ACTIVATES&limit=50").json();
        List<String> ampar = new ArrayList<>();
        n.get("links").forEach(l -> {
            if (l.get("target").asText().equals("ampar")) {
                ampar.add(l.get("type").asText() + " " + l.get("contested").asBoolean());
            }
        });
        assertEquals(List.of("ACTIVATES true", "INHIBITS true"), ampar.stream().sorted().toList());
        // However few are asked for, every contested effect shown has its other side shown beside it.
        for (int limit : new int[] {1, 3, 10}) {
            JsonNode some = api.get("/api/entities/ketamine/neighbours?limit=" + limit).json();
            List<String> shown = new ArrayList<>();
            some.get("links").forEach(l -> shown.add(l.get("source").asText() + ">" + l.get("target").asText() + " "
                    + l.get("polarity").asText()));
            some.get("links").forEach(l -> {
                if (l.get("contested").asBoolean()) {
                    String other = l.get("polarity").asText().equals("positive") ? "negative" : "positive";
                    assertTrue(shown.contains(l.get("source").asText() + ">" + l.get("target").asText() + " " + other),
                            l.get("id").asText() + " without its other side in " + shown);
                }
            });
        }
    }

    @Test
    void aNeighbourhoodWithNothingOfThatTypeIsEmptyNotAnError() {
        var r = api.get("/api/entities/nausea/neighbours?type=FORM_OF");
        assertEquals(200, r.status(), r.json().toString());
        assertTrue(r.json().get("links").isEmpty());
        assertEquals(0, r.json().get("total").asInt());
        assertEquals(400, api.get("/api/entities/nausea/neighbours?type=EATS").status());
    }

    @Test
    void anEffectComesWithItsCitationsAndTheOtherSideOfTheDisagreement() {
        var r = api.get("/api/effects/" + Api.enc("ketamine|INHIBITS|ampar"));
        assertEquals(200, r.status());
        assertEquals("seed:002_02630316c7bb2a6a", r.json().get("effect").get("citations").get(0).get("paperId").asText());
        assertEquals("ketamine|ACTIVATES|ampar", r.json().get("effect").get("disagreements").get(0).get("id").asText());
        assertEquals("ketamine|ACTIVATES|ampar", r.json().get("samePair").get(0).get("id").asText());
        assertEquals(404, api.get("/api/effects/" + Api.enc("ketamine|EATS|ampar")).status());
        assertEquals(404, api.get("/api/effects/nonsense").status());
    }

    @Test
    void theVocabularyGivesEveryTypeItsPolarity() {
        JsonNode v = api.get("/api/vocabulary").json();
        assertEquals(10, v.size());
        v.forEach(t -> assertTrue(List.of("positive", "negative", "neutral").contains(t.get("polarity").asText())));
    }

    @Test
    void overlongNamesAre400sNot500s() {
        String longName = "a-".repeat(1200);
        assertEquals(400, api.get("/api/paths?from=" + longName + "&to=bdnf").status());
        assertEquals(400, api.get("/api/entities/" + longName).status());
        assertEquals(404, api.get("/api/paths?from=" + "a-".repeat(90) + "&to=bdnf").status());
    }

    @Test
    void healthNamesTheModeAndTheBoltUri() {
        JsonNode health = api.get("/api/health").json();
        assertEquals("ok", health.get("status").asText());
        assertTrue(List.of("embedded", "external").contains(health.get("mode").asText()));
        assertTrue(health.get("bolt").asText().matches("(bolt|neo4j)://.+:\\d+"), health.toString());
    }

    @Test
    void anUnknownEndpointIsAJson404() {
        var r = api.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertTrue(r.contentType().contains("json"));
    }
}
