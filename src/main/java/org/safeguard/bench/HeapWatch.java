package org.safeguard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Watches the heap in use every 50 ms from a daemon thread and remembers the most it saw. */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread watcher;
    private volatile long peak;
    private volatile boolean watching = true;

    HeapWatch() {
        watcher = new Thread(() -> {
            while (watching) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }, "heap-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    long peakMegabytes() {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        return peak / (1024 * 1024);
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    @Override
    public void close() {
        watching = false;
        watcher.interrupt();
    }
}
