package org.mechgraph.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;

/**
 * The console's first gate, before the database sees anything: the query is read by Neo4j's own Cypher 5 lexer and
 * parser, and only what {@link QueryAnalysis} allows passes. What passes is sent with its comments blanked out, so
 * the database runs exactly the tokens that were checked — no comment can end differently for it than for the gate.
 */
public final class CypherGate {

    /** Brackets may nest this deep; checked on tokens, before any recursive parsing can overflow a stack. */
    static final int MAX_NESTING = 50;

    /** What the gate says of a query. */
    public sealed interface Verdict permits Pass, Refuse, Invalid {
    }

    /** Runs: {@code text} is the query with its comments blanked (same length, same lines and columns). */
    public record Pass(String text) implements Verdict {
    }

    public record Refuse(String reason) implements Verdict {
    }

    /** Not Cypher: where and why, in the user's own text (line and column from 1, offset from 0). */
    public record Invalid(String message, int line, int column, int offset) implements Verdict {
    }

    private static final Set<Integer> OPENING = Set.of(Cypher5Lexer.LPAREN, Cypher5Lexer.LBRACKET,
            Cypher5Lexer.LCURLY);
    private static final Set<Integer> CLOSING = Set.of(Cypher5Lexer.RPAREN, Cypher5Lexer.RBRACKET,
            Cypher5Lexer.RCURLY);

    private CypherGate() {
    }

    public static Verdict check(String query, Map<String, Object> params) {
        List<Invalid> errors = new ArrayList<>();
        var lexer = new Cypher5Lexer(CharStreams.fromString(query));
        var tokens = new CommonTokenStream(lexer);
        var listener = new FirstError(errors);
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        tokens.fill();
        if (!errors.isEmpty()) {
            return errors.get(0);
        }
        Verdict early = prefixOrNesting(tokens.getTokens());
        if (early != null) {
            return early;
        }
        var parser = new Cypher5Parser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        Cypher5Parser.StatementsContext tree;
        try {
            tree = parser.statements();
        } catch (StackOverflowError e) {
            return new Refuse("the query nests too deeply to be checked");
        }
        if (!errors.isEmpty()) {
            return errors.get(0);
        }
        try {
            QueryAnalysis.check(tree, params);
        } catch (QueryAnalysis.Refusal r) {
            return new Refuse(r.getMessage());
        }
        return new Pass(blankComments(query, tokens.getTokens()));
    }

    private static Verdict prefixOrNesting(List<Token> tokens) {
        int depth = 0;
        boolean first = true;
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
                continue;
            }
            if (first) {
                String word = t.getText().toUpperCase(Locale.ROOT);
                if (word.equals("CYPHER") || word.equals("EXPLAIN") || word.equals("PROFILE")) {
                    return new Refuse(QueryAnalysis.reason(word));
                }
                first = false;
            }
            if (OPENING.contains(t.getType()) && ++depth > MAX_NESTING) {
                return new Refuse("the query nests brackets more than " + MAX_NESTING + " deep");
            } else if (CLOSING.contains(t.getType())) {
                depth--;
            }
        }
        return null;
    }

    /** Comments become spaces (line breaks kept), so positions in error messages still match the user's text. */
    static String blankComments(String query, List<Token> tokens) {
        int[] points = query.codePoints().toArray();
        for (Token t : tokens) {
            if (t.getType() == Cypher5Lexer.SINGLE_LINE_COMMENT || t.getType() == Cypher5Lexer.MULTI_LINE_COMMENT) {
                for (int i = t.getStartIndex(); i <= t.getStopIndex() && i < points.length; i++) {
                    if (points[i] != '\n' && points[i] != '\r') {
                        points[i] = ' ';
                    }
                }
            }
        }
        return new String(points, 0, points.length);
    }

    /** Keeps the first syntax error, worded like Neo4j's, with a 1-based column. */
    private static final class FirstError extends BaseErrorListener {
        private final List<Invalid> errors;

        FirstError(List<Invalid> errors) {
            this.errors = errors;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String message,
                                RecognitionException e) {
            if (!errors.isEmpty()) {
                return;
            }
            int offset = offending instanceof Token t ? t.getStartIndex() : -1;
            String input = offending instanceof Token t
                    ? (t.getType() == Token.EOF ? "end of input" : "'" + t.getText() + "'") : "here";
            if (offset < 0 && recognizer instanceof org.antlr.v4.runtime.Lexer lexer) {
                offset = lexer._tokenStartCharIndex;
            }
            errors.add(new Invalid("Invalid input " + input + ": " + message + " (line " + line + ", column "
                    + (column + 1) + " (offset: " + Math.max(0, offset) + "))", line, column + 1, Math.max(0, offset)));
        }
    }
}
