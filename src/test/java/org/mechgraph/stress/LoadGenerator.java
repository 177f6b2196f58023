package org.mechgraph.stress;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the {@link RequestMix} over {@code connections} concurrent HTTP/1.1 connections (one client and one thread
 * each, so one kept-alive connection each) for {@code duration}, while sampling the server's RSS. With
 * {@code heavy}, one more connection sends the heavy console queries, one at a time. No lane starts a request after
 * the duration, and every request is abandoned after {@code requestTimeout} (counted as a timeout), so a run ends
 * within duration + timeout. Traffic goes only to the given base, which must be a loopback address.
 */
final class LoadGenerator {

    /**
     * @param name           names the report: {@code target/load/<name>.txt}
     * @param serverPid      the process whose RSS is sampled (the test JVM itself for an in-process server)
     * @param server         one line saying what the server is (in-process, the jar with which heap, …)
     */
    record Settings(String name, URI base, int connections, Duration duration, Duration requestTimeout,
                    boolean heavy, OptionalLong serverPid, String server) {

        Settings {
            String host = base.getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
                throw new IllegalArgumentException("load goes to 127.0.0.1 only, not " + base);
            }
            if (connections < 1 || connections > 512) {
                throw new IllegalArgumentException("connections must be 1–512, not " + connections);
            }
            if (duration.isNegative() || duration.compareTo(Duration.ofMinutes(30)) > 0) {
                throw new IllegalArgumentException("duration must be at most 30 minutes, not " + duration);
            }
        }
    }

    private final Settings settings;
    private final LoadReport.Recorder recorder = new LoadReport.Recorder();
    private volatile boolean stopped;

    LoadGenerator(Settings settings) {
        this.settings = settings;
    }

    /** Runs the load to its end (or until {@link #stop()}) and returns the figures; writes nothing. */
    LoadReport run() throws InterruptedException {
        RequestMix mix = RequestMix.standard(settings.base());
        String loadBefore = loadAverage();
        Instant startedAt = Instant.now();
        try (RssSampler rss = settings.serverPid().isPresent() ? new RssSampler(settings.serverPid().getAsLong())
                : null) {
            if (rss != null) {
                rss.start();
            }
            long start = System.nanoTime();
            long deadline = start + settings.duration().toNanos();
            List<Thread> lanes = new ArrayList<>();
            for (int i = 0; i < settings.connections(); i++) {
                long seed = i;
                lanes.add(lane("load-" + i, () -> mixLane(mix, new Random(seed), deadline)));
            }
            Thread heavyLane = settings.heavy() ? lane("load-heavy", () -> heavyLane(deadline)) : null;
            // Each lane ends by the deadline plus one request timeout; the margin only guards against a stuck lane.
            long joinBy = deadline + settings.requestTimeout().toNanos() + TimeUnit.SECONDS.toNanos(30);
            int stuck = join(lanes, joinBy);
            double mixSeconds = (System.nanoTime() - start) / 1e9;
            if (heavyLane != null) {
                stuck += join(List.of(heavyLane), joinBy);
            }
            List<RssSampler.Sample> samples = rss == null ? List.of() : rss.samples();
            return new LoadReport(settings, startedAt, recorder, mixSeconds, stuck, samples, mix.kinds(),
                    loadBefore, loadAverage());
        }
    }

    /** Ends the run early: lanes start no new request. */
    void stop() {
        stopped = true;
    }

    /** Responses received so far (any status). */
    long answered() {
        return recorder.answered();
    }

    private void mixLane(RequestMix mix, Random random, long deadline) {
        HttpClient client = client();
        while (!stopped && System.nanoTime() < deadline) {
            RequestMix.Kind kind = mix.pick(random);
            send(client, kind, kind.pick(random));
        }
    }

    private void heavyLane(long deadline) {
        HttpClient client = client();
        for (int i = 0; !stopped && System.nanoTime() < deadline; i++) {
            RequestMix.Kind kind = RequestMix.HEAVY;
            send(client, kind, kind.calls().get(i % kind.calls().size()));
        }
    }

    private void send(HttpClient client, RequestMix.Kind kind, RequestMix.Call call) {
        var request = call.request(settings.base(), settings.requestTimeout());
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The request timeout covers the answer's head; this bound covers a body that stalls as well.
            HttpResponse<byte[]> response = future.get(settings.requestTimeout().toMillis() + 1000,
                    TimeUnit.MILLISECONDS);
            recorder.answer(kind, call, response.statusCode(), System.nanoTime() - t0, response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            recorder.timeout(kind, call);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                recorder.timeout(kind, call);
            } else {
                recorder.connectionError(kind, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static Thread lane(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Joins lanes until {@code byNanos}; returns how many are still running then. */
    private static int join(List<Thread> threads, long byNanos) throws InterruptedException {
        int stuck = 0;
        for (Thread t : threads) {
            long left = byNanos - System.nanoTime();
            if (left > 0) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            if (t.isAlive()) {
                stuck++;
            }
        }
        return stuck;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
