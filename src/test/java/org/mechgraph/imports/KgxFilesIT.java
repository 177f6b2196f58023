package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.formats.SharedFiles;
import org.mechgraph.imports.formats.kgx.KgxFormat;
import org.mechgraph.support.GraphFingerprint;

/**
 * The KGX project's own test files (nodes and edges as TSV and as JSON lines, and Monarch's edges with the modern
 * column set) import without error, every row an entity, a claim or a counted skip; the human SHH gene, written
 * {@code HGNC:10848} in one row and {@code NCBIGene:6469} in another, is one entity; importing them again changes
 * nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KgxFilesIT {

    /** In import order: each nodes file before the edges that name its nodes. */
    private static final List<String> FILES = List.of("kgx/graph_nodes.tsv", "kgx/graph_edges.tsv",
            "kgx/valid_nodes.jsonl", "kgx/valid_edges.jsonl", "kgx/monarch-tiny_edges.tsv");

    /** Predicates that state identity or homology between two ids: skipped, as the README's KGX table says. */
    private static final Set<String> IDENTITY = Set.of("biolink:orthologous_to", "biolink:homologous_to",
            "biolink:paralogous_to", "biolink:xenologous_to", "biolink:same_as", "biolink:exact_match",
            "biolink:close_match", "biolink:broad_match", "biolink:narrow_match", "biolink:xref");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Graph graph;
    private static Importer importer;

    @BeforeAll
    static void database() {
        FILES.forEach(SharedFiles::require);
        graph = ImportDatabase.get().graph();
        importer = new Importer(graph, Duration.ofMinutes(5));
    }

    private static ImportSummary importFile(String relative) {
        return importer.run(ImportSource.of(SharedFiles.root().resolve(relative)), "kgx", new KgxFormat(),
                ImportProgress.NONE);
    }

    @Test
    @Order(1)
    void everyRowIsAnEntityAClaimOrACountedSkip() throws IOException {
        for (String relative : FILES) {
            List<Map<String, String>> rows = rows(SharedFiles.root().resolve(relative));
            ImportSummary summary = importFile(relative);
            assertEquals(rows.size(), summary.rows(), relative);
            if (!rows.get(0).containsKey("predicate")) {
                assertEquals(rows.size(), summary.entityRows(), relative);
                continue;
            }
            long skipped = rows.stream().filter(r -> IDENTITY.contains(r.get("predicate"))
                    || "true".equalsIgnoreCase(r.getOrDefault("negated", ""))).count();
            assertEquals(skipped, summary.skippedTotal(), relative + " " + summary.skipped());
            assertEquals(rows.size() - skipped, summary.claimRows(), relative);
            assertEquals(summary.claimRows(), summary.claimsWritten() + summary.claimsAlreadyPresent(), relative);
        }
        assertEquals(0, count("MATCH ()-[k:CLAIMS]->() WHERE k.note STARTS WITH 'KGX biolink:orthologous_to' "
                + "RETURN count(k)"), "homology is never an effect");
    }

    /** {@code HGNC:10848} "SHH (human)" and {@code NCBIGene:6469} "SHH", both human: one gene, known by both. */
    @Test
    @Order(2)
    void theHumanShhGeneIsOneEntityUnderBothIds() {
        List<String> byHgnc = entities("hgnc:10848");
        assertEquals(1, byHgnc.size());
        assertEquals(byHgnc, entities("ncbigene:6469"));
        assertEquals(byHgnc, entities("hgnc.symbol:SHH"));
        assertEquals("SHH", graph.readOne("MATCH (e:Entity {id: $id}) RETURN e.name AS n", Map.of("id",
                byHgnc.get(0)), r -> r.get("n").asString()));
        // The horse's SHH (NCBIGene:100147450, taxon 9796) shares the symbol, not the gene.
        List<String> horse = entities("ncbigene:100147450");
        assertEquals(1, horse.size());
        assertNotEquals(byHgnc, horse);
    }

    @Test
    @Order(3)
    void importingTheFilesAgainChangesNothing() {
        GraphFingerprint before = GraphFingerprint.of(graph);
        for (String relative : FILES) {
            ImportSummary again = importFile(relative);
            assertEquals(0, again.claimsWritten(), relative);
            assertTrue(again.entities().values().stream().allMatch(c -> c.created() == 0 && c.merged() == 0),
                    relative + " " + again.entities());
        }
        assertEquals(before, GraphFingerprint.of(graph));
    }

    private static List<String> entities(String identifier) {
        return graph.read("MATCH (:Identifier {id: $id})-[:IDENTIFIES]->(e:Entity) RETURN e.id AS id",
                Map.of("id", identifier), r -> r.get("id").asString());
    }

    private static long count(String cypher) {
        return graph.readOne(cypher, Map.of(), r -> r.get(0).asLong());
    }

    /** The file's rows as maps of their text fields: TSV by its header, JSON lines one object a line. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        if (!file.toString().endsWith(".jsonl")) {
            return DataTable.read(file);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                Map<String, String> row = new java.util.HashMap<>();
                node.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().asText()));
                rows.add(row);
            }
        }
        return rows;
    }
}
