package org.mechgraph.imports.formats;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mechgraph.imports.ExternalId;

/**
 * Compact identifiers ({@code HGNC:10848}, {@code CHEMBL.COMPOUND:CHEMBL742}) as mechgraph's external ids: the
 * prefix picks the namespace (case-insensitively) and the local part is the value, so {@code CHEBI:6121} is
 * {@code chebi:6121}. A prefix mechgraph has no namespace for keeps the whole CURIE in {@code other}.
 */
public final class Curies {

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*):(\\S+)");

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("hgnc", "hgnc"), Map.entry("ncbigene", "ncbigene"), Map.entry("chebi", "chebi"),
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

    private Curies() {
    }

    /** The external id a CURIE names; throws {@link IllegalArgumentException} when it is not a CURIE. */
    public static ExternalId parse(String curie) {
        var m = CURIE.matcher(curie == null ? "" : curie.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CURIE (prefix:identifier): \"" + curie + "\"");
        }
        String namespace = PREFIXES.get(m.group(1).toLowerCase(Locale.ROOT));
        return namespace == null ? ExternalId.of("other", m.group(0)) : ExternalId.of(namespace, m.group(2));
    }

    /** The prefix of a CURIE, upper-cased, or "" for text with no colon. */
    static String prefix(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? "" : curie.substring(0, colon).toUpperCase(Locale.ROOT);
    }
}
