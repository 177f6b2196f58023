package org.mechgraph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The vocabulary of effects between entities. Each carries a polarity so paths can later be composed by sign:
 * an inhibitor of an inhibitor activates.
 */
public enum EffectType {
    INHIBITS(Polarity.NEGATIVE, "blocks, antagonises or suppresses"),
    ACTIVATES(Polarity.POSITIVE, "stimulates a receptor or pathway"),
    INCREASES(Polarity.POSITIVE, "raises a level or a process"),
    DECREASES(Polarity.NEGATIVE, "lowers a level or a process"),
    CAUSES(Polarity.POSITIVE, "leads to an outcome, adverse effects included"),
    TREATS(Polarity.NEGATIVE, "used or approved against a condition (lowers it)"),
    ASSOCIATED_WITH(Polarity.NEUTRAL, "linked, with no direction or sign stated"),
    BINDS(Polarity.NEUTRAL, "binds, with no functional sign recorded"),
    PART_OF(Polarity.NEUTRAL, "is a component of"),
    FORM_OF(Polarity.NEUTRAL, "is a form (enantiomer, brand, formulation) of");

    public enum Polarity {
        POSITIVE, NEGATIVE, NEUTRAL;

        public String label() {
            return name().toLowerCase();
        }
    }

    private final Polarity polarity;
    private final String meaning;

    EffectType(Polarity polarity, String meaning) {
        this.polarity = polarity;
        this.meaning = meaning;
    }

    public Polarity polarity() {
        return polarity;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<EffectType> of(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
