package org.mechgraph.imports;

import java.io.PrintStream;

/**
 * Shows how an import goes: on a terminal a bar redrawn in place with rows per second; otherwise (a log, a pipe) a
 * plain line every few seconds, so logs stay readable.
 */
final class ConsoleProgress implements ImportProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String file;
    private String phase;
    private long total;
    private long phaseStart;
    private long lastShown;
    private boolean drawn;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void phase(String file, String phase, long total) {
        end();
        if (this.phase != null && !terminal) {
            out.printf("%s: %s took %.1f s%n", this.file, this.phase, (System.nanoTime() - phaseStart) / 1e9);
        }
        this.file = file;
        this.phase = phase;
        this.total = total;
        this.phaseStart = System.nanoTime();
        this.lastShown = phaseStart;
        if (!terminal) {
            out.println(file + ": " + phase + (total >= 0 ? " " + total + " rows" : ""));
        }
    }

    @Override
    public void rows(long done) {
        long now = System.nanoTime();
        if (now - lastShown < (terminal ? REDRAW_NANOS : LINE_NANOS) && done != total) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
        String rate = String.format("%,d rows/s", Math.round(done / seconds));
        if (terminal) {
            String bar = total > 0 ? bar(done) + String.format(" %3d%% ", done * 100 / total) : "";
            out.print("\r" + file + " " + phase + " " + bar + String.format("%,d", done)
                    + (total > 0 ? String.format("/%,d", total) : "") + " rows, " + rate + "   ");
            out.flush();
            drawn = true;
        } else {
            out.println(file + ": " + phase + " " + done + (total > 0 ? "/" + total : "") + " rows, " + rate);
        }
    }

    /** Ends the bar's line, so what is printed next starts on a line of its own. */
    void end() {
        if (phase != null && !terminal) {
            out.printf("%s: %s took %.1f s%n", file, phase, (System.nanoTime() - phaseStart) / 1e9);
        }
        phase = null;
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    private String bar(long done) {
        int filled = (int) Math.min(WIDTH, done * WIDTH / Math.max(1, total));
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
