package org.safeguard.safeguarding.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Too many people contacting the victim. HMIC ("Everyone's business", 2014) found victims of domestic
 * abuse contacted "by too many people, too frequently", each contact making them tell their story again.
 * When more than {@code mostPeople} different people (default 2) have contacted the victim in the
 * {@code window} ending now (default the last 7 days), the case should agree one point of contact.
 * People are told apart by username, ignoring case; the same person contacting the victim many times
 * counts once. A contact exactly {@code window} ago is inside the window; one recorded after now is not.
 */
public final class ContactWarning {

    /** One contact with the victim: who made it (their username) and when. */
    public record Contact(String person, Instant at) {

        public Contact {
            Objects.requireNonNull(at, "at");
            if (person == null || person.isBlank()) {
                throw new IllegalArgumentException("A contact must name the person who made it");
            }
        }
    }

    private final int mostPeople;
    private final Duration window;

    /**
     * @param mostPeople the most different people who may contact the victim in the window without a warning
     * @param window how far back contacts count
     * @throws IllegalArgumentException when {@code mostPeople} is below 1 or the window is not positive
     */
    public ContactWarning(int mostPeople, Duration window) {
        if (mostPeople < 1) {
            throw new IllegalArgumentException("mostPeople must be 1 or more, not " + mostPeople);
        }
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("The window must be a positive length of time, not " + window);
        }
        this.mostPeople = mostPeople;
        this.window = window;
    }

    /**
     * The warning, e.g. "4 different people have contacted the victim in the last 7 days: agree one point
     * of contact", when more than {@code mostPeople} different people contacted the victim in the window
     * ending at {@code now}; empty otherwise.
     */
    public Optional<String> check(Collection<Contact> contacts, Instant now) {
        Instant from = now.minus(window);
        long people = contacts.stream()
                .filter(contact -> !contact.at().isBefore(from) && !contact.at().isAfter(now))
                .map(contact -> contact.person().strip().toLowerCase(Locale.ROOT))
                .distinct()
                .count();
        if (people <= mostPeople) {
            return Optional.empty();
        }
        return Optional.of(people + " different people have contacted the victim in the last " + describe(window)
                + ": agree one point of contact");
    }

    /** "7 days", "day", "36 hours", "90 minutes": the window as the message says it. */
    static String describe(Duration window) {
        if (window.getNano() != 0) {
            return count(window.toMillis(), "millisecond");
        }
        if (window.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            return count(window.toDays(), "day");
        }
        if (window.toSeconds() % Duration.ofHours(1).toSeconds() == 0) {
            return count(window.toHours(), "hour");
        }
        if (window.toSeconds() % 60 == 0) {
            return count(window.toMinutes(), "minute");
        }
        return count(window.toSeconds(), "second");
    }

    private static String count(long amount, String unit) {
        return amount == 1 ? unit : amount + " " + unit + "s";
    }
}
