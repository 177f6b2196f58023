package org.mechgraph.imports.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.imports.ExternalId;

/**
 * Reads a compact identifier as people write it ({@code HGNC:BDNF}, {@code NCBIGene:627}, {@code CHEBI:6121},
 * {@code DrugBank:DB01221}, {@code mechgraph:ketamine}) into mechgraph's normalised form: a lower-case namespace and
 * the local id without the registry's own prefix. HGNC and ChEBI ids that are names, not numbers, become
 * {@code hgnc.symbol} and {@code chebi.name}, as BEL writes them.
 */
final class Curies {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("mechgraph", "mechgraph"), Map.entry("ncbigene", "ncbigene"), Map.entry("entrez", "ncbigene"),
            Map.entry("hgnc", "hgnc"), Map.entry("hgnc.symbol", "hgnc.symbol"), Map.entry("drugbank", "drugbank"),
            Map.entry("chebi", "chebi"), Map.entry("chembl", "chembl"), Map.entry("chembl.compound", "chembl"),
            Map.entry("mesh", "mesh"), Map.entry("go", "go"), Map.entry("uniprot", "uniprot"),
            Map.entry("uniprotkb", "uniprot"), Map.entry("doid", "doid"), Map.entry("uberon", "uberon"),
            Map.entry("reactome", "reactome"), Map.entry("kegg", "kegg"), Map.entry("wikipathways", "wikipathways"),
            Map.entry("umls", "umls"), Map.entry("hetionet", "hetionet"), Map.entry("fplx", "fplx"),
            Map.entry("hp", "hp"), Map.entry("mondo", "mondo"), Map.entry("omim", "omim"),
            Map.entry("orphanet", "orphanet"), Map.entry("pubchem.compound", "pubchem.compound"),
            Map.entry("ensembl", "ensembl"));

    private Curies() {
    }

    /** The identifier {@code text} names, or empty when it is not a compact identifier (then it is a name). */
    static Optional<ExternalId> parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || text.indexOf(' ') >= 0 && text.indexOf(' ') < colon) {
            return Optional.empty();
        }
        String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String local = text.substring(colon + 1).strip();
        String namespace = PREFIXES.get(prefix);
        if (namespace == null || local.isEmpty()) {
            return Optional.empty();
        }
        if (namespace.equals("hgnc") && !local.chars().allMatch(Character::isDigit)) {
            return Optional.of(ExternalId.of("hgnc.symbol", local));
        }
        if (namespace.equals("chebi") && !local.chars().allMatch(Character::isDigit)) {
            return Optional.of(ExternalId.of("chebi.name", local.toLowerCase(Locale.ROOT)));
        }
        if (namespace.equals("go") || namespace.equals("doid") || namespace.equals("uberon")
                || namespace.equals("hp") || namespace.equals("mondo")) {
            // GO:0007416 is written go:0007416, whichever way the file spells the prefix.
            local = local.replaceFirst("(?i)^" + prefix + ":", "");
        }
        return Optional.of(ExternalId.of(namespace, local));
    }

    /** Whether {@code text} looks like an identifier with a prefix this format does not know. */
    static boolean unknownPrefix(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && text.substring(0, colon).matches("[A-Za-z][A-Za-z0-9._-]*")
                && !PREFIXES.containsKey(text.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
