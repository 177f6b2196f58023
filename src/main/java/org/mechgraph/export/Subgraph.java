package org.mechgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an export holds: entities, the effects between them with every piece of their evidence, and the papers that
 * evidence names. Every format writer reads this record and nothing else, so a writer is a pure function testable
 * without a database. {@code title} says what the subgraph is ("ketamine via mu-opioid receptor to BDNF").
 */
public record Subgraph(String title, List<Node> nodes, List<Edge> edges, List<Paper> papers) {

    /**
     * An entity; {@code xrefs} maps an external id's kind ({@code chebi}, {@code ncbiGene}, …) to its value, and
     * {@code identifiers} are all the ids it is known by as the graph stores them ({@code ncbigene:627},
     * {@code hgnc.symbol:BDNF}, {@code mechgraph:bdnf}), sorted.
     */
    public record Node(String id, String name, String type, String category, String description,
                       List<String> synonyms, Map<String, String> xrefs, List<String> identifiers) {

        public Node {
            identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        }

        /** An entity known by its xrefs alone. */
        public Node(String id, String name, String type, String category, String description, List<String> synonyms,
                    Map<String, String> xrefs) {
            this(id, name, type, category, description, synonyms, xrefs, List.of());
        }
    }

    /** One effect (subject, type, object) with its evidence figures and every piece of its evidence. */
    public record Edge(String id, String type, String polarity, String subject, String object, int evidenceCount,
                       int sourceCount, List<Evidence> evidence) {

        /** The distinct values of one field of the evidence ("quote; report"), sorted; "" when there are none. */
        public String distinct(Function<Evidence, String> field) {
            return String.join("; ", evidence.stream().map(field).filter(v -> v != null)
                    .collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
    }

    /**
     * One piece of evidence: a {@code quote} written in {@code paperId}; a {@code report}, a sentence in
     * {@code paperId} describing the work {@code reports}; or a {@code record}, a database row whose words are in
     * {@code record} and which cites {@code references}. {@code source} names the record set it came from;
     * {@code context} is where the finding holds (cell, tissue, disease), as the source annotates it.
     */
    public record Evidence(String key, String kind, String paperId, String quote, String record, String reports,
                           List<String> references, String source, String license, String species, String note,
                           String context) {

        /** A piece of evidence with no context (cell, tissue, disease) recorded. */
        public Evidence(String key, String kind, String paperId, String quote, String record, String reports,
                        List<String> references, String source, String license, String species, String note) {
            this(key, kind, paperId, quote, record, reports, references, source, license, species, note, null);
        }

        /** Every paper this piece of evidence names: its source, the reported work, the record's references. */
        public List<String> papers() {
            var out = new java.util.ArrayList<String>();
            out.add(paperId);
            if (reports != null) {
                out.add(reports);
            }
            out.addAll(references);
            return out;
        }
    }

    /** A paper, web page or database, with the metadata mechgraph holds for it (often incomplete). */
    public record Paper(String id, String kind, String title, List<String> authors, Integer year, String date,
                        String venue, String site, String url, String doi, String pmid, String note) {
    }

    public Map<String, Node> nodesById() {
        return index(nodes, Node::id);
    }

    public Map<String, Paper> papersById() {
        return index(papers, Paper::id);
    }

    public Optional<Paper> paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
