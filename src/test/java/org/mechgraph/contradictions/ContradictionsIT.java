package org.mechgraph.contradictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;

/**
 * {@code GET /api/contradictions} on the curated corpus: ketamine ACTIVATES the AMPA receptor per seed 001 and
 * INHIBITS it per seed 002, and that pair comes back with both sides' evidence; a neutral effect beside a signed one
 * is no contradiction.
 */
class ContradictionsIT {

    private static final String SEED_001 = "seed:001_7f7951ef72781818";
    private static final String SEED_002 = "seed:002_02630316c7bb2a6a";

    private static Api api;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode ok(String pathAndQuery) {
        var r = api.get(pathAndQuery);
        assertEquals(200, r.status(), String.valueOf(r.json()));
        return r.json();
    }

    private static List<JsonNode> items(JsonNode answer) {
        return StreamSupport.stream(answer.get("contradictions").spliterator(), false).toList();
    }

    private static JsonNode pair(JsonNode answer, String subject, String object) {
        return items(answer).stream()
                .filter(c -> c.get("subject").get("id").asText().equals(subject)
                        && c.get("object").get("id").asText().equals(object))
                .findFirst().orElse(null);
    }

    private static List<String> ids(JsonNode effects) {
        return StreamSupport.stream(effects.spliterator(), false).map(e -> e.get("id").asText()).toList();
    }

    private static JsonNode citationOf(JsonNode effect, String paperId) {
        return StreamSupport.stream(effect.get("citations").spliterator(), false)
                .filter(c -> c.get("paperId").asText().equals(paperId)).findFirst().orElse(null);
    }

    @Test
    void theAmpaReceptorPairIsListedWithBothSidesAndTheirSources() {
        JsonNode answer = ok("/api/contradictions");
        assertEquals(0, answer.get("offset").asInt());
        assertEquals(20, answer.get("limit").asInt());
        assertTrue(answer.get("entity").isNull(), "no filter asked for");
        JsonNode ampa = pair(answer, "ketamine", "ampar");
        assertNotNull(ampa, answer.toString());
        assertEquals("AMPA receptor", ampa.get("object").get("name").asText());
        assertEquals("Receptor", ampa.get("object").get("type").asText());
        assertEquals("Drug", ampa.get("subject").get("type").asText());

        assertEquals(List.of("ketamine|ACTIVATES|ampar"), ids(ampa.get("positive")));
        assertEquals(List.of("ketamine|INHIBITS|ampar"), ids(ampa.get("negative")));
        JsonNode activates = ampa.get("positive").get(0);
        JsonNode inhibits = ampa.get("negative").get(0);
        assertEquals("positive", activates.get("polarity").asText());
        assertEquals("negative", inhibits.get("polarity").asText());

        JsonNode fromSeed001 = citationOf(activates, SEED_001);
        assertNotNull(fromSeed001, activates.toString());
        assertEquals("quote", fromSeed001.get("evidence").asText());
        assertEquals("web article", fromSeed001.get("kind").asText());
        assertEquals("Science Behind Ketamine’s Rapid Antidepressant Effects", fromSeed001.get("title").asText());
        assertTrue(fromSeed001.get("quote").asText().contains("known as AMPA receptors"), fromSeed001.toString());

        JsonNode fromSeed002 = citationOf(inhibits, SEED_002);
        assertNotNull(fromSeed002, inhibits.toString());
        assertEquals("quote", fromSeed002.get("evidence").asText());
        assertEquals("web article", fromSeed002.get("kind").asText());
        assertTrue(fromSeed002.get("quote").asText().contains("by blocking NMDA and AMPA receptors"),
                fromSeed002.toString());
        assertNull(citationOf(inhibits, SEED_001), "seed 001 does not claim the block");

        for (JsonNode side : List.of(activates, inhibits)) {
            assertEquals(side.get("citations").size(), side.get("support").get("evidence").asInt(), side.toString());
            assertEquals(1, side.get("disagreements").size(), "each side names the other as its disagreement");
        }
    }

    @Test
    void everyListedPairHasAPositiveAndANegativeEffectOfTheSubjectOnTheObject() {
        JsonNode answer = ok("/api/contradictions?limit=100");
        assertFalse(items(answer).isEmpty());
        assertEquals(answer.get("total").asInt(), items(answer).size(), "the corpus fits one page of 100");
        for (JsonNode c : items(answer)) {
            String subject = c.get("subject").get("id").asText();
            String object = c.get("object").get("id").asText();
            assertFalse(c.get("positive").isEmpty(), c.toString());
            assertFalse(c.get("negative").isEmpty(), c.toString());
            c.get("positive").forEach(e -> assertEquals(List.of("positive", subject, object),
                    List.of(e.get("polarity").asText(), e.get("from").asText(), e.get("to").asText())));
            c.get("negative").forEach(e -> assertEquals(List.of("negative", subject, object),
                    List.of(e.get("polarity").asText(), e.get("from").asText(), e.get("to").asText())));
        }
    }

