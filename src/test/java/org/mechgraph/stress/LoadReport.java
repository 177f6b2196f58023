package org.mechgraph.stress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The figures of one load run: requests, rate, status codes, connection errors and timeouts, latency percentiles per
 * kind and overall, hostile queries that were not refused, and the server's RSS over the run.
 */
final class LoadReport {

    /** RSS may grow by at most this much across the second half of a run for memory to count as bounded. */
    static final double RSS_GROWTH_LIMIT = 0.10;

    /** Collects outcomes from every lane; thread-safe. */
    static final class Recorder {
        private final Map<String, KindStats> kinds = new LinkedHashMap<>();
        private final AtomicLong answered = new AtomicLong();
        private final Set<String> errorSamples = new LinkedHashSet<>();
        /** The first answer of each unexpected (kind, status): what the server said. */
        private final Map<String, String> answerSamples = new LinkedHashMap<>();

        synchronized void answer(RequestMix.Kind kind, RequestMix.Call call, int status, long nanos, byte[] body) {
            answered.incrementAndGet();
            KindStats s = stats(kind);
            s.nanos.add(nanos);
            s.statuses.merge(status, 1L, Long::sum);
            if (kind.mustBeRefused()) {
                s.byCall.computeIfAbsent(label(call), k -> new TreeMap<>()).merge(Integer.toString(status), 1L,
                        Long::sum);
            }
            boolean unexpected = kind.mustBeRefused() ? status < 400 || status >= 500 : status >= 400;
            String key = kind.name() + " " + status;
            if (unexpected && answerSamples.size() < 12 && !answerSamples.containsKey(key)) {
                String text = new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8)
                        .replace("\n", " ").replace("\r", " ");
                answerSamples.put(key, label(call) + " → " + text);
            }
        }

        synchronized void timeout(RequestMix.Kind kind, RequestMix.Call call) {
            KindStats s = stats(kind);
            s.timeouts++;
            s.byCall.computeIfAbsent(label(call), k -> new TreeMap<>()).merge("timeout", 1L, Long::sum);
        }

        synchronized void connectionError(RequestMix.Kind kind, String what) {
            stats(kind).errors++;
            if (errorSamples.size() < 10) {
                errorSamples.add(kind.name() + ": " + what);
            }
        }

        long answered() {
            return answered.get();
        }

        private KindStats stats(RequestMix.Kind kind) {
            return kinds.computeIfAbsent(kind.name(), k -> new KindStats(kind));
        }

