package org.mechgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.imports.Formats;
import org.mechgraph.imports.ImportSource;
import org.mechgraph.imports.ImportSummary;
import org.mechgraph.imports.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the schema, the curated corpus and the public ketamine records that ship in the jar (Hetionet's ketamine
 * nodes and edges, CONIB's ketamine statements), the records through the same import pipeline as any file. Every
 * write is a MERGE or finds what is already there, so loading twice changes nothing; the corpus and the records go
 * in one transaction, so a failed load leaves the graph as it was.
 */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

    static final String SCHEMA = "cypher/schema.cypher";
    static final List<String> SEED = List.of(
            "cypher/seed/10_papers.cypher",
            "cypher/seed/20_entities.cypher",
            "cypher/seed/30_claims.cypher",
            "cypher/seed/40_identifiers.cypher");

    /** The shipped excerpts, in order (nodes before the edges that name them), with their format. */
    static final List<Map.Entry<String, String>> RECORDS = List.of(
            Map.entry("excerpts/hetionet/ketamine-nodes.tsv", "hetionet"),
            Map.entry("excerpts/hetionet/ketamine-edges.tsv", "hetionet"),
            Map.entry("excerpts/conib/ketamine.tsv", "bel"));

    /**
     * What a load did: statements run, claims the shipped records gave, and the time it took, in all and by step (the
     * schema, the curated seed, the shipped records, the evidence figures and the commit).
     */
    public record Report(int statements, long recordClaims, long millis, long schemaMillis, long seedMillis,
                         long recordsMillis, long summaryAndCommitMillis) {
    }

    /**
     * The load is one transaction that takes seconds on an idle machine; the database's default limit for a
     * transaction (two minutes) was reached on a machine loaded twenty-fold, so the load gets more room.
     */
    static final Duration LOAD_TIMEOUT = Duration.ofMinutes(10);

    private final Graph graph;

    public CorpusLoader(Graph graph) {
        this.graph = graph;
    }

    // Evidence written before each piece had a key and said what it is (quote, report or record): a data folder
    // from an earlier version, whose reports were stored twice and whose records were read from ../shared. Loading
    // replaces it; evidence imported since has a key and is kept.
    private static final String OLD_EVIDENCE = "MATCH ()-[k:CLAIMS]->() WHERE k.key IS NULL";

    /**
     * Raise when the load writes the same files differently (a new property, another merge rule), so that data
     * folders loaded before load again.
     */
    static final int LOAD_VERSION = 1;

    /**
     * The corpus this jar ships, as a digest of the load's version and every file it reads. The load leaves it in the
     * graph, on the one {@code (:Corpus)} node, in the transaction that writes the corpus, so a start finds in one
     * read whether the corpus there is this one; a data folder from an earlier version has no marker, or another, and
     * loads again.
     */
    public static final String FINGERPRINT = fingerprint();

    /** True on the first start of a new database, and when the corpus there is not the one this jar ships. */
    public boolean needsLoad() {
        return graph.read("MATCH (c:Corpus) RETURN c.fingerprint AS fingerprint", Map.of(),
                r -> r.get("fingerprint").asString(null)).stream().noneMatch(FINGERPRINT::equals);
    }

    /** Creates the constraints and indexes that are missing (all of them on a new database) and waits for them. */
    public int ensureSchema() {
        List<String> schema = CypherScript.statements(resource(SCHEMA));
        schema.forEach(graph::run);
        graph.run("CALL db.awaitIndexes(300)");
        return schema.size();
    }

    public Report load() {
        long start = System.nanoTime();
        int schema = ensureSchema();
        long schemaDone = System.nanoTime();
        List<String> seed = SEED.stream().flatMap(f -> CypherScript.statements(resource(f)).stream()).toList();
        long[] marks = new long[2];
        long claims = graph.write(tx -> {
            tx.run(OLD_EVIDENCE + " DELETE k").consume();
            seed.forEach(statement -> tx.run(statement).consume());
            marks[0] = System.nanoTime();
            long n = 0;
            for (var record : RECORDS) {
                ImportSummary summary = Importer.runWithin(tx, ImportSource.resource(record.getKey()),
                        record.getValue(), Formats.named(record.getValue()).orElseThrow());
                n += summary.claimsWritten() + summary.claimsAlreadyPresent();
            }
            marks[1] = System.nanoTime();
            EvidenceSummary.refreshAll(tx);
            tx.run("MERGE (c:Corpus) SET c.fingerprint = $fingerprint", Map.of("fingerprint", FINGERPRINT)).consume();
            return n;
        }, LOAD_TIMEOUT);
        long end = System.nanoTime();
        Report report = new Report(schema + seed.size(), claims, millis(start, end), millis(start, schemaDone),
                millis(schemaDone, marks[0]), millis(marks[0], marks[1]), millis(marks[1], end));
        LOG.info("corpus loaded: {}", report);
        return report;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("load " + LOAD_VERSION).getBytes(StandardCharsets.UTF_8));
            List<String> files = new ArrayList<>(List.of(SCHEMA));
            files.addAll(SEED);
            RECORDS.forEach(r -> files.add(r.getKey()));
            for (String file : files) {
                sha.update(("\n" + file + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text file shipped on the classpath (the cypher/ folder is packaged into the jar). */
    public static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = CorpusLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
