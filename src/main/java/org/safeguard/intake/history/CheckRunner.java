package org.safeguard.intake.history;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Runs an incident's intelligence checks side by side, each on its own thread and database
 * connection, carrying the request id into their log lines. Bounded: when it is full, a new check is
 * refused ({@link java.util.concurrent.RejectedExecutionException}) and recorded as not completed
 * rather than queued behind others. Deliberately not an {@code Executor} bean, so Spring's own task
 * executor is left as it is: only intake's checks use this.
 */
@Component
public class CheckRunner {

    private static final int THREADS = 4;
    private static final int WAITING = 200;

    private final ThreadPoolExecutor threads;

    CheckRunner() {
        AtomicInteger number = new AtomicInteger();
        threads = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                work -> {
                    Thread thread = new Thread(work, "intake-checks-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    public void execute(Runnable work) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        threads.execute(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                work.run();
            } finally {
                MDC.clear();
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
