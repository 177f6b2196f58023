package org.mechgraph.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.mechgraph.bench.BenchQueries.PathQuery;

/**
 * {@code /api/paths} under concurrent clients on loopback: each client its own HTTP/1.1 connection and thread, sending
 * the next query as soon as the last is answered (a closed loop), through the seeded queries from its own offset, for
 * a fixed time. Requests/s counts the answers completed in that time.
 */
final class Throughput {

    /** One level of concurrency: answers, seconds, their latencies, errors (non-200 or no answer), out of time. */
    record Level(int clients, long answered, double seconds, Latencies latencies, long errors, long outOfTime,
                 String loadBefore, String loadAfter) {

        String row() {
            return String.format(Locale.ROOT, "| %d | %,d | %.1f | %s | %s | %s | %d | %d | %s → %s |%n", clients,
                    answered, answered / seconds, Latencies.ms(latencies.p(50)), Latencies.ms(latencies.p(95)),
                    Latencies.ms(latencies.max()), errors, outOfTime, loadBefore, loadAfter);
        }
    }

    static final String HEADER = """
            | clients | answers | requests/s | p50 ms | p95 ms | max ms | errors | out of time | load 1 min |
            |---|---|---|---|---|---|---|---|---|
            """;

    private Throughput() {
    }

    static Level run(URI base, List<PathQuery> queries, int clients, Duration duration) throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicLong outOfTime = new AtomicLong();
        String before = Machine.load1();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * queries.size() / clients;
            Thread t = new Thread(() -> {
                Http http = new Http(base, Duration.ofSeconds(60));
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    Http.Answer a = http.get(queries.get(i % queries.size()).url());
                    if (System.nanoTime() > deadline) {
                        break; // answered after the time: not counted
                    }
                    millis.add(a.ms());
                    if (a.status() != 200) {
                        errors.incrementAndGet();
                    } else if (a.body().contains("\"outOfTime\":true")) {
                        outOfTime.incrementAndGet();
                    }
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(duration.plusMinutes(2).toMillis());
        }
        double seconds = duration.toNanos() / 1e9;
        return new Level(clients, millis.size(), seconds, Latencies.of(List.copyOf(millis)), errors.get(),
                outOfTime.get(), before, Machine.load1());
    }
}