    @Test
    void aNeutralEffectBesideASignedOneIsNoContradiction() {
        // The corpus says ketamine BINDS and ACTIVATES the mu-opioid receptor, and BINDS and INHIBITS the NMDA receptor.
        JsonNode binds = ok("/api/effects/" + Api.enc("ketamine|BINDS|mor"));
        assertEquals(List.of("ketamine|ACTIVATES|mor"), ids(binds.get("samePair")));
        JsonNode bindsNmdar = ok("/api/effects/" + Api.enc("ketamine|BINDS|nmdar"));
        assertTrue(ids(bindsNmdar.get("samePair")).contains("ketamine|INHIBITS|nmdar"), bindsNmdar.toString());

        JsonNode all = ok("/api/contradictions?limit=100");
        assertNull(pair(all, "ketamine", "mor"), all.toString());
        assertNull(pair(all, "ketamine", "nmdar"), all.toString());
        JsonNode ofMor = ok("/api/contradictions?entity=mor");
        assertEquals(0, ofMor.get("total").asInt(), ofMor.toString());
        assertTrue(ofMor.get("contradictions").isEmpty());
    }

    @Test
    void theEntityFilterKeepsThePairsTheEntityIsPartOf() {
        JsonNode ofKetamine = ok("/api/contradictions?entity=ketamine");
        assertEquals("ketamine", ofKetamine.get("entity").get("id").asText());
        assertNotNull(pair(ofKetamine, "ketamine", "ampar"), ofKetamine.toString());
        for (JsonNode c : items(ofKetamine)) {
            assertTrue(Set.of(c.get("subject").get("id").asText(), c.get("object").get("id").asText())
                    .contains("ketamine"), c.toString());
        }
        // By name or synonym, as the object of the pair.
        JsonNode ofAmpa = ok("/api/contradictions?entity=" + Api.enc("AMPA receptors"));
        assertEquals("ampar", ofAmpa.get("entity").get("id").asText());
        assertNotNull(pair(ofAmpa, "ketamine", "ampar"), ofAmpa.toString());

        JsonNode ofBdnf = ok("/api/contradictions?entity=BDNF");
        assertEquals("bdnf", ofBdnf.get("entity").get("id").asText());
        assertEquals(0, ofBdnf.get("total").asInt(), ofBdnf.toString());
        assertTrue(ofBdnf.get("contradictions").isEmpty());

        assertEquals(ok("/api/contradictions").get("total"), ok("/api/contradictions?entity=%20").get("total"),
                "a blank entity filters nothing");
    }

    @Test
    void pagesAreStableAndTogetherMakeTheWholeList() {
        JsonNode whole = ok("/api/contradictions?limit=100");
        int total = whole.get("total").asInt();
        List<String> expected = items(whole).stream().map(ContradictionsIT::key).toList();
        assertEquals(expected, items(ok("/api/contradictions?limit=100")).stream().map(ContradictionsIT::key).toList());

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset++) {
            JsonNode page = ok("/api/contradictions?limit=1&offset=" + offset);
            assertEquals(total, page.get("total").asInt(), "every page counts them all");
            assertEquals(1, page.get("limit").asInt());
            assertEquals(offset, page.get("offset").asInt());
            assertEquals(1, page.get("contradictions").size());
            paged.add(key(page.get("contradictions").get(0)));
        }
        assertEquals(expected, paged);

        JsonNode past = ok("/api/contradictions?offset=" + total);
        assertEquals(total, past.get("total").asInt());
        assertTrue(past.get("contradictions").isEmpty());
        assertTrue(ok("/api/contradictions?offset=2147483647&limit=100").get("contradictions").isEmpty());
    }

    private static String key(JsonNode c) {
        return c.get("subject").get("id").asText() + ">" + c.get("object").get("id").asText();
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        for (String query : List.of("limit=0", "limit=101", "limit=ten", "limit=2.5", "limit=99999999999")) {
            badRequest(query, "limit");
        }
        for (String query : List.of("offset=-1", "offset=first", "offset=2147483648")) {
            badRequest(query, "offset");
        }
        badRequest("entity=" + "a".repeat(201), "entity");
    }

    private static void badRequest(String query, String parameter) {
        var r = api.get("/api/contradictions?" + query);
        assertEquals(400, r.status(), query + " → " + r.json());
        assertEquals(parameter, r.json().get("parameter").asText(), query);
        assertFalse(r.json().get("allowed").asText().isEmpty(), query);
    }

    @Test
    void anUnknownEntityIsA404WithSuggestions() {
        var r = api.get("/api/contradictions?entity=ketamne");
        assertEquals(404, r.status(), String.valueOf(r.json()));
        assertEquals("entity", r.json().get("parameter").asText());
        assertTrue(r.json().get("message").asText().contains("ketamne"));
        assertEquals("ketamine", r.json().get("suggestions").get(0).get("id").asText(), r.json().toString());
    }
}
