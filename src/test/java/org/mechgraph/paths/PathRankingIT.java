package org.mechgraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Database;
import org.mechgraph.db.Graph;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel.HopFilter;
import org.mechgraph.paths.PathModel.Path;
import org.mechgraph.paths.PathModel.Query;
import org.mechgraph.paths.PathModel.Rank;
import org.mechgraph.paths.PathModel.Sign;
import org.mechgraph.support.TestDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Ranking, weakest hop, hub penalty, signs, contradictions and paging on a fixture graph whose answers are known: from
 * drug A to outcome B through a well-supported receptor R1, a hub with 400 partners supported as well as R1, a hop
 * backed by one web article (W), signed chains that compose to up (N) and down (D), a neutral hop (U), and a pair
 * that two effects contest (C); R1 also has a neutral BINDS next to its ACTIVATES, which contests nothing.
 */
class PathRankingIT {

    private static Graph graph;
    private static PathService service;
    private static final List<NodeRef> AB = List.of(new NodeRef("fx-a", "A", "Drug"), new NodeRef("fx-b", "B", "Outcome"));

    @BeforeAll
    static void fixture() {
        Database db = Database.open(TestDatabase.config("paths-fixture"));
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        graph = db.graph();
        service = new PathService(graph, new PathScore(2026), () -> () -> Duration.ofMinutes(1));
        graph.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        graph.write(tx -> tx.run("""
                UNWIND ['a', 'b', 'r1', 'hub', 'w', 'n', 'd', 'u', 'c'] AS x
                CREATE (:Entity {id: 'fx-' + x, name: toUpper(x)})
                """).consume());
        graph.write(tx -> tx.run("""
                UNWIND $effects AS f
                MATCH (s:Entity {id: 'fx-' + f[0]}), (o:Entity {id: 'fx-' + f[2]})
                CALL (s, o, f) {
                  CREATE (s)-[r:$(f[1])]->(o)
                  SET r.id = s.id + '|' + f[1] + '|' + o.id, r.polarity = f[3], r.sourceCount = f[4],
                      r.evidenceCount = f[4], r.bestSourceKind = f[5], r.newestYear = 2024
                }
                """, Map.of("effects", List.of(
                List.of("a", "ACTIVATES", "r1", "positive", 3, "peer-reviewed article"),
                List.of("a", "BINDS", "r1", "neutral", 1, "database"),
                List.of("r1", "INCREASES", "b", "positive", 3, "peer-reviewed article"),
                List.of("a", "ACTIVATES", "hub", "positive", 3, "peer-reviewed article"),
                List.of("hub", "INCREASES", "b", "positive", 3, "peer-reviewed article"),
                List.of("a", "INCREASES", "w", "positive", 3, "peer-reviewed article"),
                List.of("w", "INCREASES", "b", "positive", 1, "web article"),
                List.of("a", "INHIBITS", "n", "negative", 2, "review"),
                List.of("n", "DECREASES", "b", "negative", 2, "review"),
                List.of("a", "INHIBITS", "d", "negative", 2, "review"),
                List.of("d", "INCREASES", "b", "positive", 2, "review"),
                List.of("a", "BINDS", "u", "neutral", 2, "review"),
                List.of("u", "INCREASES", "b", "positive", 2, "review"),
                List.of("a", "ACTIVATES", "c", "positive", 1, "review"),
                List.of("a", "INHIBITS", "c", "negative", 1, "review"),
                List.of("c", "INCREASES", "b", "positive", 2, "review")))).consume());
        graph.write(tx -> tx.run("""
                MATCH (hub:Entity {id: 'fx-hub'})
                UNWIND range(1, 400) AS i
                CREATE (hub)-[:BINDS {id: 'fx-hub|BINDS|' + i, polarity: 'neutral', sourceCount: 1,
                                      bestSourceKind: 'database'}]->(:Entity {id: 'fx-partner-' + i, name: 'P' + i})
                """).consume());
        // Evidence for the filters: R1's hops in peer-reviewed studies of mice and humans (species written as one
        // value, as imports and the corpus do), W's last hop in a web article.
        graph.write(tx -> tx.run("""
                CREATE (pr:Paper {id: 'fx-paper', kind: 'peer-reviewed article', year: 2024})
                CREATE (web:Paper {id: 'fx-web', kind: 'web article', year: 2024})
                WITH pr, web
                MATCH (a:Entity {id: 'fx-a'}), (r1:Entity {id: 'fx-r1'}), (w:Entity {id: 'fx-w'})
                CREATE (pr)-[:CLAIMS {key: 'k1', effect: 'fx-a|ACTIVATES|fx-r1', evidence: 'quote', species: 'mouse; human'}]->(a)
                CREATE (pr)-[:CLAIMS {key: 'k2', effect: 'fx-r1|INCREASES|fx-b', evidence: 'quote', species: 'Human, mouse'}]->(r1)
                CREATE (pr)-[:CLAIMS {key: 'k3', effect: 'fx-a|INCREASES|fx-w', evidence: 'quote'}]->(a)
                CREATE (web)-[:CLAIMS {key: 'k4', effect: 'fx-w|INCREASES|fx-b', evidence: 'quote'}]->(w)
                """).consume());
    }

