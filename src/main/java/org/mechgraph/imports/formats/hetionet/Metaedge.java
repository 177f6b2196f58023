package org.mechgraph.imports.formats.hetionet;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.mechgraph.model.EffectType;

/**
 * Hetionet v1.0's 24 metaedges as mechgraph effects. {@code swap} turns the edge around so it reads as mechgraph's
 * relation does (a pharmacologic class includes a compound: the compound is part of the class). CbG's effect
 * depends on the row's actions ({@link CompoundActions}). The README's "Hetionet metaedges" table is this one.
 */
public enum Metaedge {
    AdG("Anatomy downregulates Gene", EffectType.ASSOCIATED_WITH, false),
    AeG("Anatomy expresses Gene", EffectType.ASSOCIATED_WITH, false),
    AuG("Anatomy upregulates Gene", EffectType.ASSOCIATED_WITH, false),
    CbG("Compound binds Gene", EffectType.BINDS, false),
    CcSE("Compound causes Side Effect", EffectType.CAUSES, false),
    CdG("Compound downregulates Gene", EffectType.DECREASES, false),
    CpD("Compound palliates Disease", EffectType.TREATS, false),
    CrC("Compound resembles Compound", EffectType.ASSOCIATED_WITH, false),
    CtD("Compound treats Disease", EffectType.TREATS, false),
    CuG("Compound upregulates Gene", EffectType.INCREASES, false),
    DaG("Disease associates Gene", EffectType.ASSOCIATED_WITH, false),
    DdG("Disease downregulates Gene", EffectType.DECREASES, false),
    DlA("Disease localizes Anatomy", EffectType.ASSOCIATED_WITH, false),
    DpS("Disease presents Symptom", EffectType.CAUSES, false),
    DrD("Disease resembles Disease", EffectType.ASSOCIATED_WITH, false),
    DuG("Disease upregulates Gene", EffectType.INCREASES, false),
    GcG("Gene covaries Gene", EffectType.ASSOCIATED_WITH, false),
    GiG("Gene interacts Gene", EffectType.BINDS, false),
    GpBP("Gene participates Biological Process", EffectType.PART_OF, false),
    GpCC("Gene participates Cellular Component", EffectType.PART_OF, false),
    GpMF("Gene participates Molecular Function", EffectType.PART_OF, false),
    GpPW("Gene participates Pathway", EffectType.PART_OF, false),
    GrG("Gr>G", "Gene regulates Gene", EffectType.ASSOCIATED_WITH, false),
    PCiC("Pharmacologic Class includes Compound", EffectType.PART_OF, true);

    private static final Map<String, Metaedge> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Metaedge::abbreviation, Function.identity()));

    private final String abbreviation;
    private final String meaning;
    private final EffectType effect;
    private final boolean swap;

    Metaedge(String meaning, EffectType effect, boolean swap) {
        this(null, meaning, effect, swap);
    }

    Metaedge(String abbreviation, String meaning, EffectType effect, boolean swap) {
        this.abbreviation = abbreviation == null ? name() : abbreviation;
        this.meaning = meaning;
        this.effect = effect;
        this.swap = swap;
    }

    public static Optional<Metaedge> of(String abbreviation) {
        return Optional.ofNullable(BY_NAME.get(abbreviation));
    }

    /** As Hetionet writes it: {@code CbG}, {@code Gr>G}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Hetionet's words: "Compound binds Gene". */
    public String meaning() {
        return meaning;
    }

    /** The effect; for CbG the one an edge without a telling action gets. */
    public EffectType effect() {
        return effect;
    }

    /** True when mechgraph's subject is Hetionet's target. */
    public boolean swap() {
        return swap;
    }
}
