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

    /**
     * One piece of evidence for an effect, and the source that holds it. {@code evidence} says what it is: a
     * {@code quote} (a verbatim sentence of that source), a {@code report} (a sentence of that source describing
     * the work {@code reports}), or a {@code record} (a database row: no sentence, {@code record} describes it and
     * {@code references} are the works it cites). {@code kind} is the source's kind, null when not known.
     */
    public record Citation(String paperId, String title, List<String> authors, Integer year, String venue,
                           String kind, String doi, String pmid, String url, String evidence, String quote,
                           String record, Work reports, List<Work> references, String note, String species,
                           String source, String license) {
    }

    /** A work named by a piece of evidence: the reported work, or a reference of a record. */
    public record Work(String id, String title, List<String> authors, Integer year, String venue, String kind,
                       String doi, String pmid, String url) {
    }

    /**
     * What backs an effect, counted once per piece: pieces of evidence, independent sources, the kinds of
     * evidence, the best kind of source and the newest year (kept on the effect when its evidence is written).
     */
    public record Support(long evidence, long sources, List<String> kinds, String bestSourceKind,
                          Integer newestYear) {
    }

    /** Another effect between the same two entities whose sign is the opposite: the sources disagree. */
    public record Disagreement(String id, String type, String polarity, long citations) {
    }

    /** One effect: its sign and every citation that backs it. */
    public record Edge(String id, String type, String polarity, String from, String to, Support support,
                       List<Citation> citations, List<Disagreement> disagreements) {
    }

    /** A map expression over a bound relationship {@code r}; a constant, never built from input. */
    public static final String EDGE_OF_R = """
            {
              id: r.id, type: type(r), polarity: r.polarity, from: startNode(r).id, to: endNode(r).id,
              support: {evidence: r.evidenceCount, sources: r.sourceCount, kinds: r.evidenceKinds,
                        bestSourceKind: r.bestSourceKind, newestYear: r.newestYear},
              citations: COLLECT {
                MATCH (evPaper:Paper)-[evClaim:CLAIMS {effect: r.id}]->()
                OPTIONAL MATCH (evWork:Paper {id: evClaim.reports})
                RETURN evPaper {.id, .title, .authors, .year, .venue, .kind, .doi, .pmid, .url,
                                evidence: evClaim.evidence, quote: evClaim.quote, record: evClaim.record,
                                reports: evWork {.id, .title, .authors, .year, .venue, .kind, .doi, .pmid, .url},
                                references: COLLECT {
                                  UNWIND coalesce(evClaim.references, []) AS evRef
                                  MATCH (evCited:Paper {id: evRef})
                                  RETURN evCited {.id, .title, .authors, .year, .venue, .kind, .doi, .pmid, .url}
                                },
                                note: evClaim.note, species: evClaim.species, source: evClaim.source,
                                license: evClaim.license} AS citation
                ORDER BY evClaim.evidence = 'record', evPaper.kind = 'web article', evPaper.year DESC,
                         evPaper.id, evClaim.quote
              },
              disagreements: COLLECT {
                WITH r, startNode(r) AS evFrom, endNode(r) AS evTo
                MATCH (evFrom)-[evOther]->(evTo)
                WHERE evOther <> r
                  AND evOther.polarity IN ['positive', 'negative'] AND r.polarity IN ['positive', 'negative']
                  AND evOther.polarity <> r.polarity
                RETURN {id: evOther.id, type: type(evOther), polarity: evOther.polarity,
                        citations: coalesce(evOther.evidenceCount, 0)} AS disagreement
              }
            }""";

    public static Edge edge(Value v) {
        return new Edge(v.get("id").asString(), v.get("type").asString(), v.get("polarity").asString(null),
                v.get("from").asString(), v.get("to").asString(), support(v.get("support")),
                v.get("citations").asList(Evidence::citation),
                v.get("disagreements").asList(d -> new Disagreement(d.get("id").asString(), d.get("type").asString(),
                        d.get("polarity").asString(), d.get("citations").asLong())));
    }

    static Support support(Value s) {
        return new Support(s.get("evidence").asLong(0), s.get("sources").asLong(0),
                s.get("kinds").asList(Value::asString, List.of()), s.get("bestSourceKind").asString(null),
                integer(s.get("newestYear")));
    }

    static Citation citation(Value c) {
        return new Citation(c.get("id").asString(), c.get("title").asString(null),
                c.get("authors").asList(Value::asString, List.of()), integer(c.get("year")),
                c.get("venue").asString(null), c.get("kind").asString(null), c.get("doi").asString(null),
                c.get("pmid").asString(null), c.get("url").asString(null), c.get("evidence").asString("quote"),
                c.get("quote").asString(null), c.get("record").asString(null),
                c.get("reports").isNull() ? null : work(c.get("reports")),
                c.get("references").asList(Evidence::work, List.of()), c.get("note").asString(null),
                c.get("species").asString(null), c.get("source").asString(null), c.get("license").asString(null));
    }

    static Work work(Value w) {
        return new Work(w.get("id").asString(), w.get("title").asString(null),
                w.get("authors").asList(Value::asString, List.of()), integer(w.get("year")),
                w.get("venue").asString(null), w.get("kind").asString(null), w.get("doi").asString(null),
                w.get("pmid").asString(null), w.get("url").asString(null));
    }

    private static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }
}
