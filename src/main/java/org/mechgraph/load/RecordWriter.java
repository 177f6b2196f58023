package org.mechgraph.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.load.RecordClaim.Term;
import org.mechgraph.model.EffectType;
import org.neo4j.driver.TransactionContext;

/**
 * Writes record claims inside the caller's transaction. Entities merge on the external id the record names, so
 * a Hetionet gene or DrugBank compound lands on the curated node that carries the same id.
 */
final class RecordWriter {

    // One text per merge key; the key comes from this table, never from the data.
    private static final Map<String, String> MERGE_TERMS = Map.of(
            "ncbiGene", """
                    UNWIND $terms AS t
                    MERGE (e:Entity {ncbiGene: t.value})
                    ON CREATE SET e.id = t.id, e.name = t.name, e.symbol = t.name, e.synonyms = [],
                                  e.names = [toLower(t.name)], e.category = t.category,
                                  e.description = t.description, e:$(t.label)
                    ON MATCH SET e.symbol = t.name
                    RETURN t.value AS value, e.id AS id
                    """,
            "drugbank", """
                    UNWIND $terms AS t
                    MERGE (e:Entity {drugbank: t.value})
                    ON CREATE SET e.id = t.id, e.name = t.name, e.synonyms = [], e.names = [toLower(t.name)],
                                  e.category = t.category, e.description = t.description, e:$(t.label)
                    RETURN t.value AS value, e.id AS id
                    """,
            "id", """
                    UNWIND $terms AS t
                    MERGE (e:Entity {id: t.value})
                    ON CREATE SET e.name = t.name, e.synonyms = [], e.names = [toLower(t.name)],
                                  e.category = t.category, e.description = t.description, e:$(t.label)
                    RETURN t.value AS value, e.id AS id
                    """);

    private static final String MERGE_CLAIMS = """
            UNWIND $claims AS c
            MATCH (a:Entity {id: c.s}), (b:Entity {id: c.o})
            MERGE (a)-[e:$(c.rel) {id: c.s + '|' + c.rel + '|' + c.o}]->(b)
            SET e.polarity = c.polarity, e += c.props
            WITH a, e, c
            UNWIND c.citations AS cit
            MERGE (p:Paper {id: cit.paper.id})
            ON CREATE SET p += cit.paper
            MERGE (p)-[k:CLAIMS {effect: e.id, quote: cit.quote}]->(a)
            SET k.rel = c.rel, k.object = c.o, k.note = cit.note, k.species = cit.species, k.source = cit.source
            RETURN count(*) AS citations
            """;

    private RecordWriter() {
    }

    /** Writes the claims; answers how many citations they carry. */
    static int write(TransactionContext tx, List<RecordClaim> claims) {
        if (claims.isEmpty()) {
            return 0;
        }
        Map<String, String> ids = mergeTerms(tx, claims);
        List<Map<String, Object>> rows = claims.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>(c.toMap(polarity(c.rel())));
            row.put("s", ids.get(key(c.subject())));
            row.put("o", ids.get(key(c.object())));
            return row;
        }).toList();
        return tx.run(MERGE_CLAIMS, Map.of("claims", rows)).single().get("citations").asInt();
    }

    private static Map<String, String> mergeTerms(TransactionContext tx, List<RecordClaim> claims) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (RecordClaim c : claims) {
            for (Term t : List.of(c.subject(), c.object())) {
                byKey.putIfAbsent(key(t), t.toMap());
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (var entry : MERGE_TERMS.entrySet()) {
            List<Map<String, Object>> terms = byKey.values().stream()
                    .filter(t -> entry.getKey().equals(t.get("key"))).toList();
            if (!terms.isEmpty()) {
                tx.run(entry.getValue(), Map.of("terms", terms)).list().forEach(r ->
                        ids.put(entry.getKey() + "=" + r.get("value").asString(), r.get("id").asString()));
            }
        }
        return ids;
    }

    private static String key(Term t) {
        if (!MERGE_TERMS.containsKey(t.key())) {
            throw new IllegalArgumentException("no merge rule for key " + t.key());
        }
        return t.key() + "=" + t.value();
    }

    private static String polarity(String rel) {
        return EffectType.of(rel).orElseThrow(() -> new IllegalArgumentException("unknown effect " + rel))
                .polarity().label();
    }
}
