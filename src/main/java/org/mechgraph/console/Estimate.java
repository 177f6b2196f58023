package org.mechgraph.console;

/**
 * What the console knows of an expression before it runs: how many items it holds ({@code count}: 1 for a single
 * value), how large each item is ({@code each}: characters, or units for numbers), how many steps evaluating it takes
 * ({@code work}), what kind of value it is, and, for integers, a bound on their magnitude (null when unknown).
 */
record Estimate(Poly count, Poly each, Poly work, Kind kind, Poly magnitude) {

    enum Kind { NUMBER, STRING, LIST, MAP, ANY }

    /** A value read from the graph: one item of stored size. */
    static final Estimate STORED = new Estimate(Poly.ONE, Poly.S, Poly.ONE, Kind.ANY, null);

    static Estimate number(Poly work, Poly magnitude) {
        return new Estimate(Poly.ONE, Poly.ONE, work, Kind.NUMBER, magnitude);
    }

    static Estimate single(Kind kind, Poly each, Poly work) {
        return new Estimate(Poly.ONE, each, work, kind, null);
    }

    static Estimate list(Poly count, Poly each, Poly work) {
        return new Estimate(count, each, work, Kind.LIST, null);
    }

    /** Everything the value holds. */
    Poly total() {
        return count.times(each);
    }

    /** Work so far plus the cost of producing and touching the value. */
    Poly cost() {
        return work.plus(total());
    }

    Estimate withWork(Poly more) {
        return new Estimate(count, each, work.plus(more), kind, magnitude);
    }
}
