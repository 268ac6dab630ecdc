package org.safeguard.access.retention;

import java.time.Period;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each record type goes without activity before its owning team reviews it
 * ({@code safeguard.retention.review-after.<type>}, ISO periods such as {@code P6Y}), and how many records of a type
 * the review page lists at once.
 *
 * <p>The defaults follow the College of Policing's Management of Police Information (MoPI) review schedule as forces
 * apply it to domestic abuse: records are reviewed, not deleted, and a review keeps them for a further period.
 * <ul>
 *   <li>{@code incident} 6 years after the incident's last activity (received or closed): MoPI's clear period for
 *       records outside the public-protection groups; a repeat incident restarts it.</li>
 *   <li>{@code case} 6 years after the victim's case closed.</li>
 *   <li>{@code marac-case} 6 years after the hearing (or the case's withdrawal or transfer).</li>
 *   <li>{@code referral} 6 years after the referral closed or was declined.</li>
 *   <li>{@code order} 6 years after the order, notice or bail ended (or was ended early).</li>
 *   <li>{@code person} 10 years after the person record last changed: MoPI reviews public-protection (group 2)
 *       records every 10 years, and a person record is kept while any record refers to it, so its review comes
 *       after theirs.</li>
 * </ul>
 * A record type with no default and no setting stops start-up; so does a period that is not positive or a key that
 * names no record type (checked by {@code RetentionReviews}).
 *
 * @param reviewAfter the periods set by the force, by record type (the defaults above stand for the rest)
 * @param listLimit   records of each type listed on the page at once, oldest first (default 50)
 */
@ConfigurationProperties("safeguard.retention")
public record RetentionSettings(Map<String, Period> reviewAfter, @DefaultValue("50") int listLimit) {

    public static final Map<String, Period> DEFAULTS = Map.of(
            "incident", Period.ofYears(6),
            "case", Period.ofYears(6),
            "marac-case", Period.ofYears(6),
            "referral", Period.ofYears(6),
            "order", Period.ofYears(6),
            "person", Period.ofYears(10));

    public RetentionSettings {
        Map<String, Period> periods = new TreeMap<>();
        if (reviewAfter != null) {
            periods.putAll(reviewAfter);
        }
        periods.forEach((type, period) -> {
            if (period == null || period.isZero() || period.isNegative() || period.getDays() < 0 || period.getMonths() < 0) {
                throw new IllegalArgumentException("safeguard.retention.review-after." + type
                        + " must be a positive period such as P6Y, not " + period);
            }
        });
        reviewAfter = Map.copyOf(periods);
        if (listLimit < 1 || listLimit > 500) {
            throw new IllegalArgumentException("safeguard.retention.list-limit must be 1 to 500, not " + listLimit);
        }
    }

    /** The period of a record type: the force's setting, else the default; null when it has neither. */
    public Period periodOf(String recordType) {
        return reviewAfter.getOrDefault(recordType, DEFAULTS.get(recordType));
    }
}
