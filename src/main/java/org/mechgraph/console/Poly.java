package org.mechgraph.console;

import java.util.Locale;

/**
 * An upper bound that may depend on the data: {@code Σ c[i][j] · D^i · S^j}, where {@code D} stands for the length of a
 * list that came from the graph or an aggregation ({@code collect()}, {@code nodes(p)}, a list property) and {@code S}
 * for the size of one stored value (a property string). Both are finite — stored or memory-tracked — but unknown
 * when the query is checked, so the console allows what is at most linear in each and refuses {@code D²} or
 * {@code S²}: work that grows with the square of the data inside one expression, where no timeout can stop it.
 */
record Poly(double[][] c, boolean tooDeep) {

    static final Poly ZERO = new Poly(new double[3][3], false);
    static final Poly ONE = constant(1);
    /** One value read from the graph. */
    static final Poly S = monomial(0, 1);
    /** The length of a list read from the graph or built by an aggregation. */
    static final Poly D = monomial(1, 0);

    static Poly constant(double value) {
        double[][] c = new double[3][3];
        c[0][0] = Math.max(0, value);
        return new Poly(c, false);
    }

    private static Poly monomial(int i, int j) {
        double[][] c = new double[3][3];
        c[i][j] = 1;
        return new Poly(c, false);
    }

    Poly plus(Poly o) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = c[i][j] + o.c[i][j];
            }
        }
        return new Poly(r, tooDeep || o.tooDeep);
    }

    Poly max(Poly o) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = Math.max(c[i][j], o.c[i][j]);
            }
        }
        return new Poly(r, tooDeep || o.tooDeep);
    }

    Poly times(Poly o) {
        double[][] r = new double[3][3];
        boolean deep = tooDeep || o.tooDeep;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (c[i][j] == 0) {
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    for (int l = 0; l < 3; l++) {
                        if (o.c[k][l] == 0) {
                            continue;
                        }
                        if (i + k > 2 || j + l > 2) {
                            deep = true;
                        } else {
                            r[i + k][j + l] += c[i][j] * o.c[k][l];
                        }
                    }
                }
            }
        }
        return new Poly(r, deep);
    }

    /** Grows with the square (or more) of the data. */
    boolean quadratic() {
        if (tooDeep) {
            return true;
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (c[i][j] > 0 && (i >= 2 || j >= 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isConstant(double value) {
        return c[0][0] == value && !dependsOnData() && !quadratic();
    }

    double constantPart() {
        return c[0][0];
    }

    /** The largest factor on a data term (D, S or D·S). */
    double dataFactor() {
        return Math.max(Math.max(c[1][0], c[0][1]), c[1][1]);
    }

    boolean dependsOnData() {
        return dataFactor() > 0;
    }

    static String count(double n) {
        return n >= 1e6 ? String.format(Locale.ROOT, "%.0e", n) : String.format(Locale.ROOT, "%,.0f", n);
    }
}
