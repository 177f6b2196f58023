package org.mechgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the schema, the curated corpus and the public ketamine records. Every write is a MERGE, so loading twice
 * changes nothing; the corpus and the records go in one transaction, so a failed load leaves the graph as it was.
 */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);

    static final String SCHEMA = "cypher/schema.cypher";
    static final List<String> SEED = List.of(
            "cypher/seed/10_papers.cypher",
            "cypher/seed/20_entities.cypher",
            "cypher/seed/30_claims.cypher");
    static final String HETIONET_FILE = "ketamine/hetionet_ketamine_edges.tsv";
    static final String CONIB_FILE = "ketamine/conib_ketamine_statements.tsv";

    /** What a load did: statements run, and claims taken from each record set (-1 where the file was absent). */
    public record Report(int statements, int hetionetClaims, int conibClaims, long millis) {
    }

    private final Graph graph;
    private final Path sharedData;

    public CorpusLoader(Graph graph, Path sharedData) {
        this.graph = graph;
        this.sharedData = sharedData;
    }

    // Curated evidence written before each piece said what it is (quote or report): a data folder from an earlier
    // version, whose reports were stored twice. Loading replaces it.
    private static final String OLD_CURATED = "MATCH ()-[k:CLAIMS]->() WHERE k.evidence IS NULL AND k.source IS NULL";

    /** True on the first start of a new database, and when its curated evidence predates the evidence model. */
    public boolean needsLoad() {
        return graph.readOne("""
                RETURN NOT EXISTS { MATCH (p:Paper) } OR EXISTS { %s } AS needed
                """.formatted(OLD_CURATED), Map.of(), r -> r.get("needed").asBoolean());
    }

    public Report load() {
        long start = System.nanoTime();
        List<String> schema = CypherScript.statements(resource(SCHEMA));
        schema.forEach(graph::run);
        graph.run("CALL db.awaitIndexes(300)");
        List<String> seed = SEED.stream().flatMap(f -> CypherScript.statements(resource(f)).stream()).toList();
        Optional<List<RecordClaim>> hetionet = records(HETIONET_FILE, HetionetRecords::claims);
        Optional<List<RecordClaim>> conib = records(CONIB_FILE, ConibRecords::claims);
        graph.write(tx -> {
            tx.run(OLD_CURATED + " DELETE k").consume();
            seed.forEach(statement -> tx.run(statement).consume());
            hetionet.ifPresent(claims -> RecordWriter.write(tx, claims));
            conib.ifPresent(claims -> RecordWriter.write(tx, claims));
            EvidenceSummary.refreshAll(tx);
            return null;
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        Report report = new Report(schema.size() + seed.size(),
                hetionet.map(List::size).orElse(-1), conib.map(List::size).orElse(-1), millis);
        LOG.info("corpus loaded: {}", report);
        return report;
    }

    /** The claims of one record file, or empty (with a warning) where the file is not there. */
    private Optional<List<RecordClaim>> records(String file,
                                                Function<List<Map<String, String>>, List<RecordClaim>> mapping) {
        Path path = sharedData.resolve(file);
        if (!Files.exists(path)) {
            LOG.warn("{} not found: the public ketamine records are not loaded (set MECHGRAPH_SHARED_DATA)", path);
            return Optional.empty();
        }
        try {
            return Optional.of(mapping.apply(Tsv.parse(Files.readString(path, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file shipped on the classpath (the cypher/ folder is packaged into the jar). */
    public static String resource(String name) {
        try (InputStream in = CorpusLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
