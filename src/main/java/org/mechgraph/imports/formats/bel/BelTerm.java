package org.mechgraph.imports.formats.bel;

import java.util.ArrayList;
import java.util.List;

/**
 * A BEL term parsed just enough to name it: a function with arguments, each a term or a plain value
 * ({@code HGNC:GSK3B}, {@code Ser}, {@code "protein phosphorylation"}). {@code p(HGNC:GSK3B, pmod(Ph, Ser))} is
 * {@code p} with the value {@code HGNC:GSK3B} and the term {@code pmod(Ph, Ser)}.
 */
sealed interface BelTerm {

    record Function(String name, List<BelTerm> args) implements BelTerm {
    }

    /** A value as written, quotes removed: {@code GO:dendritic spine}, {@code Ser}. */
    record Value(String text) implements BelTerm {
    }

    /** Parses one term; throws {@link IllegalArgumentException} saying what is wrong with the text. */
    static BelTerm parse(String text) {
        Parser p = new Parser(text);
        BelTerm term = p.term();
        p.skipSpaces();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("unexpected text after the term at character " + (p.i + 1));
        }
        return term;
    }

    final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        BelTerm term() {
            skipSpaces();
            StringBuilder value = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    value.append(quoted());
                } else if (c == '(' && !value.isEmpty() && isFunctionName(value)) {
                    i++;
                    return new Function(value.toString(), arguments());
                } else if (c == ',' || c == ')') {
                    break;
                } else if (c == '(') {
                    throw new IllegalArgumentException("unexpected \"(\" at character " + (i + 1));
                } else {
                    value.append(c);
                    i++;
                }
            }
            String v = value.toString().strip();
            if (v.isEmpty()) {
                throw new IllegalArgumentException("empty argument at character " + (i + 1));
            }
            return new Value(v);
        }

        private List<BelTerm> arguments() {
            List<BelTerm> args = new ArrayList<>();
            skipSpaces();
            if (i < s.length() && s.charAt(i) == ')') {
                i++;
                return args;
            }
            while (true) {
                args.add(term());
                skipSpaces();
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unbalanced parentheses: \")\" missing");
                }
                char c = s.charAt(i++);
                if (c == ')') {
                    return args;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("unexpected \"" + c + "\" at character " + i);
                }
            }
        }

        private String quoted() {
            int start = ++i;
            StringBuilder out = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    out.append(s.charAt(i + 1));
                    i += 2;
                } else if (c == '"') {
                    i++;
                    return out.toString();
                } else {
                    out.append(c);
                    i++;
                }
            }
            throw new IllegalArgumentException("quote opened at character " + start + " is not closed");
        }

        private static boolean isFunctionName(CharSequence s) {
            if (!Character.isLetter(s.charAt(0))) {
                return false;
            }
            for (int k = 1; k < s.length(); k++) {
                if (!Character.isLetterOrDigit(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        void skipSpaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
