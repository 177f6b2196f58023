package org.mechgraph.imports.formats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mechgraph.imports.ExternalId;

/**
 * Compact identifiers as people and files write them ({@code HGNC:10848}, {@code HGNC:BDNF}, {@code NCBIGene:627},
 * {@code CHEMBL.COMPOUND:CHEMBL742}, {@code mechgraph:ketamine}) as mechgraph's external ids: the prefix picks the
 * namespace (case-insensitively) and the local part is the value, so {@code CHEBI:6121} is {@code chebi:6121}. HGNC
 * and ChEBI ids that are names, not numbers, become {@code hgnc.symbol} and {@code chebi.name}, as BEL writes them;
 * {@code GO:GO:0007416} is {@code go:0007416}. Every format reads identifiers here, so the same text is the same id
 * whichever file it comes from.
 */
public final class Curies {

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*):(\\S+)");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("hgnc", "hgnc"), Map.entry("hgnc.symbol", "hgnc.symbol"), Map.entry("ncbigene", "ncbigene"),
            Map.entry("entrez", "ncbigene"), Map.entry("chebi", "chebi"),
            Map.entry("chembl.compound", "chembl"), Map.entry("chembl", "chembl"),
            Map.entry("drugbank", "drugbank"), Map.entry("mesh", "mesh"), Map.entry("go", "go"),
            Map.entry("uniprotkb", "uniprot"), Map.entry("uniprot", "uniprot"), Map.entry("doid", "doid"),
            Map.entry("uberon", "uberon"), Map.entry("react", "reactome"), Map.entry("reactome", "reactome"),
            Map.entry("kegg", "kegg"), Map.entry("kegg.pathway", "kegg"), Map.entry("wikipathways", "wikipathways"),
            Map.entry("wp", "wikipathways"), Map.entry("umls", "umls"), Map.entry("fplx", "fplx"),
            Map.entry("hp", "hp"), Map.entry("mondo", "mondo"), Map.entry("omim", "omim"), Map.entry("mim", "omim"),
            Map.entry("orphanet", "orphanet"), Map.entry("orpha", "orphanet"),
            Map.entry("pubchem.compound", "pubchem.compound"), Map.entry("ensembl", "ensembl"),
            Map.entry("ncbitaxon", "taxon"), Map.entry("mechgraph", "mechgraph"), Map.entry("hetionet", "hetionet"));

    /** Ontologies whose local ids repeat the prefix in some files ({@code GO:GO:0007416}). */
    private static final Set<String> PREFIXED_LOCALS = Set.of("go", "doid", "uberon", "hp", "mondo");

    private Curies() {
    }

    /** The external id a CURIE names; throws {@link IllegalArgumentException} when it is not a CURIE. */
    public static ExternalId parse(String curie) {
        var m = CURIE.matcher(curie == null ? "" : curie.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CURIE (prefix:identifier): \"" + curie + "\"");
        }
        String prefix = m.group(1).toLowerCase(Locale.ROOT);
        String namespace = PREFIXES.get(prefix);
        return namespace == null ? ExternalId.of("other", m.group(0)) : normalised(namespace, prefix, m.group(2));
    }

    /**
     * The id {@code text} names when it is a CURIE with a known prefix; empty otherwise (in a claims file, text
     * that is not such an id is an entity's name).
     */
    public static Optional<ExternalId> known(String text) {
        var m = CURIE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1).toLowerCase(Locale.ROOT);
        String namespace = PREFIXES.get(prefix);
        return namespace == null ? Optional.empty() : Optional.of(normalised(namespace, prefix, m.group(2)));
    }

    /** Whether {@code text} looks like an identifier with a prefix mechgraph has no namespace for. */
    public static boolean unknownPrefix(String text) {
        var m = CURIE.matcher(text == null ? "" : text.strip());
        return m.matches() && !PREFIXES.containsKey(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The prefix of a CURIE, upper-cased, or "" for text with no colon. */
    static String prefix(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? "" : curie.substring(0, colon).toUpperCase(Locale.ROOT);
    }

    private static ExternalId normalised(String namespace, String prefix, String local) {
        if (namespace.equals("hgnc") && !local.chars().allMatch(Character::isDigit)) {
            return ExternalId.of("hgnc.symbol", local);
        }
        if (namespace.equals("chebi") && !local.chars().allMatch(Character::isDigit)) {
            return ExternalId.of("chebi.name", local.toLowerCase(Locale.ROOT));
        }
        if (PREFIXED_LOCALS.contains(namespace)) {
            local = local.replaceFirst("(?i)^" + Pattern.quote(prefix) + ":", "");
        }
        return ExternalId.of(namespace, local);
    }
}
