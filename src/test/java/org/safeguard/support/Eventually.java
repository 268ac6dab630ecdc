package org.safeguard.support;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for work another module does after a commit (an event listener opening a case, a level arriving
 * on it): asks every 100 ms for up to 15 seconds, then fails the test.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T found(Supplier<Optional<T>> probe) {
        for (int i = 0; i < 150; i++) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("not there after 15 seconds");
    }
}
