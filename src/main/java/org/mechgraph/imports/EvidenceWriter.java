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
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
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
    private static final Map<EffectType, String> SET_FIGURES = new EnumMap<>(EffectType.class);

    static {
        for (EffectType type : EffectType.values()) {
            CREATE_EFFECTS.put(type, """
                    UNWIND $effects AS f
                    OPTIONAL MATCH ()-[old:%1$s {id: f.id}]->() USING INDEX old:%1$s(id)
                    WITH f, old WHERE old IS NULL
                    MATCH (s:Entity {id: f.s}) USING INDEX s:Entity(id)
                    MATCH (o:Entity {id: f.o}) USING INDEX o:Entity(id)
                    CREATE (s)-[:%1$s {id: f.id, polarity: f.polarity}]->(o)
                    RETURN collect(f.id) AS created
                    """.formatted(type.name()));
            SET_FIGURES.put(type, """
                    UNWIND $figures AS f
                    MATCH ()-[r:%1$s {id: f.id}]->() USING INDEX r:%1$s(id)
                    SET r.evidenceCount = f.evidenceCount, r.sourceCount = f.sourceCount,
                        r.evidenceKinds = f.evidenceKinds, r.bestSourceKind = f.bestSourceKind,
                        r.newestYear = f.newestYear
                    """.formatted(type.name()));
        }
    }

    private static final String CREATE_CLAIMS = """
            UNWIND $claims AS c
            OPTIONAL MATCH ()-[old:CLAIMS {key: c.key}]->() USING INDEX old:CLAIMS(key)
            WITH c, old WHERE old IS NULL
            MATCH (p:Paper {id: c.source}) USING INDEX p:Paper(id)
            MATCH (a:Entity {id: c.subject}) USING INDEX a:Entity(id)
            CREATE (p)-[k:CLAIMS]->(a)
            SET k = c.props
            RETURN count(*) AS created, collect(DISTINCT c.props.effect) AS effects
            """;

    /** Figures are written and refreshed this many effects at a time. */
    private static final int FIGURES_BATCH = 20_000;

    /** A claim waiting to be written, with what its effect's figures need. */
    private record Pending(String effect, String evidence, String source, String work, String key) {
    }

    private final TransactionContext tx;
    private final ImportCounts counts;
    private final Set<String> effectsSeen = new HashSet<>();
    private final Set<String> keysSeen = new HashSet<>();
    private final Map<EffectType, List<Map<String, Object>>> effects = new EnumMap<>(EffectType.class);
    private final List<Map<String, Object>> claims = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    /** Effects this file created, each with its figures so far; effects that were there and got new evidence. */
    private final Map<String, EvidenceFigures> created = new HashMap<>();
    private final Map<String, EffectType> createdTypes = new HashMap<>();
    private final Set<String> refresh = new HashSet<>();
    private final PaperWriter papers;
    private final MessageDigest sha1;

    EvidenceWriter(TransactionContext tx, ImportCounts counts, PaperWriter papers) {
        this.tx = tx;
        this.counts = counts;
        this.papers = papers;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        pending.add(new Pending(effect, c.evidence(), c.source().id(), c.reports() == null ? null : c.reports().id(),
                key));
    }

    /** Writes the effects and evidence noted since the last flush (papers and entities must be written already). */
    void flush() {
        for (var entry : effects.entrySet()) {
            List<String> ids = Graph.rows(tx, CREATE_EFFECTS.get(entry.getKey()),
                    Map.of("effects", entry.getValue())).get(0).get("created").asList(v -> v.asString());
            ids.forEach(id -> {
                created.put(id, new EvidenceFigures());
                createdTypes.put(id, entry.getKey());
            });
            counts.effectsCreated(entry.getKey().name(), ids.size());
            counts.effectsPresent += entry.getValue().size() - ids.size();
        }
        effects.clear();
        if (!claims.isEmpty()) {
            var r = Graph.rows(tx, CREATE_CLAIMS, Map.of("claims", claims)).get(0);
            long written = r.get("created").asLong();
            counts.claimsWritten += written;
            counts.claimsPresent += claims.size() - written;
            r.get("effects").asList(v -> v.asString()).stream().filter(e -> !created.containsKey(e))
                    .forEach(refresh::add);
            for (Pending p : pending) {
                EvidenceFigures figures = created.get(p.effect());
                if (figures != null) {
                    var source = papers.facts(p.source());
                    var work = p.work() == null ? null : papers.facts(p.work());
                    figures.add(p.evidence(), p.source(), source.kind(), source.year(), p.work(),
                            work == null ? null : work.year(), p.key());
                }
            }
            claims.clear();
            pending.clear();
        }
    }

    /** Writes the figures of the effects this file created and refreshes those of effects that gained evidence. */
    void finish(ImportProgress progress, String file) {
        progress.phase(file, "summing up evidence", created.size() + refresh.size());
        Map<EffectType, List<Map<String, Object>>> byType = new EnumMap<>(EffectType.class);
        created.forEach((id, figures) -> byType.computeIfAbsent(createdTypes.get(id), t -> new ArrayList<>())
                .add(figures.toMap(id)));
        long done = 0;
        for (var entry : byType.entrySet()) {
            List<Map<String, Object>> all = entry.getValue();
            for (int i = 0; i < all.size(); i += FIGURES_BATCH) {
                List<Map<String, Object>> batch = all.subList(i, Math.min(all.size(), i + FIGURES_BATCH));
                tx.run(SET_FIGURES.get(entry.getKey()), Map.of("figures", batch)).consume();
                progress.rows(done += batch.size());
            }
        }
        List<String> others = List.copyOf(refresh);
        for (int i = 0; i < others.size(); i += FIGURES_BATCH) {
            List<String> batch = others.subList(i, Math.min(others.size(), i + FIGURES_BATCH));
            EvidenceSummary.refresh(tx, batch);
            progress.rows(done += batch.size());
        }
    }

    private String key(String text) {
        return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
