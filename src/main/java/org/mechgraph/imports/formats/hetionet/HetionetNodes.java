package org.mechgraph.imports.formats.hetionet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.formats.Labels;
import org.mechgraph.imports.mappings.DrugBankIds;

/**
 * A Hetionet node ({@code Gene::627}, BDNF) as an entity: its label, and every id it is known by — the source
 * vocabulary's id, the names other sources match on (HGNC symbol, GO/DOID/MeSH term name, the DrugBank name as a
 * ChEBI name), DrugBank's ChEBI and ChEMBL ids from the shipped table, and the Hetionet id the edges file uses.
 */
public final class HetionetNodes {

    /** Hetionet's node kinds and the label each gets. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Gene", Labels.GENE),
            Map.entry("Compound", Labels.DRUG),
            Map.entry("Disease", Labels.DISEASE),
            Map.entry("Anatomy", Labels.ANATOMY),
            Map.entry("Biological Process", Labels.PROCESS),
            Map.entry("Molecular Function", Labels.PROCESS),
            Map.entry("Cellular Component", Labels.ANATOMY),
            Map.entry("Pathway", Labels.PATHWAY),
            Map.entry("Side Effect", Labels.PHENOTYPE),
            Map.entry("Symptom", Labels.PHENOTYPE),
            Map.entry("Pharmacologic Class", Labels.DRUG));

    private HetionetNodes() {
    }

    /** The kind of a Hetionet id ({@code Gene} for {@code Gene::627}); throws for text that is not one. */
    public static String kind(String id) {
        int sep = id.indexOf("::");
        if (sep <= 0 || sep + 2 >= id.length()) {
            throw new IllegalArgumentException("not a Hetionet node id (Kind::identifier): \"" + id + "\"");
        }
        String kind = id.substring(0, sep);
        if (!LABELS.containsKey(kind)) {
            throw new IllegalArgumentException("unknown Hetionet node kind \"" + kind + "\" in \"" + id + "\"");
        }
        return kind;
    }

    /** The entity a node row names; throws {@link IllegalArgumentException} for an id it cannot read. */
    public static EntityRef entity(String id, String name) {
        String kind = kind(id);
        String local = id.substring(kind.length() + 2);
        String lower = name.toLowerCase(Locale.ROOT);
        List<ExternalId> ids = new ArrayList<>();
        switch (kind) {
            case "Gene" -> {
                ids.add(ExternalId.of("ncbigene", local));
                ids.add(ExternalId.of("hgnc.symbol", name));
            }
            case "Compound" -> {
                ids.add(ExternalId.of("drugbank", local));
                DrugBankIds.byDrugBank(local).ifPresent(d -> {
                    if (d.chebi() != null) {
                        ids.add(ExternalId.of("chebi", d.chebi()));
                    }
                    if (d.chembl() != null) {
                        ids.add(ExternalId.of("chembl", d.chembl()));
                    }
                });
                ids.add(ExternalId.of("chebi.name", lower));
            }
            case "Disease" -> {
                ids.add(ExternalId.of("doid", stripPrefix(local, "DOID:")));
                ids.add(ExternalId.of("doid.name", lower));
            }
            case "Anatomy" -> ids.add(ExternalId.of("uberon", stripPrefix(local, "UBERON:")));
            case "Biological Process", "Molecular Function", "Cellular Component" -> {
                ids.add(ExternalId.of("go", stripPrefix(local, "GO:")));
                ids.add(ExternalId.of("go.name", lower));
            }
            case "Pathway" -> ids.add(local.startsWith("WP")
                    ? ExternalId.of("wikipathways", local.replaceFirst("_r\\d+$", ""))
                    : ExternalId.of("pathway", local));
            case "Side Effect" -> ids.add(ExternalId.of("umls", local));
            case "Symptom" -> {
                ids.add(ExternalId.of("mesh", local));
                ids.add(ExternalId.of("mesh.name", lower));
            }
            case "Pharmacologic Class" -> ids.add(ExternalId.of("other", "NDFRT:" + local));
            default -> throw new IllegalStateException(kind);
        }
        ids.add(ExternalId.of("hetionet", id));
        return new EntityRef(ids, LABELS.get(kind), name);
    }

    /** The entity an edge names: by its Hetionet id alone (the nodes file gives the rest). */
    public static EntityRef reference(String id) {
        String kind = kind(id);
        return new EntityRef(List.of(ExternalId.of("hetionet", id)), LABELS.get(kind), id);
    }

    private static String stripPrefix(String local, String prefix) {
        if (!local.startsWith(prefix)) {
            throw new IllegalArgumentException("expected an id starting with " + prefix + ", found \"" + local + "\"");
        }
        return local.substring(prefix.length());
    }
}
