package org.mechgraph.export;

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
     * External id namespaces, as the graph stores them ({@code ncbigene:627}), in the order a node's KGX id is chosen,
     * and the Biolink CURIE prefix each one takes. Namespaces only mechgraph or one source knows ({@code hetionet},
     * {@code bel}, {@code hgnc.symbol}, names) have no CURIE: they never name a node, and {@link #xrefs} lists them
     * as stored.
     */
    public static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("chebi", "CHEBI:"), Map.entry("drugbank", "DRUGBANK:"), Map.entry("chembl", "CHEMBL.COMPOUND:"),
            Map.entry("pubchem.compound", "PUBCHEM.COMPOUND:"), Map.entry("ncbigene", "NCBIGene:"),
            Map.entry("hgnc", "HGNC:"), Map.entry("ensembl", "ENSEMBL:"), Map.entry("uniprot", "UniProtKB:"),
            Map.entry("fplx", "FPLX:"), Map.entry("go", "GO:"), Map.entry("reactome", "REACT:"),
            Map.entry("wikipathways", "WIKIPATHWAYS:"), Map.entry("kegg", "KEGG:"), Map.entry("mondo", "MONDO:"),
            Map.entry("doid", "DOID:"), Map.entry("omim", "OMIM:"), Map.entry("orphanet", "ORPHANET:"),
            Map.entry("hp", "HP:"), Map.entry("uberon", "UBERON:"), Map.entry("umls", "UMLS:"),
            Map.entry("mesh", "MESH:"));

    /** Prefix of the xref that keeps a node's mechgraph id, so an import can give it back. */
    public static final String MECHGRAPH = "mechgraph:";

    private Biolink() {
    }

    public static Predicate predicate(String type) {
        return PREDICATES.getOrDefault(type, new Predicate("biolink:related_to", null, null, null));
    }

    /** The Biolink category of an entity label: the import's table, so a KGX file reads back with its labels. */
    public static String category(String label) {
        return label == null ? "biolink:NamedThing" : Labels.BIOLINK.getOrDefault(label, "biolink:NamedThing");
    }

    /**
     * Every external id of the node as a CURIE, in {@link #PREFIXES} order, then its mechgraph id: the ids the curated
     * corpus keeps as properties ({@code chebi: "CHEBI:6121"}, {@code ncbiGene: "627"}) and the identifiers merged
     * into it by imports ({@code ncbigene:1813}), each once.
     */
    public static List<String> curies(Node n) {
        Set<String> out = new LinkedHashSet<>();
        for (var p : PREFIXES) {
            String prefix = p.getValue();
            n.xrefs().forEach((key, value) -> {
                if (key.equalsIgnoreCase(p.getKey())) {
                    out.add(curie(prefix, value));
                }
            });
            String stored = p.getKey() + ":";
            n.identifiers().stream().filter(id -> id.startsWith(stored))
                    .forEach(id -> out.add(curie(prefix, id.substring(stored.length()))));
        }
        out.add(MECHGRAPH + n.id());
        return List.copyOf(out);
    }

    /** {@code prefix} and the value, whether or not the value already carries the prefix ({@code HGNC:8156}). */
    private static String curie(String prefix, String value) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length())
                ? prefix + value.substring(prefix.length()) : prefix + value;
    }

    /**
     * Every id of the node for a KGX {@code xref} column: its {@link #curies} (identifiers with a registered prefix,
     * {@code ncbigene:627} as {@code NCBIGene:627}), then the identifiers that have none as the graph stores them
     * ({@code hgnc.symbol:BDNF}, {@code go.name:synapse assembly}), which mechgraph's KGX reader takes back as is.
     */
    public static List<String> xrefs(Node n) {
        Set<String> out = new LinkedHashSet<>(curies(n));
        for (String identifier : n.identifiers()) {
            int colon = identifier.indexOf(':');
            String namespace = colon < 0 ? "" : identifier.substring(0, colon);
            if (PREFIXES.stream().noneMatch(p -> p.getKey().equals(namespace))) {
                out.add(identifier);
            }
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
