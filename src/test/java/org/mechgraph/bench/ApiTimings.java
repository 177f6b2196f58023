package org.mechgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mechgraph.support.Api;

/** Entity search and a hub's neighbours over HTTP, one request at a time, after a warm-up. */
final class ApiTimings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiTimings() {
    }

    /** Each term once to warm up, then once measured; a table row with how many found nothing or failed. */
    static String search(Http http, List<String> terms) {
        terms.forEach(t -> http.get(url(t)));
        List<Double> millis = new ArrayList<>();
        int empty = 0;
        int errors = 0;
        for (String t : terms) {
            Http.Answer a = http.get(url(t));
            millis.add(a.ms());
            errors += a.status() == 200 ? 0 : 1;
            empty += a.status() == 200 && a.body().contains("\"hits\":[]") ? 1 : 0;
        }
        return """
                | inputs | p50 ms | p95 ms | p99 ms | max ms | no hit | errors |
                |---|---|---|---|---|---|---|
                """ + String.format(Locale.ROOT, "| %d | %s | %d | %d |%n", terms.size(),
                Latencies.of(millis).cells(), empty, errors);
    }

    private static String total(String json) {
        try {
            return String.format(Locale.ROOT, "%,d", JSON.readTree(json).get("total").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(String term) {
        return "/api/entities?q=" + Api.enc(term);
    }

    /**
     * Per hub: one warm-up at the first limit, then {@code runs.get(limit)} measured at each limit; the median and
     * the slowest, and the hub's effects in all. A request that fails (or takes over the client's timeout) is shown
     * as such.
     */
    static String neighbours(Http http, List<String> hubs, Map<Integer, Integer> runs) {
        StringBuilder t = new StringBuilder("| hub | effects |");
        runs.forEach((limit, n) -> t.append(" limit ").append(limit).append(n > 1 ? ": median ms | max ms |" : ": ms |"));
        t.append("\n|---|---|");
        runs.forEach((limit, n) -> t.append(n > 1 ? "---|---|" : "---|"));
        t.append('\n');
        for (String hub : hubs) {
            String total = "?";
            StringBuilder cells = new StringBuilder();
            http.get(url(hub, runs.keySet().iterator().next()));
            for (var e : runs.entrySet()) {
                List<Double> millis = new ArrayList<>();
                String failed = null;
                for (int i = 0; i < e.getValue() && failed == null; i++) {
                    Http.Answer a = http.get(url(hub, e.getKey()));
                    if (a.status() != 200) {
                        failed = a.status() == -1 ? "no answer in " + Latencies.ms(a.ms()) + " ms" : "status " + a.status();
                    } else {
                        millis.add(a.ms());
                        total = total(a.body());
                    }
                }
                Latencies l = Latencies.of(millis);
                if (failed != null) {
                    cells.append(' ').append(failed).append(e.getValue() > 1 ? " | |" : " |");
                } else if (e.getValue() > 1) {
                    cells.append(' ').append(Latencies.ms(l.p(50))).append(" | ").append(Latencies.ms(l.max()))
                            .append(" |");
                } else {
                    cells.append(' ').append(Latencies.ms(l.max())).append(" |");
                }
            }
            t.append("| ").append(hub).append(" | ").append(total).append(" |").append(cells).append('\n');
        }
        return t.toString();
    }

    private static String url(String hub, int limit) {
        return "/api/entities/" + Api.enc(hub) + "/neighbours?limit=" + limit;
    }
}
