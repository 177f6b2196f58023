package org.mechgraph.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.model.EffectType;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes effects and their evidence. An effect is one relationship per (subject, type, object) with id
 * {@code s|TYPE|o}; a piece of evidence is one CLAIMS relationship, identified by its key. Both are looked up by
 * their unique index, in statements that only read, and created only when missing, so importing the same rows again
 * finds everything there, and a hub entity's thousands of effects are never scanned.
 *
 * <p>Evidence is written batch by batch. The effects the file brings are created after it, each in one go with
 * the evidence figures its pieces add up to, instead of being created early and updated again once all their
 * evidence is known; a piece of evidence names its effect by id, so it needs no effect in the graph yet. The figures
 * of effects that were there before and gained evidence are refreshed in the import's last transaction.
 */
final class EvidenceWriter {

    /** One text per effect type: the type comes from this table, never from a file. */
    private static final Map<EffectType, String> EXISTING_EFFECTS = new EnumMap<>(EffectType.class);
    private static final Map<EffectType, String> CREATE_EFFECTS = new EnumMap<>(EffectType.class);

    static {
        for (EffectType type : EffectType.values()) {
            EXISTING_EFFECTS.put(type, """
                    UNWIND $ids AS id
                    MATCH ()-[r:%1$s {id: id}]->() USING INDEX r:%1$s(id)
                    RETURN id
                    """.formatted(type.name()));
            CREATE_EFFECTS.put(type, """
                    UNWIND $effects AS f
                    MATCH (s) WHERE elementId(s) = f.s
                    MATCH (o) WHERE elementId(o) = f.o
                    CREATE (s)-[:%1$s {id: f.id, polarity: f.polarity, evidenceCount: f.evidenceCount,
                                       sourceCount: f.sourceCount, evidenceKinds: f.evidenceKinds,
                                       bestSourceKind: f.bestSourceKind, newestYear: f.newestYear,
                                       importRun: $run}]->(o)
                    """.formatted(type.name()));
        }
    }

    private static final String EXISTING_CLAIMS = """
            UNWIND $keys AS key
            MATCH ()-[k:CLAIMS {key: key}]->() USING INDEX k:CLAIMS(key)
            RETURN key
            """;

    // The properties are named in the CREATE rather than set from a map after it: setting from a map first looks
    // for properties to remove. A null (a quote on a record, say) sets nothing.
    private static final String CREATE_CLAIMS = """
            UNWIND $claims AS c
            MATCH (p) WHERE elementId(p) = c.source
            MATCH (a) WHERE elementId(a) = c.subject
            CREATE (p)-[:CLAIMS {key: c.key, effect: c.effect, rel: c.rel, object: c.object, evidence: c.evidence,
                                 quote: c.quote, record: c.record, reports: c.reports, references: c.references,
                                 species: c.species, context: c.context, note: c.note, source: c.sourceSet,
                                 license: c.license, importRun: $run}]->(a)
            """;

    /** An effect the file names: new (its figures add up as its evidence is written) or already in the graph. */
    private static final class Effect {
        final EffectType type;
        final String subject;
        final String object;
        EvidenceFigures figures;
        boolean gained;

        Effect(EffectType type, String subject, String object) {
            this.type = type;
            this.subject = subject;
            this.object = object;
        }
    }

    /** A claim waiting to be written (its properties, the subject's element id), and what its effect's figures need. */
    private record Pending(String effect, String evidence, String source, String work, String key,
                           String subject, Map<String, Object> props) {
    }

    private final SimpleQueryRunner tx;
    private final ImportCounts counts;
    private final PaperWriter papers;
    private final String run;
    private final MessageDigest sha1;
    /** Every effect the file names, in the order it first names them. */
    private final Map<String, Effect> effects = new LinkedHashMap<>();
    /** Effects named since the last flush, not yet looked up in the graph. */
    private final Map<EffectType, List<String>> unchecked = new EnumMap<>(EffectType.class);
    private final Set<String> keysSeen = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();

