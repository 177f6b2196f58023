package org.mechgraph.imports.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NCBI Taxonomy ids as a reader would write them and as the curated corpus does: {@code mouse}, {@code human}; a taxon
 * without a common name here stays {@code NCBITaxon:id}. One spelling per species, so a species filter finds them all.
 */
public final class Species {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("9606", "human"), Map.entry("10090", "mouse"), Map.entry("10116", "rat"),
            Map.entry("10114", "rat (genus Rattus)"), Map.entry("7227", "fruit fly"),
            Map.entry("7215", "fruit fly (genus Drosophila)"), Map.entry("6239", "C. elegans"),
            Map.entry("4932", "baker's yeast"), Map.entry("4896", "fission yeast"), Map.entry("7955", "zebrafish"),
            Map.entry("8355", "African clawed frog"), Map.entry("9989", "rodents"), Map.entry("40674", "mammals"),
            Map.entry("9544", "rhesus macaque"), Map.entry("9615", "dog"), Map.entry("9913", "cattle"),
            Map.entry("9823", "pig"), Map.entry("10141", "guinea pig"), Map.entry("9986", "rabbit"));

    private Species() {
    }

    /**
     * A {@code |}-joined list of taxon ids ({@code 10090|9606}, or {@code NCBITaxon:10090}) as readable text; null
     * for blank.
     */
    public static String describe(String taxa) {
        if (taxa == null || taxa.isBlank()) {
            return null;
        }
        return Arrays.stream(taxa.split("\\|")).map(String::strip).filter(t -> !t.isEmpty())
                .map(Species::one).collect(Collectors.joining(", "));
    }

    /**
     * The taxon ids of a species text this class wrote ({@code mouse, human} → {@code NCBITaxon:10090},
     * {@code NCBITaxon:9606}); empty when any part of it names no taxon (free text such as {@code human; rodent}).
     */
    public static List<String> taxa(String species) {
        if (species == null || species.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : species.split(", ")) {
            String name = part.strip();
            String id = name.regionMatches(true, 0, "NCBITaxon:", 0, 10) ? name.substring(10)
                    : NAMES.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey)
                            .findFirst().orElse(null);
            if (id == null || id.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
                return List.of();
            }
            out.add("NCBITaxon:" + id);
        }
        return out;
    }

    private static String one(String taxon) {
        String id = taxon.regionMatches(true, 0, "NCBITaxon:", 0, 10) ? taxon.substring(10) : taxon;
        String name = NAMES.get(id);
        return name == null ? "NCBITaxon:" + id : name;
    }
}
