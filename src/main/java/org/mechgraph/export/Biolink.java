package org.mechgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;
import org.mechgraph.imports.formats.Labels;
import org.mechgraph.imports.formats.Species;

/**
 * mechgraph's vocabulary in Biolink terms, for KGX: one category per entity label, one predicate (with qualifiers
 * for the signed causal effects) per effect type, CURIEs for external ids and papers, and an infores id per record
 * set. Each table reads both ways, so a KGX import can map the same terms back.
 */
public final class Biolink {

    /** A predicate with the qualifiers that give a causal effect its direction; null where they do not apply. */
    public record Predicate(String predicate, String qualifiedPredicate, String aspect, String direction) {
    }

    public static final Map<String, Predicate> PREDICATES = Map.of(
            "ACTIVATES", new Predicate("biolink:affects", "biolink:causes", "activity", "increased"),
            "INHIBITS", new Predicate("biolink:affects", "biolink:causes", "activity", "decreased"),
            "INCREASES", new Predicate("biolink:affects", "biolink:causes", "activity_or_abundance", "increased"),
            "DECREASES", new Predicate("biolink:affects", "biolink:causes", "activity_or_abundance", "decreased"),
            "CAUSES", new Predicate("biolink:causes", null, null, null),
            "TREATS", new Predicate("biolink:treats", null, null, null),
            "ASSOCIATED_WITH", new Predicate("biolink:associated_with", null, null, null),
            "BINDS", new Predicate("biolink:directly_physically_interacts_with", null, null, null),
            "PART_OF", new Predicate("biolink:part_of", null, null, null),
            "FORM_OF", new Predicate("biolink:subclass_of", null, null, null));

    /**
     * One category per label, the curated four and those imports add: the KGX reader's own table, so every entity
     * reads back with the label it had.
     */
    public static final Map<String, String> CATEGORIES = Labels.BIOLINK;

    /** External id kinds in the order a node's KGX id is chosen, and the CURIE prefix each one takes. */
    public static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("chebi", "CHEBI:"), Map.entry("drugbank", "DRUGBANK:"), Map.entry("ncbiGene", "NCBIGene:"),
            Map.entry("hgnc", "HGNC:"), Map.entry("uniprot", "UniProtKB:"), Map.entry("go", "GO:"),
            Map.entry("mesh", "MESH:"));

    /** The registered prefix of each identifier namespace that has one in {@link #PREFIXES}. */
    private static final Map<String, String> IDENTIFIER_PREFIXES = Map.of("chebi", "CHEBI:", "drugbank", "DRUGBANK:",
            "ncbigene", "NCBIGene:", "hgnc", "HGNC:", "uniprot", "UniProtKB:", "go", "GO:", "mesh", "MESH:");

    /** Prefix of the xref that keeps a node's mechgraph id, so an import can give it back. */
    public static final String MECHGRAPH = "mechgraph:";

    private Biolink() {
    }

    public static Predicate predicate(String type) {
        return PREDICATES.getOrDefault(type, new Predicate("biolink:related_to", null, null, null));
    }

    public static String category(String label) {
        return CATEGORIES.getOrDefault(label, "biolink:NamedThing");
    }

    /** Every external id of the node as a CURIE, in {@link #PREFIXES} order, then its mechgraph id. */
    public static List<String> curies(Node n) {
        List<String> out = new ArrayList<>();
        for (var p : PREFIXES) {
            String v = n.xrefs().get(p.getKey());
            if (v != null) {
                out.add(v.regionMatches(true, 0, p.getValue(), 0, p.getValue().length())
                        ? p.getValue() + v.substring(p.getValue().length()) : p.getValue() + v);
            }
        }
        out.add(MECHGRAPH + n.id());
        return out;
    }

    /**
     * Every id of the node for a KGX {@code xref} column: its {@link #curies}, then each of its identifiers, under a
     * registered prefix where it has one ({@code ncbigene:627} is {@code NCBIGene:627}), else as the graph stores it
     * ({@code hgnc.symbol:BDNF}, {@code go.name:synapse assembly}), which mechgraph's KGX reader takes back as is.
     */
    public static List<String> xrefs(Node n) {
        Set<String> out = new LinkedHashSet<>(curies(n));
        for (String identifier : n.identifiers()) {
            int colon = identifier.indexOf(':');
            String prefix = colon < 0 ? null : IDENTIFIER_PREFIXES.get(identifier.substring(0, colon));
            out.add(prefix == null ? identifier : prefix + identifier.substring(colon + 1));
        }
        return List.copyOf(out);
    }

    /**
     * A paper as a publication CURIE. A PubMed or DOI id stays itself; a paper mechgraph names otherwise gives its
     * PMID or DOI where known (a database's article: {@code db:hetionet} is Hetionet's eLife DOI), else its own id
     * ({@code seed:…}, {@code url:…}, {@code ref:…}), so that an import of the file meets the same sources again.
     */
    public static String publication(Paper p, String id) {
        if (id.startsWith("pmid:")) {
            return "PMID:" + id.substring(5);
        }
        if (id.startsWith("doi:")) {
            return id;
        }
        if (p != null && p.pmid() != null) {
            return "PMID:" + p.pmid();
        }
        if (p != null && p.doi() != null) {
            return "doi:" + p.doi();
        }
        return id;
    }

    /** The infores id of a record set ({@code source} of a piece of evidence). */
    public static String infores(String source) {
        if (source.startsWith("kgx:")) {
            return source.substring(4);
        }
        return switch (source) {
            case "hetionet" -> "infores:hetionet";
            case "conib" -> "infores:conib";
            default -> "infores:mechgraph";
        };
    }

    /**
     * The NCBI Taxon CURIEs of a species text mechgraph stores ({@code mouse, human}); empty for text that names no
     * taxon, which only the export's {@code mechgraph_species} column keeps.
     */
    public static List<String> taxa(String species) {
        if (species != null && species.startsWith("NCBI taxon ")) {
            return List.of("NCBITaxon:" + species.substring(11).strip());
        }
        return Species.taxa(species);
    }
}
