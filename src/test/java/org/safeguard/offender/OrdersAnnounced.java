package org.safeguard.offender;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts every {@link OrderExpiring} published, by order, whoever published it (a test or the scheduled job on
 * any thread): the tests' witness that an order is announced exactly once.
 */
@Component
public class OrdersAnnounced {

    private final Map<Long, AtomicInteger> heard = new ConcurrentHashMap<>();

    @EventListener
    void on(OrderExpiring expiring) {
        heard.computeIfAbsent(expiring.orderId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public int times(long orderId) {
        AtomicInteger count = heard.get(orderId);
        return count == null ? 0 : count.get();
    }
}
