package org.mechgraph.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Graph;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;

/** Evidence is counted once per sentence or record, and says what it is. */
class EvidenceIT {

    private static final String LEVINSTEIN = "doi:10.1176/appi.ajp.20240378";
    private static final String BLOG_000 = "seed:000_56dcb64be84b3f30";

    private static Api api;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode effect(String id) {
        var r = api.get("/api/effects/" + Api.enc(id));
        assertEquals(200, r.status(), String.valueOf(r.json()));
        return r.json().get("effect");
    }

    @Test
    void oneBlogSentenceAboutAReviewIsOnePieceOfEvidenceReportedByTheBlog() {
        JsonNode e = effect("mor|INCREASES|bdnf");
        assertEquals(1, e.get("citations").size(), e.toString());
        JsonNode c = e.get("citations").get(0);
        assertEquals("report", c.get("evidence").asText());
        assertEquals(BLOG_000, c.get("paperId").asText(), "the blog holds the sentence");
        assertEquals("web article", c.get("kind").asText());
        assertEquals(LEVINSTEIN, c.get("reports").get("id").asText(), "the review is the work it reports");
        assertEquals("review", c.get("reports").get("kind").asText());
        assertEquals(1, e.get("support").get("evidence").asInt());
        assertEquals(1, e.get("support").get("sources").asInt());
        assertEquals("web article", e.get("support").get("bestSourceKind").asText());
    }

    @Test
    void twoSentencesOfOneBlogReportingOneReviewAreTwoPiecesFromOneOrigin() {
        JsonNode e = effect("ketamine|ACTIVATES|mor");
        assertEquals(2, e.get("support").get("evidence").asInt(), e.toString());
        assertEquals(1, e.get("support").get("sources").asInt(), "both report Levinstein et al. 2025");
        e.get("citations").forEach(c -> assertEquals(LEVINSTEIN, c.get("reports").get("id").asText()));
    }

    @Test
    void quotesFromSeveralSeedsAreIndependentSources() {
        JsonNode e = effect("ketamine|INHIBITS|nmdar");
        var sources = new HashSet<String>();
        e.get("citations").forEach(c -> sources.add(c.hasNonNull("reports")
                ? c.get("reports").get("id").asText() : c.get("paperId").asText()));
        assertEquals(sources.size(), e.get("support").get("sources").asInt());
        assertTrue(sources.size() >= 4, sources.toString());
        assertEquals("web article", e.get("support").get("bestSourceKind").asText(),
                "a report ranks as the source that wrote it: 004's account of an eLife article is a web article's");
    }

    @Test
    void noEffectCountsTheSameSentenceFromTheSameSourceTwice() {
        Graph graph = TestDatabase.shared().graph();
        long repeated = graph.readOne("""
                MATCH (p:Paper)-[k:CLAIMS]->()
                WITH k.effect AS effect, p.id AS source, coalesce(k.quote, k.record) AS words, count(*) AS n
                WHERE n > 1
                RETURN count(*) AS repeated
                """, Map.of(), r -> r.get("repeated").asLong());
        assertEquals(0, repeated);
    }

    @Test
    void everyEffectCarriesItsEvidenceFiguresAndTheyMatchItsEvidence() {
        Graph graph = TestDatabase.shared().graph();
        var wrong = graph.read("""
                MATCH ()-[r]->() WHERE r.id IS NOT NULL AND r.polarity IS NOT NULL
                WITH r, COUNT { MATCH (:Paper)-[k:CLAIMS {effect: r.id}]->() } AS pieces
                WHERE r.evidenceCount IS NULL OR r.evidenceCount <> pieces OR r.sourceCount < 1
                   OR r.sourceCount > pieces OR r.bestSourceKind IS NULL
                RETURN r.id AS id
                """, Map.of(), r -> r.get("id").asString());
        assertTrue(wrong.isEmpty(), "effects with missing or wrong figures: " + wrong);
    }

    @Test
    void aReviewsPageListsWhatOtherSourcesReportOfIt() {
        var r = api.get("/api/papers/" + LEVINSTEIN);
        assertEquals(200, r.status(), String.valueOf(r.json()));
        JsonNode reported = r.json().get("reportedBy");
        assertFalse(reported.isEmpty());
        var sources = new HashSet<String>();
        reported.forEach(c -> {
            assertEquals("report", c.get("evidence").asText());
            sources.add(c.get("source").asText());
        });
        assertEquals(java.util.Set.of(BLOG_000), sources);
        JsonNode blog = api.get("/api/papers/" + BLOG_000).json();
        assertTrue(blog.get("supports").size() > reported.size(), "the blog's page holds its quotes and reports");
    }
}
