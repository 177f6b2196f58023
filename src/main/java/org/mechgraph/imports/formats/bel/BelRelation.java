package org.mechgraph.imports.formats.bel;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.mechgraph.model.EffectType;

/**
 * BEL relations as mechgraph effects. Each is imported as an effect, possibly with subject and object swapped
 * ({@code hasVariant}: the variant is a form of the plain term), or skipped for a stated reason. A relation not in
 * this table is an error, so a new relation is never dropped silently.
 */
public enum BelRelation {
    INCREASES("increases", EffectType.INCREASES, false, null),
    DIRECTLY_INCREASES("directlyIncreases", EffectType.INCREASES, false, null),
    DECREASES("decreases", EffectType.DECREASES, false, null),
    DIRECTLY_DECREASES("directlyDecreases", EffectType.DECREASES, false, null),
    POSITIVE_CORRELATION("positiveCorrelation", EffectType.ASSOCIATED_WITH, false, null),
    NEGATIVE_CORRELATION("negativeCorrelation", EffectType.ASSOCIATED_WITH, false, null),
    ASSOCIATION("association", EffectType.ASSOCIATED_WITH, false, null),
    REGULATES("regulates", EffectType.ASSOCIATED_WITH, false, null),
    BIOMARKER_FOR("biomarkerFor", EffectType.ASSOCIATED_WITH, false, null),
    PROGNOSTIC_BIOMARKER_FOR("prognosticBiomarkerFor", EffectType.ASSOCIATED_WITH, false, null),
    PART_OF("partOf", EffectType.PART_OF, false, null),
    // CONIB writes these two member-first: p(HGNC:PYCARD) hasComponent complex(GO:"inflammasome complex").
    HAS_MEMBER("hasMember", EffectType.PART_OF, false, null),
    HAS_COMPONENT("hasComponent", EffectType.PART_OF, false, null),
    HAS_VARIANT("hasVariant", EffectType.FORM_OF, true, null),
    CAUSES_NO_CHANGE("causesNoChange", null, false,
            "causesNoChange: the paper reports that the subject does not change the object; mechgraph records effects, not their absence"),
    IS_A("isA", null, false, "isA: a classification, not an effect"),
    EQUIVALENT_TO("equivalentTo", null, false, "equivalentTo: two names for one thing, not an effect"),
    HAS_REACTANT("hasReactant", null, false, "hasReactant: a part of a reaction term, not an effect"),
    HAS_PRODUCT("hasProduct", null, false, "hasProduct: a part of a reaction term, not an effect"),
    TRANSCRIBED_TO("transcribedTo", null, false, "transcribedTo: gene expression written as BEL terms, not an effect"),
    TRANSLATED_TO("translatedTo", null, false, "translatedTo: gene expression written as BEL terms, not an effect"),
    ORTHOLOGOUS("orthologous", null, false, "orthologous: the same gene in another species, not an effect");

    private static final Map<String, BelRelation> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(BelRelation::bel, Function.identity()));

    private final String bel;
    private final EffectType effect;
    private final boolean swap;
    private final String skipReason;

    BelRelation(String bel, EffectType effect, boolean swap, String skipReason) {
        this.bel = bel;
        this.effect = effect;
        this.swap = swap;
        this.skipReason = skipReason;
    }

    public static Optional<BelRelation> of(String bel) {
        return Optional.ofNullable(BY_NAME.get(bel));
    }

    public String bel() {
        return bel;
    }

    /** The effect, or null when rows of this relation are skipped. */
    public EffectType effect() {
        return effect;
    }

    /** True when the effect runs from the BEL object to the BEL subject. */
    public boolean swap() {
        return swap;
    }

    public String skipReason() {
        return skipReason;
    }
}
