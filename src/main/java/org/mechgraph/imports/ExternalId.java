package org.mechgraph.imports;

import java.util.Locale;

/**
 * An identifier that names an entity outside mechgraph, such as {@code ncbigene:627} or {@code hgnc.symbol:BDNF}.
 * Namespaces are lower case and fixed ({@link #NAMESPACES}); two rows that share any identifier name one entity.
 */
public record ExternalId(String namespace, String value) {

    /**
     * Namespaces an import may use. {@code <vocabulary>.name} holds a term's lower-cased name in that vocabulary
     * (sources such as CONIB name GO, MeSH, DOID and HP terms by name, not by number); {@code bel} holds a BEL term
     * that names no single vocabulary entry (a modified protein, a complex of several members); {@code name.<label>}
     * (entities a claims file names by name and type) matches a lower-cased name within one label.
     */
    public static final java.util.Set<String> NAMESPACES = java.util.Set.of(
            "mechgraph", "ncbigene", "hgnc", "hgnc.symbol", "drugbank", "chebi", "chebi.name", "chembl", "mesh",
            "mesh.name", "go", "go.name", "uniprot", "doid", "doid.name", "uberon", "reactome", "kegg",
            "wikipathways", "pathway", "umls", "hetionet", "fplx", "hp", "hp.name", "mondo", "omim", "orphanet",
            "pubchem.compound", "ensembl", "taxon", "bel", "other",
            "name.drug", "name.receptor", "name.pathway", "name.outcome", "name.gene", "name.chemical",
            "name.complex", "name.biologicalprocess", "name.disease", "name.phenotype", "name.anatomy");

    public ExternalId {
        if (!NAMESPACES.contains(namespace)) {
            throw new IllegalArgumentException("unknown namespace " + namespace);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty " + namespace + " identifier");
        }
    }

    public static ExternalId of(String namespace, String value) {
        return new ExternalId(namespace, value.strip());
    }

    /** The form stored in the graph: {@code namespace:value}, symbols and names as given, namespace lower case. */
    public String curie() {
        return namespace.toLowerCase(Locale.ROOT) + ":" + value;
    }

    @Override
    public String toString() {
        return curie();
    }
}
