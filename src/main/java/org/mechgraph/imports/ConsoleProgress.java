package org.mechgraph.imports;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how an import goes: on a terminal a bar redrawn in place with rows per second; otherwise (a log, a pipe) a
 * line when a phase starts, one every ten seconds while it runs, and one when it ends with the time it took, so a
 * 335,000-row file leaves a dozen lines in a log rather than a page.
 */
final class ConsoleProgress implements ImportProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 10_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private String file;
    private String phase;
    private long total;
    private long done;
    private long phaseStart;
    private long lastShown;
    private boolean drawn;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    ConsoleProgress(PrintStream out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void phase(String file, String phase, long total) {
        end();
        this.file = file;
        this.phase = phase;
        this.total = total;
        this.done = 0;
        this.phaseStart = clock.getAsLong();
        this.lastShown = phaseStart;
        if (!terminal) {
            out.println(file + ": " + phase + (total >= 0 ? " " + count(total) + " rows" : ""));
        }
    }

    @Override
    public void rows(long done) {
        this.done = done;
        long now = clock.getAsLong();
        boolean last = done == total;
        if (terminal ? (now - lastShown < REDRAW_NANOS && !last) : (now - lastShown < LINE_NANOS || last)) {
            return; // a plain line for the last rows would only come just before the line that ends the phase
        }
        lastShown = now;
        String counted = count(done) + (total > 0 ? "/" + count(total) : "") + " rows";
        if (terminal) {
            String bar = total > 0 ? bar(done) + String.format(Locale.ROOT, " %3d%% ", done * 100 / total) : "";
            out.print("\r" + file + " " + phase + " " + bar + counted + ", " + rate(done, now) + "   ");
            out.flush();
            drawn = true;
        } else {
            out.println(file + ": " + phase + " " + counted + (total > 0 ? " (" + done * 100 / total + "%)" : "")
                    + ", " + rate(done, now));
        }
    }

    /** Ends the bar's line (or, in plain lines, says how long the phase took), so what follows starts afresh. */
    void end() {
        if (phase != null && !terminal) {
            long now = clock.getAsLong();
            String rows = done > 0 ? " " + count(done) + " rows" : "";
            out.printf(Locale.ROOT, "%s: %s%s took %.1f s%s%n", file, phase, rows, (now - phaseStart) / 1e9,
                    done > 0 ? " (" + rate(done, now) + ")" : "");
        }
        phase = null;
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    private String rate(long rows, long now) {
        double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
        return count(Math.round(rows / seconds)) + " rows/s";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private String bar(long done) {
        int filled = (int) Math.min(WIDTH, done * WIDTH / Math.max(1, total));
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
