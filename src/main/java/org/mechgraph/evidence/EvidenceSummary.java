package org.mechgraph.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mechgraph.db.Graph;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;

/**
 * Keeps each effect's evidence figures on the effect itself, written in the same transaction as its evidence, so a
 * query over many hops reads them without a subquery per hop: pieces of evidence, independent sources, the kinds of
 * evidence, the best kind of source and the newest year.
 */
public final class EvidenceSummary {

    /** Kinds of source, best first; a kind not listed (or none) ranks below them all. */
    public static final List<String> SOURCE_KINDS = List.of(
            "peer-reviewed article", "journal article", "review", "preprint", "book", "database", "web article");

    /** Each kind of source as a number, the best highest, for queries that order effects by it ({@code $kindRank}). */
    public static final Map<String, Object> SOURCE_KIND_RANK = IntStream.range(0, SOURCE_KINDS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(SOURCE_KINDS::get, i -> SOURCE_KINDS.size() - i));

    /**
     * A piece of evidence is one CLAIMS relationship. Its origin is what makes it independent: the paper for a
     * quote, the reported work for a report, the row itself for a record.
     */
    private static final String REFRESH = """
            UNWIND $effects AS effectId
            CALL (effectId) {
              MATCH (src:Paper)-[k:CLAIMS {effect: effectId}]->(subject:Entity)
              OPTIONAL MATCH (work:Paper {id: k.reports})
              WITH k, src, work, subject,
                   coalesce(k.evidence, CASE WHEN k.quotedIn IS NULL THEN 'quote' ELSE 'report' END) AS kind
              RETURN count(k) AS pieces,
                     count(DISTINCT CASE kind
                       WHEN 'report' THEN coalesce(k.reports, src.id)
                       WHEN 'record' THEN src.id + '#' + coalesce(k.key, elementId(k))
                       ELSE src.id END) AS sources,
                     collect(DISTINCT kind) AS kinds,
                     collect(DISTINCT CASE kind WHEN 'record' THEN 'database' ELSE src.kind END) AS sourceKinds,
                     max(CASE kind WHEN 'report' THEN coalesce(work.year, src.year)
                                   WHEN 'quote' THEN src.year END) AS newest,
                     head(collect(DISTINCT subject.id)) AS subjectId,
                     head(collect(DISTINCT k.object)) AS objectId
            }
            MATCH (s:Entity {id: subjectId})-[r]->(o:Entity {id: objectId})
            WHERE r.id = effectId
            SET r.evidenceCount = pieces,
                r.sourceCount = sources,
                r.evidenceKinds = COLLECT { UNWIND kinds AS x RETURN x ORDER BY x },
                r.bestSourceKind = coalesce(head([x IN $ranking WHERE x IN sourceKinds]), 'unknown'),
                r.newestYear = newest
            RETURN count(r) AS refreshed
            """;

    private static final String ALL_EFFECTS = """
            MATCH ()-[k:CLAIMS]->() RETURN collect(DISTINCT k.effect) AS effects
            """;

    private EvidenceSummary() {
    }

    /** Recomputes the figures of the given effects; answers how many effects were updated. */
    public static int refresh(SimpleQueryRunner tx, Collection<String> effectIds) {
        if (effectIds.isEmpty()) {
            return 0;
        }
        return Graph.rows(tx, REFRESH, Map.of("effects", List.copyOf(effectIds), "ranking", SOURCE_KINDS))
                .get(0).get("refreshed").asInt();
    }

    /** Recomputes the figures of every effect that has evidence. */
    public static int refreshAll(TransactionContext tx) {
        List<String> all = Graph.rows(tx, ALL_EFFECTS, Map.of()).get(0).get("effects").asList(v -> v.asString());
        return refresh(tx, all);
    }
}
