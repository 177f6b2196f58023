package org.mechgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a figure was measured on: the machine, its load at the time, the commit, and a process's memory. */
final class Machine {

    private Machine() {
    }

    /** Cores, CPU model, RAM, Java and OS, in one line. */
    static String describe() {
        String cpu = lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        long memKib = field("/proc/meminfo", "MemTotal:");
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, Java %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(), cpu, memKib / 1048576.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /** The load averages over 1, 5 and 15 minutes. */
    static String load() {
        List<String> l = lines("/proc/loadavg");
        return l.isEmpty() ? "unknown" : String.join(" ", List.of(l.get(0).split(" ")).subList(0, 3));
    }

    /** The 1-minute load average alone. */
    static String load1() {
        return load().split(" ")[0];
    }

    /** The checked-out commit, and whether files differ from it. */
    static String commit() {
        String head = git("rev-parse", "--short", "HEAD");
        String dirty = git("status", "--porcelain", "--untracked-files=no");
        return head + (dirty.isBlank() ? "" : " (with uncommitted changes)");
    }

    /** A process's resident set now (VmRSS) in MiB; -1 when it is gone. */
    static long rssMib(long pid) {
        return field("/proc/" + pid + "/status", "VmRSS:") / 1024;
    }

    /** A process's peak resident set so far (VmHWM) in MiB; -1 when it is gone. */
    static long peakRssMib(long pid) {
        return field("/proc/" + pid + "/status", "VmHWM:") / 1024;
    }

    private static long field(String file, String name) {
        return lines(file).stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1024L);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String git(String... args) {
        try {
            var command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).directory(Path.of(System.getProperty("basedir", ".")).toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
