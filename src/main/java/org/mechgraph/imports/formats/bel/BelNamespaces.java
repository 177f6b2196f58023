package org.mechgraph.imports.formats.bel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.mappings.DrugBankIds;

/**
 * A BEL namespace and name as mechgraph external ids. CONIB names most terms by their label rather than their
 * number ({@code GO:"dendritic spine"}, {@code MESH:"Alzheimer Disease"}, {@code CHEBI:ketamine}): those become
 * lower-cased {@code <vocabulary>.name} ids, numbers become the vocabulary's own id, HGNC symbols
 * {@code hgnc.symbol}, and namespaces mechgraph has no vocabulary for keep the whole {@code NS:name} in
 * {@code other}.
 */
final class BelNamespaces {

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DRUGBANK_ID = Pattern.compile("DB\\d{5}");
    private static final Pattern MESH_ID = Pattern.compile("[CDG]\\d{6,9}");

    /** Namespaces whose terms stand for several gene products together. */
    static final Set<String> GROUPS = Set.of("FPLX", "HGNCGENEFAMILY", "PFAM", "INTERPRO");
    /** Namespaces of genes and gene products. */
    static final Set<String> GENES = Set.of("HGNC", "MGI", "RGD", "NCBIGENE", "UNIPROT", "FB", "MIRBASE",
            "IMGTHLA");
    /** Namespaces of anatomy and cell parts. */
    static final Set<String> ANATOMY = Set.of("GO", "CL", "UBERON", "FMA");

    private BelNamespaces() {
    }

    /** Throws {@link IllegalArgumentException} for a namespace that is not a BEL namespace name. */
    static List<ExternalId> ids(String namespace, String name) {
        if (!NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("not a BEL namespace: \"" + namespace + "\"");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean number = DIGITS.matcher(name).matches();
        return switch (namespace.toUpperCase(Locale.ROOT)) {
            case "HGNC" -> List.of(number ? ExternalId.of("hgnc", name) : ExternalId.of("hgnc.symbol", name));
            case "CHEBI" -> List.of(number ? ExternalId.of("chebi", name) : ExternalId.of("chebi.name", lower));
            case "GO" -> List.of(number ? ExternalId.of("go", name) : ExternalId.of("go.name", lower));
            case "MESH" -> List.of(MESH_ID.matcher(name).matches()
                    ? ExternalId.of("mesh", name) : ExternalId.of("mesh.name", lower));
            case "DOID" -> List.of(number ? ExternalId.of("doid", name) : ExternalId.of("doid.name", lower));
            case "HP" -> List.of(number ? ExternalId.of("hp", name) : ExternalId.of("hp.name", lower));
            case "FPLX" -> List.of(ExternalId.of("fplx", name));
            case "NCBIGENE" -> List.of(ExternalId.of("ncbigene", name));
            case "UNIPROT" -> List.of(ExternalId.of("uniprot", name));
            case "UBERON" -> List.of(ExternalId.of("uberon", name));
            case "ORPHANET" -> List.of(ExternalId.of("orphanet", name));
            case "PUBCHEM" -> List.of(ExternalId.of("pubchem.compound", name));
            case "TAXONOMY" -> List.of(ExternalId.of("taxon", name));
            case "DRUGBANK" -> drugbank(name);
            default -> List.of(ExternalId.of("other", namespace + ":" + name));
        };
    }

    /** CONIB names DrugBank terms by name ({@code Norepinephrine}); the shipped table gives the id. */
    private static List<ExternalId> drugbank(String name) {
        boolean id = DRUGBANK_ID.matcher(name).matches();
        var drug = id ? DrugBankIds.byDrugBank(name) : DrugBankIds.byName(name);
        List<ExternalId> ids = new ArrayList<>();
        if (drug.isPresent()) {
            ids.add(ExternalId.of("drugbank", drug.get().drugbank()));
            if (drug.get().chebi() != null) {
                ids.add(ExternalId.of("chebi", drug.get().chebi()));
            }
        } else if (id) {
            ids.add(ExternalId.of("drugbank", name));
        }
        String label = drug.map(DrugBankIds.Drug::name).orElse(id ? null : name);
        if (label != null) {
            ids.add(ExternalId.of("chebi.name", label.toLowerCase(Locale.ROOT)));
        }
        return ids;
    }
}
