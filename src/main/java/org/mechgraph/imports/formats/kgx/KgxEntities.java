package org.mechgraph.imports.formats.kgx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.Curies;
import org.mechgraph.imports.formats.Labels;
import org.mechgraph.imports.mappings.DrugBankIds;

/**
 * KGX nodes as entities. The label comes from the first Biolink category mechgraph knows, else from the id's prefix;
 * the ids are the node's id, its xrefs (CURIEs, or ids in mechgraph's own form), DrugBank's ChEBI and ChEMBL ids for
 * a DrugBank node, and for a human gene its HGNC symbol taken from the name ("SHH (human)" is SHH), so one gene's HGNC
 * and NCBI Gene nodes meet.
 */
final class KgxEntities {

    /** A gene name with its species in brackets: "SHH (human)". */
    private static final Pattern SPECIES_SUFFIX = Pattern.compile(
            "(.+?) \\((human|mouse|rat|zebrafish|fly|worm|yeast|dog|pig|cow|chicken|frog)\\)");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");
    /** An id as the graph stores it: a lower-case namespace, a colon, the value. */
    private static final Pattern OWN_ID = Pattern.compile("([a-z][a-z.]*):(.+)");

    /** Labels of entities known only by an id (edge ends with no node row), by the id's prefix. */
    private static final Map<String, String> BY_PREFIX = Map.ofEntries(
            Map.entry("HGNC", Labels.GENE), Map.entry("NCBIGENE", Labels.GENE), Map.entry("ENSEMBL", Labels.GENE),
            Map.entry("MGI", Labels.GENE), Map.entry("RGD", Labels.GENE), Map.entry("ZFIN", Labels.GENE),
            Map.entry("FB", Labels.GENE), Map.entry("WB", Labels.GENE), Map.entry("SGD", Labels.GENE),
            Map.entry("POMBASE", Labels.GENE), Map.entry("UNIPROTKB", Labels.RECEPTOR),
            Map.entry("GO", Labels.PROCESS), Map.entry("REACT", Labels.PATHWAY),
            Map.entry("HP", Labels.PHENOTYPE), Map.entry("FYPO", Labels.PHENOTYPE), Map.entry("MP", Labels.PHENOTYPE),
            Map.entry("ZP", Labels.PHENOTYPE), Map.entry("WBPHENOTYPE", Labels.PHENOTYPE),
            Map.entry("MONDO", Labels.DISEASE), Map.entry("DOID", Labels.DISEASE), Map.entry("OMIM", Labels.DISEASE),
            Map.entry("ORPHANET", Labels.DISEASE), Map.entry("UBERON", Labels.ANATOMY), Map.entry("CL", Labels.ANATOMY),
            Map.entry("CHEBI", Labels.CHEMICAL), Map.entry("PUBCHEM.COMPOUND", Labels.CHEMICAL),
            Map.entry("CHEMBL.COMPOUND", Labels.CHEMICAL), Map.entry("DRUGBANK", Labels.DRUG));

    private KgxEntities() {
    }

    static ImportRow.Entity node(KgxRecord r) {
        String id = r.required("id");
        ExternalId primary = curie(r, "id", id);
        String label = label(r, id);
        String given = r.one("name");
        String name = given == null ? id : given;
        List<ExternalId> ids = new ArrayList<>();
        for (String xref : r.many("xref")) {
            ExternalId x = xref(r, xref);
            if (x.namespace().equals("mechgraph")) {
                ids.add(0, x);
            } else {
                ids.add(x);
            }
        }
        int at = ids.isEmpty() || !ids.get(0).namespace().equals("mechgraph") ? 0 : 1;
        ids.add(at, primary);
        Matcher m = SPECIES_SUFFIX.matcher(name);
        boolean human = id.regionMatches(true, 0, "HGNC:", 0, 5) || "human".equals(m.matches() ? m.group(2) : null)
                || r.many("taxon").contains("NCBITaxon:9606") || r.many("in_taxon").contains("NCBITaxon:9606");
        if (m.matches()) {
            name = m.group(1);
        }
        if (Labels.GENE.equals(label) && human && SYMBOL.matcher(name).matches()
                && (primary.namespace().equals("hgnc") || primary.namespace().equals("ncbigene"))) {
            ids.add(ExternalId.of("hgnc.symbol", name));
        }
        for (ExternalId x : List.copyOf(ids)) {
            if (x.namespace().equals("drugbank")) {
                DrugBankIds.byDrugBank(x.value()).ifPresent(d -> {
                    addOnce(ids, d.chebi() == null ? null : ExternalId.of("chebi", d.chebi()));
                    addOnce(ids, d.chembl() == null ? null : ExternalId.of("chembl", d.chembl()));
                });
            }
        }
        return new ImportRow.Entity(r.at(), new EntityRef(dedupe(ids), label, name), r.many("synonym"),
                r.one("description"));
    }

    /** An entity an edge names by id: its label guessed from the prefix (null when unknown), its name the id. */
    static EntityRef reference(KgxRecord r, String field) {
        String id = r.required(field);
        return new EntityRef(List.of(curie(r, field, id)), BY_PREFIX.get(prefix(id)), id);
    }

    private static String label(KgxRecord r, String id) {
        List<String> categories = r.many("category");
        for (String c : categories) {
            var label = Labels.fromBiolink(c);
            if (label.isPresent()) {
                return label.get();
            }
        }
        String byPrefix = BY_PREFIX.get(prefix(id));
        if (byPrefix == null) {
            throw r.error("category", categories.isEmpty() ? "no category, and the id's prefix names no known kind"
                    : "unknown category " + String.join(", ", categories)
                    + " (mechgraph knows " + String.join(", ", Labels.BIOLINK.values()) + " and their kin)");
        }
        return byPrefix;
    }

    /**
     * An xref: a CURIE of a known prefix, else an id in mechgraph's own form ({@code go.name:synapse assembly},
     * {@code pathway:PC7_1539}, {@code other:NDFRT:N0000175975}), as mechgraph's export writes the ids that have no
     * registered prefix, taken as it is, spaces and all; else any other CURIE.
     */
    static ExternalId xref(KgxRecord r, String text) {
        Optional<ExternalId> known = Curies.known(text);
        if (known.isPresent()) {
            return known.get();
        }
        Matcher own = OWN_ID.matcher(text);
        if (own.matches() && ExternalId.NAMESPACES.contains(own.group(1))) {
            return ExternalId.of(own.group(1), own.group(2));
        }
        return curie(r, "xref", text);
    }

    static ExternalId curie(KgxRecord r, String field, String text) {
        try {
            return Curies.parse(text);
        } catch (IllegalArgumentException e) {
            throw r.error(field, e.getMessage());
        }
    }

    private static String prefix(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
    }

    private static void addOnce(List<ExternalId> ids, ExternalId id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
    }

    private static List<ExternalId> dedupe(List<ExternalId> ids) {
        return ids.stream().distinct().toList();
    }
}
