package org.safeguard.access;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A module's records that come up for a retention review (SPI): each module that keeps records about people says which
 * of its records have had no activity for the review period, for the agency (and team, where it knows one) that owns
 * them. {@link RetentionReviews} lists them for the owning team and keeps the decisions; a review is a decision to
 * keep a record, never a deletion — nothing in Safeguard deletes a record.
 */
public interface ReviewableRecords {

    /**
     * The record type's key: the audit subject type of the record ({@code incident}, {@code case}...), the name of its
     * review period ({@code safeguard.retention.review-after.<type>}) and the type stored with a review.
     */
    String recordType();

    /** The record type as the page names it, e.g. "Incidents". */
    String label();

    /** What counts as the record's last activity, shown under the label, e.g. "6 years after the case closed". */
    String lastActivityMeans();

    /**
     * The owning agency's (and team's) records whose last activity was before {@code query.lastActivityBefore}, leaving
     * out {@code query.excluding} (kept at a review, not due again yet), oldest activity first, at most
     * {@code query.limit}.
     */
    List<Reviewable> due(DueQuery query);

    /** One record, whoever owns it; empty when there is none of that id. */
    Optional<Reviewable> find(long id);

    /** A day as descriptions give it, in UK time, as pages show days: "4 Mar 2020". */
    static String day(Instant at) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London")).format(at);
    }

    /**
     * @param agencyCode         the owning agency (access agency code)
     * @param team               the owning team's name; null: every team of the agency (and records with none)
     * @param lastActivityBefore records whose last activity is before this are due
     * @param excluding          ids kept at a review and not due again yet
     * @param limit              at most this many, oldest first
     */
    record DueQuery(String agencyCode, String team, Instant lastActivityBefore, Set<Long> excluding, int limit) {

        public DueQuery {
            excluding = Set.copyOf(excluding);
        }

        /** The ids to leave out, for a {@code bigint[]} parameter. */
        public long[] excludingIds() {
            return excluding.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * A record as the review lists it: no names, only what lets the owning team find and judge it.
     *
     * @param id           the record's id in its module
     * @param description  what the record is without naming anyone, e.g. "Incident 4 Mar 2020, Stevenage"
     * @param lastActivity when anything last happened on it (the period runs from here)
     * @param owningAgency the agency that owns it (access agency code)
     * @param team         the team that owns it, when the module knows one; otherwise null
     * @param link         the record's page
     */
    record Reviewable(long id, String description, Instant lastActivity, String owningAgency, String team, String link) {
    }
}
