package org.mechgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;
import org.mechgraph.imports.formats.Labels;

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

    /** A paper as a publication CURIE: PMID or doi where known, else its URL, else its mechgraph id. */
    public static String publication(Paper p, String id) {
        if (p != null && p.pmid() != null) {
            return "PMID:" + p.pmid();
        }
        if (p != null && p.doi() != null) {
            return "doi:" + p.doi();
        }
        if (id.startsWith("pmid:")) {
            return "PMID:" + id.substring(5);
        }
        return p != null && p.url() != null && !id.startsWith("doi:") ? p.url() : id;
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

    /** An NCBI Taxon CURIE for the species names mechgraph stores; null for any other text. */
    public static String taxon(String species) {
        if (species == null) {
            return null;
        }
        return switch (species.strip().toLowerCase()) {
            case "human" -> "NCBITaxon:9606";
            case "mouse" -> "NCBITaxon:10090";
            case "rat" -> "NCBITaxon:10116";
            default -> species.startsWith("NCBI taxon ") ? "NCBITaxon:" + species.substring(11).strip() : null;
        };
    }
}