    /** @param run the import run that the evidence and effects it creates carry ({@link ImportRuns}), or null */
    EvidenceWriter(SimpleQueryRunner tx, ImportCounts counts, PaperWriter papers, String run) {
        this.tx = tx;
        this.counts = counts;
        this.papers = papers;
        this.run = run;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes one claim between two resolved entities for the next {@link #flush}. */
    void add(ImportRow.Claim c, EntityResolver.Node subject, EntityResolver.Node object) {
        EffectType type = EffectType.valueOf(c.relation());
        String effect = subject.id + "|" + type.name() + "|" + object.id;
        if (!effects.containsKey(effect)) {
            effects.put(effect, new Effect(type, subject.element, object.element));
            unchecked.computeIfAbsent(type, t -> new ArrayList<>()).add(effect);
        }
        String text = "record".equals(c.evidence()) ? c.record() : c.quote();
        String content = effect + "|" + c.evidence() + "|" + c.source().id() + "|" + text;
        // The curated corpus keys its evidence by this text itself (Cypher has no hash); a file that gives that key
        // (mechgraph's KGX export of curated evidence) keeps it, so it meets the evidence it came from.
        String key = content.equals(c.key()) ? content : key(content);
        if (!keysSeen.add(key)) {
            counts.claimsPresent++;
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("key", key);
        props.put("effect", effect);
        props.put("rel", type.name());
        props.put("object", object.id);
        props.put("evidence", c.evidence());
        props.put("quote", "record".equals(c.evidence()) ? null : c.quote());
        props.put("record", "record".equals(c.evidence()) ? c.record() : null);
        props.put("reports", c.reports() == null ? null : c.reports().id());
        props.put("references", c.references() == null || c.references().isEmpty() ? null
                : c.references().stream().map(PaperRef::id).distinct().toList());
        props.put("species", c.species());
        props.put("context", c.context());
        props.put("note", c.note());
        props.put("sourceSet", c.sourceSet());
        props.put("license", c.license());
        props.values().removeIf(Objects::isNull);
        pending.add(new Pending(effect, c.evidence(), c.source().id(), c.reports() == null ? null : c.reports().id(),
                key, subject.element, props));
    }

    /** Writes the evidence noted since the last flush (papers and entities must be written already). */
    void flush() {
        for (var entry : unchecked.entrySet()) {
            Set<String> found = new HashSet<>();
            Graph.rows(tx, EXISTING_EFFECTS.get(entry.getKey()), Map.of("ids", entry.getValue()))
                    .forEach(r -> found.add(r.get("id").asString()));
            for (String id : entry.getValue()) {
                if (!found.contains(id)) {
                    effects.get(id).figures = new EvidenceFigures();
                }
            }
            counts.effectsPresent += found.size();
        }
        unchecked.clear();
        if (pending.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        List<String> keys = pending.stream().map(Pending::key).toList();
        Graph.rows(tx, EXISTING_CLAIMS, Map.of("keys", keys)).forEach(r -> present.add(r.get("key").asString()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Pending p : pending) {
            if (present.contains(p.key())) {
                continue;
            }
            Map<String, Object> row = p.props();
            row.put("source", papers.facts(p.source()).element());
            row.put("subject", p.subject());
            rows.add(row);
            Effect effect = effects.get(p.effect());
            if (effect.figures == null) {
                effect.gained = true;
            } else {
                var source = papers.facts(p.source());
                var work = p.work() == null ? null : papers.facts(p.work());
                effect.figures.add(p.evidence(), p.source(), source.kind(), source.year(), p.work(),
                        work == null ? null : work.year(), p.key());
            }
        }
        if (!rows.isEmpty()) {
            tx.run(CREATE_CLAIMS, ImportRuns.params(run, "claims", rows)).consume();
        }
        counts.claimsWritten += rows.size();
        counts.claimsPresent += present.size();
        pending.clear();
    }

    /** Creates the effects this file brings, each with its evidence figures, {@code batchRows} per transaction. */
    void createEffects(ImportTransactions transactions, ImportProgress progress, String file, int batchRows) {
        Map<EffectType, List<Map<String, Object>>> created = new EnumMap<>(EffectType.class);
        effects.forEach((id, effect) -> {
            if (effect.figures != null) {
                Map<String, Object> row = effect.figures.toMap(id);
                row.put("polarity", effect.type.polarity().label());
                row.put("s", effect.subject);
                row.put("o", effect.object);
                created.computeIfAbsent(effect.type, t -> new ArrayList<>()).add(row);
            }
        });
        progress.phase(file, "writing effects", created.values().stream().mapToLong(List::size).sum());
        long[] done = {0};
        created.forEach((type, all) -> {
            ImportWriter.inPieces(all, batchRows, batch -> {
                transactions.batch(() -> tx.run(CREATE_EFFECTS.get(type), ImportRuns.params(run, "effects", batch))
                        .consume());
                progress.rows(done[0] += batch.size());
            });
            counts.effectsCreated(type.name(), all.size());
        });
    }

    /** Refreshes the figures of effects that were there before and gained evidence, in the last transaction. */
    void finish() {
        List<String> refresh = new ArrayList<>();
        effects.forEach((id, effect) -> {
            if (effect.figures == null && effect.gained) {
                refresh.add(id);
            }
        });
        ImportWriter.inPieces(refresh, ImportWriter.BATCH, piece -> EvidenceSummary.refresh(tx, piece));
    }

    private String key(String text) {
        return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
