package org.safeguard.insight.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What some tallies add up to: per counter and slot, read as totals, one slot, or all slots of a counter. */
public final class Sums {

    private final Map<Counter, Map<Integer, Long>> bySlot;

    public Sums(Map<Counter, Map<Integer, Long>> bySlot) {
        this.bySlot = new EnumMap<>(Counter.class);
        bySlot.forEach((counter, slots) -> this.bySlot.put(counter, new TreeMap<>(slots)));
    }

    public static Sums none() {
        return new Sums(Map.of());
    }

    /** The counter over every slot. */
    public long total(Counter counter) {
        return slots(counter).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counter in one slot. */
    public long slot(Counter counter, int slot) {
        return slots(counter).getOrDefault(slot, 0L);
    }

    /** The counter's slots, in slot order. */
    public Map<Integer, Long> slots(Counter counter) {
        return bySlot.getOrDefault(counter, Map.of());
    }

    /** These sums and {@code other} added together (months of one period). */
    public Sums plus(Sums other) {
        Map<Counter, Map<Integer, Long>> added = new EnumMap<>(Counter.class);
        for (Sums each : new Sums[] {this, other}) {
            each.bySlot.forEach((counter, slots) -> slots.forEach((slot, value) ->
                    added.computeIfAbsent(counter, c -> new TreeMap<>()).merge(slot, value, Long::sum)));
        }
        return new Sums(added);
    }
}
