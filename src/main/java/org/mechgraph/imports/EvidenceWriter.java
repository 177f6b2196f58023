package org.mechgraph.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HexFormat;
import org.mechgraph.model.EffectType;
import org.neo4j.driver.TransactionContext;

/**
 * Writes effects and their evidence. An effect is one relationship per (subject, type, object) with id
 * {@code s|TYPE|o}; a piece of evidence is one CLAIMS relationship, identified by its key. Both are looked up by
 * their unique index and created only when missing, so importing the same rows again finds everything there, and a
 * hub entity's thousands of effects are never scanned.
 */
final class EvidenceWriter {

    /** One text per effect type: the type comes from this table, never from a file. */
    private static final Map<EffectType, String> CREATE_EFFECTS = new EnumMap<>(EffectType.class);

    static {
        for (EffectType type : EffectType.values()) {
            CREATE_EFFECTS.put(type, """
                    UNWIND $effects AS f
                    OPTIONAL MATCH ()-[old:%1$s {id: f.id}]->()
                    WITH f, old WHERE old IS NULL
                    MATCH (s:Entity {id: f.s}), (o:Entity {id: f.o})
                    CREATE (s)-[:%1$s {id: f.id, polarity: f.polarity}]->(o)
                    RETURN count(*) AS created
                    """.formatted(type.name()));
        }
    }

    private static final String CREATE_CLAIMS = """
            UNWIND $claims AS c
            OPTIONAL MATCH ()-[old:CLAIMS {key: c.key}]->()
            WITH c, old WHERE old IS NULL
            MATCH (p:Paper {id: c.source}), (a:Entity {id: c.subject})
            CREATE (p)-[k:CLAIMS]->(a)
            SET k = c.props
            RETURN count(*) AS created
            """;

    private final TransactionContext tx;
    private final ImportCounts counts;
    private final Set<String> effectsSeen = new HashSet<>();
    private final Set<String> keysSeen = new HashSet<>();
    private final Map<EffectType, List<Map<String, Object>>> effects = new EnumMap<>(EffectType.class);
    private final List<Map<String, Object>> claims = new ArrayList<>();
    private final MessageDigest sha1;

    EvidenceWriter(TransactionContext tx, ImportCounts counts) {
        this.tx = tx;
        this.counts = counts;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every effect id this file backs, for the evidence figures. */
    Set<String> effectIds() {
        return effectsSeen;
    }

    /** Notes one claim between two resolved entities for the next {@link #flush}. */
    void add(ImportRow.Claim c, String subject, String object) {
        EffectType type = EffectType.valueOf(c.relation());
        String effect = subject + "|" + type.name() + "|" + object;
        if (effectsSeen.add(effect)) {
            effects.computeIfAbsent(type, t -> new ArrayList<>()).add(Map.of("id", effect, "s", subject,
                    "o", object, "polarity", type.polarity().label()));
        }
        String text = "record".equals(c.evidence()) ? c.record() : c.quote();
        String key = key(effect + "|" + c.evidence() + "|" + c.source().id() + "|" + text);
        if (!keysSeen.add(key)) {
            counts.claimsPresent++;
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("key", key);
        props.put("effect", effect);
        props.put("rel", type.name());
        props.put("object", object);
        props.put("evidence", c.evidence());
        props.put("quote", "record".equals(c.evidence()) ? null : c.quote());
        props.put("record", "record".equals(c.evidence()) ? c.record() : null);
        props.put("reports", c.reports() == null ? null : c.reports().id());
        props.put("references", c.references() == null || c.references().isEmpty() ? null
                : c.references().stream().map(PaperRef::id).distinct().toList());
        props.put("species", c.species());
        props.put("context", c.context());
        props.put("note", c.note());
        props.put("source", c.sourceSet());
        props.put("license", c.license());
        props.values().removeIf(Objects::isNull);
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("source", c.source().id());
        row.put("subject", subject);
        row.put("props", props);
        claims.add(row);
    }

    /** Writes the effects and evidence noted since the last flush (papers and entities must be written already). */
    void flush() {
        for (var entry : effects.entrySet()) {
            long created = tx.run(CREATE_EFFECTS.get(entry.getKey()), Map.of("effects", entry.getValue()))
                    .single().get("created").asLong();
            counts.effectsCreated(entry.getKey().name(), created);
            counts.effectsPresent += entry.getValue().size() - created;
        }
        effects.clear();
        if (!claims.isEmpty()) {
            long created = tx.run(CREATE_CLAIMS, Map.of("claims", claims)).single().get("created").asLong();
            counts.claimsWritten += created;
            counts.claimsPresent += claims.size() - created;
            claims.clear();
        }
    }

    private String key(String text) {
        return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