    private static PathService.Page page(int maxHops, int limit, int offset, Rank rank, Sign sign, HopFilter filter) {
        return service.page(new Query("fx-a", List.of(), "fx-b", maxHops, limit, offset, rank, sign, filter), AB);
    }

    private static List<String> middles(List<Path> paths) {
        return paths.stream().map(p -> p.nodes().subList(1, p.nodes().size() - 1).stream().map(NodeRef::id)
                .reduce((x, y) -> x + ">" + y).orElse("")).toList();
    }

    @Test
    void theBestSupportedChainRanksFirstAndTheHubBelowItThoughItsHopsAreAsStrong() {
        List<Path> paths = page(2, 20, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths();
        List<String> order = middles(paths);
        assertEquals("fx-r1", order.get(0), order.toString());
        assertTrue(order.indexOf("fx-hub") > order.indexOf("fx-r1"), order.toString());
        Path r1 = paths.get(0);
        Path hub = paths.get(order.indexOf("fx-hub"));
        assertEquals(r1.strengths(), hub.strengths(), "the hub's hops are as strong as R1's");
        assertEquals(List.of(402L), hub.partners());
        assertEquals(r1.score() * PathScore.hub(402), hub.score(), 1e-3);
    }

    @Test
    void aPathIsAsStrongAsItsWeakestHopAndSaysWhichAndWhy() {
        List<Path> paths = page(2, 20, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths();
        Path w = paths.get(middles(paths).indexOf("fx-w"));
        assertEquals(1, w.weakest().hop());
        assertEquals("1 independent source, at best a web article, newest 2024", w.weakest().reason());
        assertEquals(w.strengths().get(1), w.weakest().strength());
        assertTrue(w.score() < paths.get(0).score());
    }

    @Test
    void signsComposeAlongThePathAndTheSignFilterKeepsOnlyThoseThatLowerTheTarget() {
        List<Path> paths = page(2, 20, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths();
        List<String> order = middles(paths);
        assertEquals("up", paths.get(order.indexOf("fx-n")).sign(), "inhibits then decreases raises the target");
        assertEquals("down", paths.get(order.indexOf("fx-d")).sign());
        assertEquals("unknown", paths.get(order.indexOf("fx-u")).sign(), "a neutral hop leaves the sign open");
        List<Path> down = page(2, 20, 0, Rank.EVIDENCE, Sign.DOWN, HopFilter.NONE).paths();
        assertTrue(down.stream().allMatch(p -> p.sign().equals("down")), middles(down).toString());
        assertEquals(List.of("fx-c", "fx-d"), middles(down).stream().sorted().toList());
    }

    @Test
    void oppositeEffectsOnOnePairAreContestedButANeutralOneBesideASignedOneIsNot() {
        List<Path> paths = page(2, 20, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths();
        List<String> order = middles(paths);
        for (int i = 0; i < paths.size(); i++) {
            List<Integer> expected = order.get(i).equals("fx-c") ? List.of(0) : List.of();
            assertEquals(expected, paths.get(i).contested(), order.get(i) + " " + paths.get(i).edges().get(0).type());
        }
        assertEquals(2, order.stream().filter("fx-c"::equals).count(), "both of C's first hops make a path");
        assertEquals(2, order.stream().filter("fx-r1"::equals).count(), "R1 is reached by ACTIVATES and by BINDS");
    }

    @Test
    void pagesSayHowManyMoreThereAre() {
        var all = page(2, 100, 0, Rank.EVIDENCE, null, HopFilter.NONE);
        assertEquals(9, all.total(), middles(all.paths()).toString());
        var first = page(2, 3, 0, Rank.EVIDENCE, null, HopFilter.NONE);
        var second = page(2, 3, 3, Rank.EVIDENCE, null, HopFilter.NONE);
        assertEquals(9, first.total());
        assertEquals(middles(all.paths()).subList(0, 3), middles(first.paths()));
        assertEquals(middles(all.paths()).subList(3, 6), middles(second.paths()));
        assertTrue(page(2, 3, 20, Rank.EVIDENCE, null, HopFilter.NONE).paths().isEmpty());
    }

    @Test
    void rankingByHopsPutsTheDirectPathFirstOnceThereIsOne() {
        graph.write(tx -> tx.run("""
                MATCH (a:Entity {id: 'fx-a'}), (b:Entity {id: 'fx-b'})
                CREATE (a)-[:CAUSES {id: 'fx-a|CAUSES|fx-b', polarity: 'positive', sourceCount: 1,
                                     bestSourceKind: 'web article', newestYear: 2024}]->(b)
                """).consume());
        try {
            assertEquals(1, page(2, 1, 0, Rank.HOPS, null, HopFilter.NONE).paths().get(0).hops());
            assertEquals("fx-r1", middles(page(2, 1, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths()).get(0),
                    "by evidence the weak direct claim does not win");
        } finally {
            graph.write(tx -> tx.run("MATCH ()-[r:CAUSES {id: 'fx-a|CAUSES|fx-b'}]->() DELETE r").consume());
        }
    }

    @Test
    void filtersOnSourcesKindsSpeciesRelationsAndExcludedEntities() {
        var peerReviewed = new HopFilter(1, List.of(), List.of(), List.of(), List.of("peer-reviewed article"), null,
                null, null);
        assertEquals(List.of("fx-r1"), middles(page(2, 20, 0, Rank.EVIDENCE, null, peerReviewed).paths()));
        var rats = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, null, "rat");
        assertTrue(page(2, 20, 0, Rank.EVIDENCE, null, rats).paths().isEmpty());
        var mice = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, null, "mouse");
        assertEquals(List.of("fx-r1"), middles(page(2, 20, 0, Rank.EVIDENCE, null, mice).paths()));
        var humans = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, null, "human");
        assertEquals(List.of("fx-r1"), middles(page(2, 20, 0, Rank.EVIDENCE, null, humans).paths()),
                "a claim made of several species counts for each of them");
        var twoSources = new HopFilter(2, List.of(), List.of(), List.of(), List.of(), null, null, null);
        List<String> strong = middles(page(2, 20, 0, Rank.EVIDENCE, null, twoSources).paths());
        assertFalse(strong.contains("fx-w") || strong.contains("fx-c"), strong.toString());
        var noHub = new HopFilter(1, List.of(), List.of(), List.of("fx-hub"), List.of(), null, null, null);
        assertFalse(middles(page(2, 20, 0, Rank.EVIDENCE, null, noHub).paths()).contains("fx-hub"));
        var activates = new HopFilter(1, List.of("ACTIVATES", "INCREASES"), List.of(), List.of(), List.of(), null,
                null, null);
        assertEquals(List.of("fx-c", "fx-hub", "fx-r1", "fx-w"),
                middles(page(2, 20, 0, Rank.EVIDENCE, null, activates).paths()).stream().sorted().toList());
    }

    @Test
    void aYearFilterKeepsOnlyHopsWithClaimsOfThoseYearsAndCountsSourcesAmongThem() {
        assertEquals(List.of("fx-c", "fx-d", "fx-hub", "fx-n", "fx-r1", "fx-u", "fx-w"),
                middles(page(2, 20, 0, Rank.EVIDENCE, null, HopFilter.NONE).paths()).stream().distinct().sorted().toList(),
                "without a filter on the evidence, hops without claims count by their kept figures");
        var upTo2024 = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, 2024, null);
        assertEquals(List.of("fx-r1", "fx-w"),
                middles(page(2, 20, 0, Rank.EVIDENCE, null, upTo2024).paths()).stream().distinct().sorted().toList());
        var in2024 = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), 2024, 2024, null);
        assertEquals(List.of("fx-r1", "fx-w"),
                middles(page(2, 20, 0, Rank.EVIDENCE, null, in2024).paths()).stream().distinct().sorted().toList());
        var from2025 = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), 2025, null, null);
        assertTrue(page(2, 20, 0, Rank.EVIDENCE, null, from2025).paths().isEmpty());
        var twoSources = new HopFilter(2, List.of(), List.of(), List.of(), List.of(), null, null, null);
        assertEquals(List.of("fx-d", "fx-hub", "fx-n", "fx-r1", "fx-u"),
                middles(page(2, 20, 0, Rank.EVIDENCE, null, twoSources).paths()).stream().distinct().sorted().toList());
        var twoSourcesUpTo2024 = new HopFilter(2, List.of(), List.of(), List.of(), List.of(), null, 2024, null);
        assertTrue(page(2, 20, 0, Rank.EVIDENCE, null, twoSourcesUpTo2024).paths().isEmpty(),
                "each hop has one paper among its claims, whatever its kept source count");
    }

    @Test
    void aSearchThatLeavesAHubsPartnersOutSaysItIsPartial() {
        assertFalse(page(2, 10, 0, Rank.EVIDENCE, null, HopFilter.NONE).partial());
        var deeper = page(4, 10, 0, Rank.EVIDENCE, null, HopFilter.NONE);
        assertTrue(deeper.partial(), "the hub's 400 partners are more than the search follows from one entity");
        assertEquals("fx-r1", middles(deeper.paths()).get(0));
    }

    /** A budget that allows {@code reads} level reads of the search and is spent from then on. */
    private static Budget allowing(int reads) {
        int[] asked = {0};
        return () -> asked[0]++ < reads ? Duration.ofMinutes(1) : Duration.ZERO;
    }

    private static PathService.Page withBudget(int reads, int maxHops) {
        var limited = new PathService(graph, new PathScore(2026), () -> allowing(reads));
        return limited.page(new Query("fx-a", List.of(), "fx-b", maxHops, 20, 0, Rank.EVIDENCE, null,
                HopFilter.NONE), AB);
    }

    @Test
    void aSearchWhoseTimeIsSpentAnswersTheBestFoundSoFarFlaggedPartial() {
        var full = withBudget(Integer.MAX_VALUE, 3);
        assertFalse(full.outOfTime());
        assertFalse(full.paths().isEmpty());
        // Up to 3 hops the search reads one level backward from B, then two forward from A. With time for the first
        // two reads only, the halves of one hop each meet in the middle: the 2-hop paths are the answer, and it says
        // why.
        var cut = withBudget(2, 3);
        assertTrue(cut.outOfTime());
        assertTrue(cut.partial());
        assertEquals(middles(full.paths()), middles(cut.paths()));
        var none = withBudget(0, 3);
        assertTrue(none.outOfTime() && none.partial());
        assertEquals(0, none.total());
    }

    @Test
    void aQueryTheDatabaseStopsWhenItsTimeRunsOutIsRecognisedAsSuch() {
        var e = assertThrows(Neo4jException.class, () -> graph.read(
                "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n", Map.of(), r -> r,
                Duration.ofMillis(1)));
        assertTrue(Graph.timedOut(e), e.code());
        assertFalse(Graph.timedOut(assertThrows(Neo4jException.class,
                () -> graph.read("RETURN 1 / 0 AS x", Map.of(), r -> r, Duration.ofSeconds(30)))));
    }

    @Test
    void aWeakEffectOfAHubThatCompletesAPathIsFollowedThoughTheHubsBestSupportedAreNotIt() {
        // S activates a hub with 100 partners, each backed by 2 sources; the one that leads on to T has 1 source,
        // so it is not among the hub's best supported. The search still takes it: it is where the other half went.
        graph.write(tx -> tx.run("""
                CREATE (s:Entity {id: 'fx-s', name: 'S'}), (t:Entity {id: 'fx-t', name: 'T'}),
                       (h:Entity {id: 'fx-bighub', name: 'BIGHUB'}), (w:Entity {id: 'fx-weak', name: 'WEAK'})
                CREATE (s)-[:ACTIVATES {id: 'fx-s|ACTIVATES|fx-bighub', polarity: 'positive', sourceCount: 2}]->(h)
                CREATE (h)-[:ACTIVATES {id: 'fx-bighub|ACTIVATES|fx-weak', polarity: 'positive', sourceCount: 1}]->(w)
                CREATE (w)-[:INCREASES {id: 'fx-weak|INCREASES|fx-t', polarity: 'positive', sourceCount: 1}]->(t)
                WITH h
                UNWIND range(1, 100) AS i
                CREATE (h)-[:ACTIVATES {id: 'fx-bighub|ACTIVATES|' + i, polarity: 'positive', sourceCount: 2}]->
                       (:Entity {id: 'fx-strong-' + i, name: 'STRONG' + i})
                """).consume());
        var st = List.of(new NodeRef("fx-s", "S", null), new NodeRef("fx-t", "T", null));
        var page = service.page(new Query("fx-s", List.of(), "fx-t", 3, 10, 0, Rank.EVIDENCE, null, HopFilter.NONE),
                st);
        assertEquals(List.of("fx-bighub>fx-weak"), middles(page.paths()));
        assertTrue(page.partial(), "the hub's other partners beyond the best supported were left out");
    }

    @Test
    void aHubsDetailListsItsEffectsWithTheMostEvidenceAndCountsThemAll() {
        var hub = new org.mechgraph.entities.EntityService(graph).detail("fx-hub").orElseThrow();
        long out = graph.readOne("MATCH (:Entity {id: 'fx-hub'})-->(o:Entity) RETURN count(o) AS n", Map.of(),
                r -> r.get("n").asLong());
        assertTrue(out > org.mechgraph.entities.EntityService.EFFECTS_PER_DIRECTION, "the fixture's hub is a hub");
        assertEquals(out, hub.effectsOut());
        var listed = hub.effects().stream().filter(e -> e.direction().equals("out")).toList();
        assertEquals(org.mechgraph.entities.EntityService.EFFECTS_PER_DIRECTION, listed.size());
        assertEquals("fx-b", listed.get(0).otherId(), "its effect with the most evidence comes first");
        assertEquals(1, hub.effectsIn());
    }
}
