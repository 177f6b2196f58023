package org.mechgraph.evidence;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * How an effect and its evidence look at the boundary, and the Cypher that gathers them. A query that has an effect
 * relationship bound to {@code r} embeds {@link #EDGE_OF_R} to return it with every citation and every effect of the
 * opposite sign between the same two entities. Its own variables start with {@code ev} so they never clash with
 * the embedding query's.
 */
public final class Evidence {

    private Evidence() {
    }

    /** A paper's claim of one effect: who says it, and in which words. */
    public record Citation(String paperId, String title, List<String> authors, Integer year, String venue,
                           String kind, String doi, String pmid, String url, String quote, String note,
                           String quotedIn, String species) {
    }

    /** Another effect between the same two entities whose sign is the opposite: the sources disagree. */
    public record Disagreement(String id, String type, String polarity, long citations) {
    }

    /** One effect: its sign and every citation that backs it. */
    public record Edge(String id, String type, String polarity, String from, String to, List<Citation> citations,
                       List<Disagreement> disagreements) {
    }

    /** A map expression over a bound relationship {@code r}; a constant, never built from input. */
    public static final String EDGE_OF_R = """
            {
              id: r.id, type: type(r), polarity: r.polarity, from: startNode(r).id, to: endNode(r).id,
              citations: COLLECT {
                MATCH (evPaper:Paper)-[evClaim:CLAIMS {effect: r.id}]->()
                RETURN evPaper {.id, .title, .authors, .year, .venue, .kind, .doi, .pmid, .url,
                                quote: evClaim.quote, note: evClaim.note, quotedIn: evClaim.quotedIn,
                                species: evClaim.species} AS citation
                ORDER BY evPaper.kind = 'web article', evPaper.year DESC, evPaper.id, evClaim.quote
              },
              disagreements: COLLECT {
                WITH r, startNode(r) AS evFrom, endNode(r) AS evTo
                MATCH (evFrom)-[evOther]->(evTo)
                WHERE evOther <> r
                  AND evOther.polarity IN ['positive', 'negative'] AND r.polarity IN ['positive', 'negative']
                  AND evOther.polarity <> r.polarity
                RETURN {id: evOther.id, type: type(evOther), polarity: evOther.polarity,
                        citations: COUNT { MATCH (:Paper)-[evK:CLAIMS {effect: evOther.id}]->() }} AS disagreement
              }
            }""";

    public static Edge edge(Value v) {
        return new Edge(v.get("id").asString(), v.get("type").asString(), v.get("polarity").asString(null),
                v.get("from").asString(), v.get("to").asString(),
                v.get("citations").asList(Evidence::citation),
                v.get("disagreements").asList(d -> new Disagreement(d.get("id").asString(), d.get("type").asString(),
                        d.get("polarity").asString(), d.get("citations").asLong())));
    }

    static Citation citation(Value c) {
        return new Citation(c.get("id").asString(), c.get("title").asString(null),
                c.get("authors").asList(Value::asString, List.of()),
                c.get("year").isNull() ? null : c.get("year").asInt(),
                c.get("venue").asString(null), c.get("kind").asString(null), c.get("doi").asString(null),
                c.get("pmid").asString(null), c.get("url").asString(null), c.get("quote").asString(null),
                c.get("note").asString(null), c.get("quotedIn").asString(null), c.get("species").asString(null));
    }
}
