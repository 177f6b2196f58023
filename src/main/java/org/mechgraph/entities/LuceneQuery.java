package org.mechgraph.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user typed into a safe full-text query. Input is cut into letter and digit runs, so no Lucene syntax
 * from the user survives; each run matches exactly (boosted), as a prefix, and, from four characters on, within one
 * typo.
 */
public final class LuceneQuery {

    private LuceneQuery() {
    }

    /** At most this many words count; the rest of a long input is ignored (Lucene caps clauses). */
    static final int MAX_TOKENS = 12;

    public static List<String> tokens(String input) {
        return Arrays.stream(input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .limit(MAX_TOKENS)
                .toList();
    }

    /** A query for search-as-you-type; empty when the input has no letters or digits. */
    public static String search(String input) {
        return String.join(" AND ", tokens(input).stream().map(LuceneQuery::clause).toList());
    }

    /** A query that finds candidates for an exact name match (all tokens, exactly). */
    public static String exact(String input) {
        return String.join(" AND ", tokens(input));
    }

    private static String clause(String token) {
        String fuzzy = token.length() >= 4 ? " OR " + token + "~1" : "";
        return "(" + token + "^4 OR " + token + "*^2" + fuzzy + ")";
    }
}