        private static String label(RequestMix.Call call) {
            String text = call.consoleQuery() != null ? call.consoleQuery() : call.path();
            text = text.replace("\r", "\\r").replace("\n", "\\n");
            return text.length() > 60 ? text.substring(0, 57) + "…" : text;
        }
    }

    private static final class KindStats {
        final RequestMix.Kind kind;
        final List<Long> nanos = new ArrayList<>();
        final TreeMap<Integer, Long> statuses = new TreeMap<>();
        final Map<String, TreeMap<String, Long>> byCall = new LinkedHashMap<>();
        long timeouts;
        long errors;

        KindStats(RequestMix.Kind kind) {
            this.kind = kind;
        }
    }

    private final LoadGenerator.Settings settings;
    private final Instant startedAt;
    private final Map<String, KindStats> kinds;
    private final List<String> errorSamples;
    private final Map<String, String> answerSamples;
    private final double seconds;
    private final int stuckLanes;
    private final List<RssSampler.Sample> rss;
    private final List<String> order;
    private final String loadBefore;
    private final String loadAfter;

    LoadReport(LoadGenerator.Settings settings, Instant startedAt, Recorder recorder, double seconds, int stuckLanes,
               List<RssSampler.Sample> rss, List<RequestMix.Kind> mixKinds, String loadBefore, String loadAfter) {
        this.settings = settings;
        this.startedAt = startedAt;
        synchronized (recorder) {
            this.kinds = new LinkedHashMap<>(recorder.kinds);
            this.errorSamples = List.copyOf(recorder.errorSamples);
            this.answerSamples = new LinkedHashMap<>(recorder.answerSamples);
        }
        this.seconds = seconds;
        this.stuckLanes = stuckLanes;
        this.rss = List.copyOf(rss);
        this.order = new ArrayList<>(mixKinds.stream().map(RequestMix.Kind::name).toList());
        this.order.add(RequestMix.HEAVY.name());
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    long answered() {
        return kinds.values().stream().mapToLong(k -> k.nanos.size()).sum();
    }

    long serverErrors() {
        return kinds.values().stream().flatMap(k -> k.statuses.entrySet().stream())
                .filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    long connectionErrors() {
        return kinds.values().stream().mapToLong(k -> k.errors).sum();
    }

    long timeouts() {
        return kinds.values().stream().mapToLong(k -> k.timeouts).sum();
    }

    /** Hostile or heavy console queries answered with anything but a 4xx (timeouts are counted as timeouts). */
    long hostileNotRefused() {
        return kinds.values().stream().filter(k -> k.kind.mustBeRefused())
                .flatMap(k -> k.statuses.entrySet().stream())
                .filter(e -> e.getKey() < 400 || e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    int stuckLanes() {
        return stuckLanes;
    }

    double requestsPerSecond() {
        return seconds > 0 ? answered() / seconds : 0;
    }

    /** RSS at the middle of the run and at its end, when both were sampled. */
    Optional<long[]> rssSecondHalf() {
        double half = settings.duration().toMillis() / 2000.0;
        double end = Math.min(seconds, settings.duration().toMillis() / 1000.0 + 1);
        Optional<RssSampler.Sample> mid = rss.stream().filter(s -> s.seconds() >= half).findFirst();
        Optional<RssSampler.Sample> last = rss.stream().filter(s -> s.seconds() <= end).reduce((a, b) -> b);
        if (mid.isEmpty() || last.isEmpty() || last.get().seconds() <= mid.get().seconds()) {
            return Optional.empty();
        }
        return Optional.of(new long[] {mid.get().mib(), last.get().mib()});
    }

    /** Growth of RSS across the second half of the run, as a fraction (0.1 is 10%). */
    Optional<Double> rssGrowth() {
        return rssSecondHalf().map(m -> (double) (m[1] - m[0]) / m[0]);
    }

    String text() {
        var out = new StringBuilder();
        var s = settings;
        out.append("mechgraph load run '").append(s.name()).append("'  ")
                .append(startedAt.truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append("target   ").append(s.base()).append("  server: ").append(s.server()).append('\n');
        out.append(String.format(Locale.ROOT, "load     %d connections%s for %d s, request timeout %d s%n",
                s.connections(), s.heavy() ? " + 1 heavy-query lane" : " (heavy queries not sent)",
                s.duration().toSeconds(), s.requestTimeout().toSeconds()));
        out.append("machine  ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after (other work on the machine makes figures noisy)\n\n");

        out.append(String.format(Locale.ROOT, "requests         %,d answered in %.1f s = %.0f req/s%n", answered(),
                seconds, requestsPerSecond()));
        var statuses = new TreeMap<Integer, Long>();
        kinds.values().forEach(k -> k.statuses.forEach((code, n) -> statuses.merge(code, n, Long::sum)));
        out.append("status codes     ").append(statuses.entrySet().stream()
                .map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        out.append("5xx              ").append(serverErrors()).append('\n');
        out.append("connection errs  ").append(connectionErrors()).append('\n');
        out.append("timeouts         ").append(timeouts()).append(stuckLanes > 0
                ? "  (" + stuckLanes + " lanes still stuck at the end)" : "").append('\n');
        out.append("hostile not 4xx  ").append(hostileNotRefused()).append('\n');
        errorSamples.forEach(e -> out.append("  error: ").append(e).append('\n'));
        answerSamples.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));

        out.append('\n').append(String.format(Locale.ROOT, "%-32s %7s %8s %8s %8s %8s  %s%n", "kind", "n",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "status codes / timeouts / connection errors"));
        List<Long> all = new ArrayList<>();
        for (String name : order) {
            KindStats k = kinds.get(name);
            if (k == null) {
                continue;
            }
            all.addAll(k.nanos);
            out.append(row(name, k.nanos, describe(k.statuses, k.timeouts, k.errors)));
            k.byCall.forEach((call, outcomes) -> out.append("    ").append(call).append("  ")
                    .append(outcomes.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                            .collect(Collectors.joining(", "))).append('\n'));
        }
        out.append(row("all", all, ""));

        out.append('\n');
        if (rss.isEmpty()) {
            out.append("RSS              not sampled\n");
        } else {
            long max = rss.stream().mapToLong(RssSampler.Sample::mib).max().orElse(0);
            out.append(String.format(Locale.ROOT, "RSS of pid %d     first %d MiB, max %d MiB, last %d MiB%n",
                    s.serverPid().orElse(-1), rss.get(0).mib(), max, rss.get(rss.size() - 1).mib()));
            out.append("second half      ").append(rssSecondHalf().map(m -> String.format(Locale.ROOT,
                    "%d → %d MiB, %+.1f%%: %s", m[0], m[1], 100.0 * (m[1] - m[0]) / m[0],
                    (double) (m[1] - m[0]) / m[0] > RSS_GROWTH_LIMIT ? "GREW more than 10%" : "within 10%"))
                    .orElse("too few samples")).append('\n');
            out.append("samples (s:MiB)  ").append(rss.stream()
                    .map(x -> String.format(Locale.ROOT, "%.0f:%d", x.seconds(), x.mib()))
                    .collect(Collectors.joining(" "))).append('\n');
        }
        return out.toString();
    }

    /** Prints the report and writes it to {@code target/load/<name>.txt}. */
    Path write() {
        String text = text();
        System.out.println(text);
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "load");
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(settings.name() + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(TreeMap<Integer, Long> statuses, long timeouts, long errors) {
        List<String> parts = new ArrayList<>();
        statuses.forEach((code, n) -> parts.add(code + " × " + n));
        if (timeouts > 0) {
            parts.add("timeout × " + timeouts);
        }
        if (errors > 0) {
            parts.add("connection error × " + errors);
        }
        return String.join(", ", parts);
    }

    private static String row(String name, List<Long> nanos, String tail) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-32s %7d %8s %8s %8s %8s  %s%n", name, sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0), tail);
    }

    /** The nearest-rank percentile in milliseconds. */
    private static String ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(p * sorted.length);
        double value = sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String summary(LoadReport r) {
        return String.format(Locale.ROOT, "%,d answered (%.0f req/s), 5xx %d, connection errors %d, timeouts %d, "
                        + "hostile not 4xx %d; report in target/load/%s.txt", r.answered(), r.requestsPerSecond(),
                r.serverErrors(), r.connectionErrors(), r.timeouts(), r.hostileNotRefused(), r.settings.name());
    }
}
