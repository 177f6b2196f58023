package org.mechgraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author as stored ("Levinstein MR", "Zarate CA Jr", "Tracy N.", "Marie Benz MD FAAD") split into family name,
 * given names (initials become "M. R.") and suffix. A name that cannot be split is kept whole as {@code literal}.
 */
public record AuthorName(String family, String given, String suffix, String literal) {

    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,3}");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");
    private static final Set<String> DEGREES = Set.of("MD", "DO", "RN", "PhD", "MSc", "MBBS", "MPH", "BSc", "MA",
            "MS", "BA", "FAAD", "FACP", "FRCP", "FRCPC", "DDS", "DMD", "PharmD");

    public static AuthorName parse(String raw) {
        List<String> tokens = new ArrayList<>(Arrays.stream(raw.replaceAll("[.,]", " ").strip().split("\\s+"))
                .filter(t -> !t.isEmpty()).toList());
        if (tokens.isEmpty()) {
            return new AuthorName(null, null, null, raw);
        }
        String suffix = null;
        if (tokens.size() > 2 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            suffix = tokens.remove(tokens.size() - 1);
        }
        // "Given Surname MD FAAD": degrees and memberships trail the surname ("Smith MA" is initials, not a degree).
        while (tokens.size() > 2 && DEGREES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        // "Surname AB": the initials come last, after a surname that is not itself in capitals.
        int last = tokens.size() - 1;
        if (tokens.size() >= 2 && INITIALS.matcher(tokens.get(last)).matches()
                && !tokens.get(0).equals(tokens.get(0).toUpperCase())) {
            String given = String.join(" ", tokens.get(last).chars().mapToObj(c -> (char) c + ".").toList());
            return new AuthorName(String.join(" ", tokens.subList(0, last)), given, suffix, null);
        }
        if (tokens.size() == 1) {
            return new AuthorName(null, null, null, tokens.get(0));
        }
        return new AuthorName(tokens.get(tokens.size() - 1), String.join(" ", tokens.subList(0, tokens.size() - 1)),
                suffix, null);
    }

    /** The name a citation key starts with: the family name, else the whole name. */
    public String keyName() {
        return family != null ? family : literal;
    }
}
