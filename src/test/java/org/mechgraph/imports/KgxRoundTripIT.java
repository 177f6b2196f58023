package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mechgraph.db.Database;
import org.mechgraph.db.Graph;
import org.mechgraph.export.KgxExport;
import org.mechgraph.export.Subgraph;
import org.mechgraph.export.SubgraphService;
import org.mechgraph.imports.formats.kgx.KgxFormat;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;

/**
 * Ketamine's neighbourhood in the shared corpus (curated quotes and reports, Hetionet records, CONIB quotes), written
 * as KGX {@code nodes.tsv} and {@code edges.tsv} and imported into an empty database, comes back whole: the same
 * entities (mechgraph ids, names, labels, external ids), the same effects (type, sign, evidence figures) and the
 * same evidence (kind, source, sentence or record, reported work, references, record set, licence, species).
 */
class KgxRoundTripIT {

    @TempDir
    static Path dir;
    private static Path nodes;
    private static Path edges;
    private static Importer importer;
    private static Graph corpus;
    private static Database empty;
    private static List<String> ids;
    private static Subgraph original;
    private static Subgraph back;

    @BeforeAll
    static void roundTrip() throws IOException {
        corpus = TestDatabase.shared().graph();
        ids = corpus.read("""
                MATCH (k:Entity {id: 'ketamine'})-[r]-(n:Entity) WHERE r.polarity IS NOT NULL
                RETURN DISTINCT n.id AS id ORDER BY id
                """, Map.of(), r -> r.get("id").asString());
        ids = new ArrayList<>(ids);
        ids.add(0, "ketamine");
        original = new SubgraphService(corpus).read("ketamine's neighbourhood", ids, null).subgraph();

        nodes = dir.resolve("nodes.tsv");
        edges = dir.resolve("edges.tsv");
        try (Writer out = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
            KgxExport.writeNodesTsv(original, out);
        }
        try (Writer out = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
            KgxExport.writeEdgesTsv(original, out);
        }

        empty = Database.open(TestDatabase.config("kgx-round-trip"));
        new CorpusLoader(empty.graph()).ensureSchema();
        importer = new Importer(empty.graph(), Duration.ofMinutes(5));
        importer.run(ImportSource.of(nodes), "kgx", new KgxFormat(), ImportProgress.NONE);
        importer.run(ImportSource.of(edges), "kgx", new KgxFormat(), ImportProgress.NONE);
        back = new SubgraphService(empty.graph()).read("ketamine's neighbourhood", ids, null).subgraph();
    }

    @AfterAll
    static void close() {
        if (empty != null) {
            empty.close();
        }
    }

    @Test
    void theNeighbourhoodHoldsEveryKindOfEvidence() {
        var kinds = new TreeSet<String>();
        original.edges().forEach(e -> e.evidence().forEach(ev -> kinds.add(ev.source() + " " + ev.kind())));
        assertTrue(kinds.containsAll(List.of("curated quote", "curated report", "hetionet record", "conib quote")),
                kinds.toString());
        assertTrue(original.nodes().size() > 50, "nodes: " + original.nodes().size());
    }

    @Test
    void theSameEntitiesComeBack() {
        assertSameLines("entities", lines(original.nodes(), KgxRoundTripIT::node),
                lines(back.nodes(), KgxRoundTripIT::node));
    }

    @Test
    void importingTheFilesAgainChangesNothing() {
        GraphFingerprint before = GraphFingerprint.of(empty.graph());
        ImportSummary nodesAgain = importer.run(ImportSource.of(nodes), "kgx", new KgxFormat(), ImportProgress.NONE);
        ImportSummary edgesAgain = importer.run(ImportSource.of(edges), "kgx", new KgxFormat(), ImportProgress.NONE);
        assertEquals(0, edgesAgain.claimsWritten());
        assertEquals(edgesAgain.claimRows(), edgesAgain.claimsAlreadyPresent());
        assertTrue(nodesAgain.entities().values().stream().allMatch(c -> c.created() == 0 && c.merged() == 0),
                nodesAgain.entities().toString());
        assertEquals(before, GraphFingerprint.of(empty.graph()));
    }

    /** The files read into a graph that already holds the corpus meet every entity and piece of evidence there. */
    @Test
    void importingTheExportIntoACorpusChangesNothing() {
        Graph corpusCopy = ImportDatabase.get().graph();
        GraphFingerprint before = GraphFingerprint.of(corpusCopy);
        Importer intoCorpus = new Importer(corpusCopy, Duration.ofMinutes(5));
        intoCorpus.run(ImportSource.of(nodes), "kgx", new KgxFormat(), ImportProgress.NONE);
        ImportSummary summary = intoCorpus.run(ImportSource.of(edges), "kgx", new KgxFormat(), ImportProgress.NONE);
        assertEquals(0, summary.claimsWritten());
        assertEquals(before, GraphFingerprint.of(corpusCopy));
    }

    @Test
    void theSameEffectsComeBack() {
        assertSameLines("effects", lines(original.edges(), KgxRoundTripIT::effect),
                lines(back.edges(), KgxRoundTripIT::effect));
    }

    @Test
    void theSameEvidenceComesBack() {
        assertSameLines("evidence", evidence(original), evidence(back));
    }

    private static <T> List<String> lines(List<T> items, Function<T, String> line) {
        return items.stream().map(line).sorted().toList();
    }

    /** Equal lists of lines, or a failure that names the lines lost and the lines gained. */
    private static void assertSameLines(String what, List<String> expected, List<String> actual) {
        List<String> lost = new ArrayList<>(expected);
        actual.forEach(lost::remove);
        List<String> gained = new ArrayList<>(actual);
        expected.forEach(gained::remove);
        assertTrue(lost.isEmpty() && gained.isEmpty(), what + ": " + lost.size() + " lost, " + gained.size()
                + " gained\nlost:\n  " + String.join("\n  ", lost) + "\ngained:\n  " + String.join("\n  ", gained));
        assertEquals(expected.size(), actual.size(), what);
    }

    private static String node(Subgraph.Node n) {
        // Synonyms that differ only in case are one name to an import.
        return n.id() + " | " + n.type() + " | " + n.name() + " | " + new TreeMap<>(n.xrefs()) + " | "
                + new TreeSet<>(n.synonyms().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList()) + " | "
                + n.description() + " | " + n.identifiers();
    }

    private static String effect(Subgraph.Edge e) {
        return e.id() + " | " + e.type() + " | " + e.polarity() + " | evidence " + e.evidenceCount() + " | sources "
                + e.sourceCount();
    }

    private static List<String> evidence(Subgraph g) {
        List<String> lines = new ArrayList<>();
        for (Subgraph.Edge e : g.edges()) {
            for (Subgraph.Evidence ev : e.evidence()) {
                lines.add(e.id() + " | " + ev.kind() + " | " + ev.paperId() + " | " + ev.quote() + " | " + ev.record()
                        + " | reports " + ev.reports() + " | refs " + ev.references() + " | " + ev.source() + " | "
                        + ev.license() + " | " + ev.species() + " | " + ev.note() + " | " + ev.context() + " | "
                        + ev.key());
            }
        }
        return lines.stream().sorted().toList();
    }

}
