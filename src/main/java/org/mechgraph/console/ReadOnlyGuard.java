package org.mechgraph.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first of the console's two gates, before the database sees anything: the query's words, with comments and
 * string literals removed so neither can hide or fake a keyword. It refuses every clause that writes, changes schema
 * or administers, {@code LOAD CSV}, {@code IN TRANSACTIONS}, {@code USE}, and any procedure off the allow-list.
 * The second gate, {@link PlanGuard}, asks the database's own planner.
 */
public final class ReadOnlyGuard {

    /** Procedures that only read the schema or search: none writes, reads files, reaches the network or config. */
    public static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships");

    private static final Set<String> REFUSED = Set.of(
            "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD", "USE", "INSERT",
            "SHOW", "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "TERMINATE", "ENABLE",
            "DEALLOCATE", "REALLOCATE", "EXPLAIN", "PROFILE", "CYPHER", "PERIODIC", "FINISH", "TRANSACTIONS");

    /** Words that administer only before these (so a variable called start or stop still reads). */
    private static final Set<String> ADMIN_PREFIX = Set.of("START", "STOP");
    private static final Set<String> ADMIN_OBJECT = Set.of("DATABASE", "DATABASES", "SERVER", "SERVERS");

    private ReadOnlyGuard() {
    }

    /** Why the query is refused, or empty when its words are those of a read. */
    public static Optional<String> refusal(String query) {
        List<Token> tokens = tokens(query);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() == null || t.isName()) {
                continue;
            }
            String upper = t.word().toUpperCase(Locale.ROOT);
            if (REFUSED.contains(upper)) {
                return Optional.of(reason(upper));
            }
            if (ADMIN_PREFIX.contains(upper) && i + 1 < tokens.size() && tokens.get(i + 1).word() != null
                    && ADMIN_OBJECT.contains(tokens.get(i + 1).word().toUpperCase(Locale.ROOT))) {
                return Optional.of(reason(upper));
            }
            if (upper.equals("CALL") && i + 1 < tokens.size() && tokens.get(i + 1).word() == null
                    && !"{".equals(tokens.get(i + 1).symbol()) && !"(".equals(tokens.get(i + 1).symbol())) {
                return Optional.of("CALL must name an allowed procedure in plain words or open a { subquery }");
            }
            if (upper.equals("CALL") && i + 1 < tokens.size() && tokens.get(i + 1).word() != null) {
                String procedure = procedureName(tokens, i + 1);
                if (!ALLOWED_PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
                    return Optional.of("procedure " + procedure + " is not on the console's allow-list ("
                            + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()) + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static String reason(String keyword) {
        return switch (keyword) {
            case "LOAD" -> "LOAD CSV reads files and URLs: the console only reads the graph";
            case "TRANSACTIONS", "PERIODIC" -> "CALL { … } IN TRANSACTIONS writes in batches: the console only reads";
            case "EXPLAIN", "PROFILE", "CYPHER" -> keyword + " is added by the console itself; send the query alone";
            case "USE" -> "USE switches databases: the console reads the mechgraph database only";
            case "SHOW", "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "START", "STOP", "TERMINATE", "ENABLE",
                 "DEALLOCATE", "REALLOCATE" -> keyword + " is an administration command: the console only reads";
            default -> keyword + " writes to the graph or its schema: the console only reads";
        };
    }

    private static String procedureName(List<Token> tokens, int start) {
        StringBuilder name = new StringBuilder(tokens.get(start).word());
        int i = start + 1;
        while (i + 1 < tokens.size() && ".".equals(tokens.get(i).symbol()) && tokens.get(i + 1).word() != null) {
            name.append('.').append(tokens.get(i + 1).word());
            i += 2;
        }
        return name.toString();
    }

    /** A word (identifier or keyword) or a one-character symbol; {@code after}/{@code before} are neighbours. */
    record Token(String word, String symbol, String before, String after) {
        /** A property key, label, type or map key rather than a clause keyword. */
        boolean isName() {
            return ".".equals(before) || ":".equals(before) || ":".equals(after) || "$".equals(before);
        }
    }

    static List<Token> tokens(String query) {
        List<String> raw = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
                while (i < n && query.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
                int end = query.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"') {
                i = skipLiteral(query, i, c);
                raw.add("\0literal");
            } else if (c == '`') {
                int end = query.indexOf('`', i + 1);
                i = end < 0 ? n : end + 1;
                raw.add("\0name");
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || query.charAt(i) == '_')) {
                    i++;
                }
                raw.add(query.substring(start, i));
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                raw.add(String.valueOf(c));
                i++;
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            String s = raw.get(k);
            boolean word = !s.startsWith("\0") && (Character.isLetter(s.charAt(0)) || s.charAt(0) == '_');
            tokens.add(new Token(word ? s : null, word ? null : s,
                    k > 0 ? raw.get(k - 1) : null, k + 1 < raw.size() ? raw.get(k + 1) : null));
        }
        return tokens;
    }

    private static int skipLiteral(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
