package org.mechgraph.stress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples a process's resident set size (VmRSS in /proc/&lt;pid&gt;/status) once a second. */
final class RssSampler implements AutoCloseable {

    /** One sample: seconds since the sampler started, and RSS in MiB. */
    record Sample(double seconds, long mib) {
    }

    private final long pid;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });
    private long start;

    RssSampler(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    void start() {
        start = System.nanoTime();
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        rss(pid).ifPresent(kib -> {
            synchronized (samples) {
                samples.add(new Sample((System.nanoTime() - start) / 1e9, kib / 1024));
            }
        });
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** VmRSS of a process in KiB, or empty when it has gone (or this is not Linux). */
    static Optional<Long> rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
