package org.safeguard.platform;

import java.io.PrintStream;
import java.time.Duration;

/** A progress bar on the console for long jobs: {@code [#######.....]  58%  580,000 / 1,000,000 people  41 s}. */
public final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private int lastPercent = -1;

    public ConsoleProgress(PrintStream out, String unit, long total) {
        this.out = out;
        this.unit = unit;
        this.total = Math.max(1, total);
    }

    /** A bar that prints nothing, for callers that want no console output. */
    public static ConsoleProgress silent() {
        return new ConsoleProgress(null, "", 1);
    }

    public void update(long done) {
        if (out == null) {
            return;
        }
        int percent = (int) (100 * Math.min(done, total) / total);
        if (percent == lastPercent && done < total) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        out.printf("\r[%s%s] %3d%%  %,d / %,d %s  %d s", "#".repeat(filled), ".".repeat(WIDTH - filled), percent,
                done, total, unit, seconds);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
