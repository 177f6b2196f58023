package org.mechgraph.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Latencies in milliseconds, sorted, with the figures a report shows (nearest-rank percentiles). */
record Latencies(List<Double> sorted) {

    static Latencies of(Collection<Double> millis) {
        return new Latencies(millis.stream().sorted().toList());
    }

    double p(double percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1)));
    }

    double max() {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
    }

    int count() {
        return sorted.size();
    }

    /** "p50 | p95 | p99 | max" in milliseconds, as table cells. */
    String cells() {
        return ms(p(50)) + " | " + ms(p(95)) + " | " + ms(p(99)) + " | " + ms(max());
    }

    /** Milliseconds as a report shows them: one decimal below 10, whole above. */
    static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return String.format(Locale.ROOT, ms < 10 ? "%.1f" : "%,.0f", ms);
    }
}
