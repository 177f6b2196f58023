package org.mechgraph.imports.formats.bel;

import java.util.List;
import java.util.stream.Collectors;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.formats.Labels;

/**
 * A BEL term of a CONIB row as an entity. A plain term ({@code p(HGNC:BDNF)}) is the vocabulary entry it names, so
 * it meets the same gene from other sources. A modified term ({@code p(HGNC:GSK3B, pmod(Ph, Ser))}) and a group of
 * terms ({@code complex(p(HGNC:ADNP), p(HGNC:DLG4))}, {@code composite(…)}, {@code rxn(…)}) are entities of their
 * own, identified by the BEL text: "ketamine increases GSK3B Ser-phosphorylation" must never read as "ketamine
 * increases GSK3B". BEL's {@code hasVariant} rows link a modified term to its plain one.
 */
final class BelEntities {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private BelEntities() {
    }

    /** Throws {@link IllegalArgumentException} naming what is wrong with the term. */
    static EntityRef entity(String bel, String function, String namespace, String name) {
        BelTerm term = BelTerm.parse(bel);
        if (!(term instanceof BelTerm.Function f)) {
            throw new IllegalArgumentException("not a BEL term (function(arguments)): \"" + bel + "\"");
        }
        String ns = namespace == null ? "" : namespace;
        String label = label(function, ns);
        boolean plain = f.args().size() == 1 && f.args().get(0) instanceof BelTerm.Value;
        if (!ns.isEmpty() && plain) {
            if (name == null) {
                throw new IllegalArgumentException("a term with a namespace needs a name");
            }
            return new EntityRef(BelNamespaces.ids(ns, name), label, name);
        }
        ExternalId id = ExternalId.of("bel", SPACES.matcher(bel.strip()).replaceAll(" "));
        return new EntityRef(List.of(id), label, display(f));
    }

    static String label(String function, String namespace) {
        String ns = namespace.toUpperCase(java.util.Locale.ROOT);
        return switch (function) {
            case "Protein", "Gene", "RNA", "miRNA" -> BelNamespaces.GROUPS.contains(ns) || ns.equals("GO")
                    ? Labels.COMPLEX : Labels.GENE;
            case "Complex", "Composite" -> Labels.COMPLEX;
            case "Abundance" -> BelNamespaces.GENES.contains(ns) ? Labels.GENE
                    : BelNamespaces.GROUPS.contains(ns) ? Labels.COMPLEX
                    : BelNamespaces.ANATOMY.contains(ns) ? Labels.ANATOMY : Labels.CHEMICAL;
            case "BiologicalProcess", "Reaction" -> Labels.PROCESS;
            case "Pathology" -> ns.equals("HP") || ns.equals("MP") ? Labels.PHENOTYPE : Labels.DISEASE;
            default -> throw new IllegalArgumentException("unknown BEL function \"" + function + "\"");
        };
    }

    /** A readable name: {@code GSK3B (protein phosphorylation Ser)}, {@code complex of ADNP, DLG4}. */
    static String display(BelTerm term) {
        if (term instanceof BelTerm.Value v) {
            int colon = v.text().indexOf(':');
            return colon < 0 ? v.text() : v.text().substring(colon + 1);
        }
        BelTerm.Function f = (BelTerm.Function) term;
        List<BelTerm> args = f.args();
        return switch (f.name()) {
            case "complex", "complexAbundance" -> args.size() == 1 ? display(args.get(0))
                    : "complex of " + join(args, ", ");
            case "composite", "compositeAbundance" -> join(args, " + ");
            case "rxn", "reaction" -> join(args, " → ");
            case "reactants", "products" -> join(args, " + ");
            default -> args.isEmpty() ? f.name() : display(args.get(0)) + (args.size() == 1 ? ""
                    : " (" + args.subList(1, args.size()).stream().map(BelEntities::modifier)
                            .collect(Collectors.joining(", ")) + ")");
        };
    }

    private static String join(List<BelTerm> args, String separator) {
        return args.stream().map(BelEntities::display).collect(Collectors.joining(separator));
    }

    /** {@code pmod(go:0006468 ! "protein phosphorylation", Ser, 9)} reads "protein phosphorylation Ser 9". */
    private static String modifier(BelTerm term) {
        if (term instanceof BelTerm.Value v) {
            return v.text();
        }
        BelTerm.Function f = (BelTerm.Function) term;
        String args = f.args().stream().map(BelEntities::modifierPart).filter(s -> !s.equals("?"))
                .collect(Collectors.joining(" "));
        String prefix = switch (f.name()) {
            case "var", "variant" -> "variant";
            case "frag", "fragment" -> "fragment";
            case "loc", "location" -> "in";
            case "fus", "fusion" -> "fusion with";
            case "pmod", "proteinModification", "gmod", "geneModification" -> "";
            default -> f.name();
        };
        return (prefix + " " + args).strip();
    }

    private static String modifierPart(BelTerm term) {
        if (term instanceof BelTerm.Value v) {
            String t = v.text();
            int bang = t.indexOf('!');
            if (bang >= 0) {
                return t.substring(bang + 1).strip();
            }
            int colon = t.indexOf(':');
            return colon < 0 ? t : t.substring(colon + 1);
        }
        return display(term);
    }
}
