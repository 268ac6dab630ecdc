package org.safeguard.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.access.retention.RetentionReviewStore;
import org.safeguard.access.retention.RetentionSettings;
import org.safeguard.access.retention.ReviewSchedule;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention and review: the records of the reader's agency (and team) whose last activity is older than their type's
 * review period ({@link RetentionSettings}), by type, oldest first, from every {@link ReviewableRecords} bean; and the
 * owning team's decision to keep one, with a reason, until one more period has passed. Nothing here deletes: a record
 * that should go is for the force's records manager, under its policy, outside Safeguard. Every list and decision is
 * audited, and so is a decision refused for want of a reason.
 */
@Service
public class RetentionReviews {

    static final String REVIEWERS = "hasAnyRole('SUPERVISOR', 'DA_SPECIALIST')";
    private static final int REASON_LIMIT = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final List<ReviewableRecords> types;
    private final RetentionSettings settings;
    private final RetentionReviewStore store;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionReviews(List<ReviewableRecords> types, RetentionSettings settings, RetentionReviewStore store,
                     AuditTrail audit, Clock clock) {
        this.types = types.stream().sorted(Comparator.comparing(ReviewableRecords::label)).toList();
        this.settings = settings;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        checkEveryTypeHasAPeriod();
    }

    /**
     * The records of one type due for review.
     *
     * @param recordType  the type's key
     * @param label       the type as the page names it
     * @param reviewAfter the type's review period
     * @param lastActivityMeans what the period runs from
     * @param records     the records due, oldest activity first
     * @param more        whether more are due than are listed
     */
    public record DueSection(String recordType, String label, Period reviewAfter, String lastActivityMeans,
                             List<DueRecord> records, boolean more) {

        /** The period in words: "after 6 years", "after 18 months". */
        public String reviewAfterWords() {
            List<String> parts = new ArrayList<>();
            addPart(parts, reviewAfter.getYears(), "year");
            addPart(parts, reviewAfter.getMonths(), "month");
            addPart(parts, reviewAfter.getDays(), "day");
            return "after " + String.join(" and ", parts);
        }

        private static void addPart(List<String> parts, int count, String unit) {
            if (count > 0) {
                parts.add(count + " " + unit + (count == 1 ? "" : "s"));
            }
        }
    }

    /**
     * A record due for review, without names.
     *
     * @param nextReviewIfKept the date the record comes up again when it is kept today
     */
    public record DueRecord(String recordType, long id, String description, Instant lastActivity, LocalDate dueOn,
                            String team, String link, LocalDate nextReviewIfKept) {
    }

    /** A decision to keep a record until its next review. */
    public record KeptRecord(long reviewId, String recordType, long recordId, String reason, LocalDate nextReviewOn) {
    }

    /** The reader's agency's records due for review, by type; a reader in a team sees their team's and the agency's. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'DA_SPECIALIST', 'ADMIN')")
    @Transactional
    public List<DueSection> dueForMyTeam() {
        SignedInStaff reader = SignedInStaff.current();
        LocalDate today = LocalDate.now(clock);
        String team = teamOf(reader);
        List<DueSection> sections = new ArrayList<>();
        for (ReviewableRecords type : types) {
            sections.add(section(type, reader.agencyCode(), team, today));
        }
        int due = sections.stream().mapToInt(s -> s.records().size()).sum();
        audit.record(AuditEvent.of("RETENTION_DUE_VIEWED", "agency", reader.agencyCode())
                .because(due + " records due listed" + (team == null ? "" : " for team " + team)));
        return sections;
    }

    /**
     * Keeps a record due for review until one more period has passed, with the reason (required). The record must be
     * the reader's agency's (and team's, when it has one) and due today; another agency's record is not found.
     */
    @PreAuthorize(REVIEWERS)
    @Transactional(noRollbackFor = {InvalidRequest.class, RecordNotFound.class})
    public KeptRecord keep(String recordType, long recordId, String reason) {
        SignedInStaff reader = SignedInStaff.current();
        ReviewableRecords type = types.stream().filter(t -> t.recordType().equals(recordType)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Record type", recordType));
        Optional<ReviewableRecords.Reviewable> found = type.find(recordId)
                .filter(r -> r.owningAgency().equals(reader.agencyCode()))
                .filter(r -> r.team() == null || teamOf(reader) == null || r.team().equals(teamOf(reader)));
        if (found.isEmpty()) {
            audit.record(AuditEvent.of("RETENTION_REVIEW_REFUSED", recordType, recordId)
                    .because("no such record of the reader's agency"));
            throw new RecordNotFound(type.label(), recordId);
        }
        ReviewableRecords.Reviewable record = found.get();
        String why = reason == null ? "" : reason.strip();
        LocalDate today = LocalDate.now(clock);
        Period period = settings.periodOf(recordType);
        LocalDate dueOn = ReviewSchedule.dueOn(record.lastActivity(), period,
                Optional.ofNullable(store.nextReviews(recordType, List.of(recordId)).get(recordId)), zone());
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(!why.isEmpty(), "reason", "Enter why the record is kept")
                .require(why.length() <= REASON_LIMIT, "reason", "Reason must be " + REASON_LIMIT + " characters or fewer")
                .require(!dueOn.isAfter(today), "reason", "This record is not due for review until "
                        + dueOn.format(DAY));
        if (check.count() > 0) {
            audit.record(AuditEvent.of("RETENTION_REVIEW_REFUSED", recordType, recordId)
                    .because(why.isEmpty() ? "no reason given" : dueOn.isAfter(today) ? "not due until " + dueOn
                            : "reason too long"));
            check.throwIfAny();
        }
        LocalDate next = ReviewSchedule.nextReviewWhenKept(today, period);
        long id = store.keep(new RetentionReviewStore.Kept(recordType, recordId, why, reader.username(), clock.instant(),
                next, record.owningAgency()));
        audit.record(AuditEvent.of("RETENTION_REVIEWED", recordType, recordId)
                .because("KEEP until " + next + ": " + why));
        return new KeptRecord(id, recordType, recordId, why, next);
    }

    private DueSection section(ReviewableRecords type, String agency, String team, LocalDate today) {
        Period period = settings.periodOf(type.recordType());
        Set<Long> kept = store.keptPast(type.recordType(), today);
        int limit = settings.listLimit();
        List<ReviewableRecords.Reviewable> found = type.due(new ReviewableRecords.DueQuery(agency, team,
                ReviewSchedule.dueWhenActiveBefore(today, period, zone()), kept, limit + 1));
        List<ReviewableRecords.Reviewable> listed = found.subList(0, Math.min(limit, found.size()));
        Map<Long, LocalDate> nextReviews = store.nextReviews(type.recordType(),
                listed.stream().map(ReviewableRecords.Reviewable::id).toList());
        LocalDate nextIfKept = ReviewSchedule.nextReviewWhenKept(today, period);
        List<DueRecord> records = listed.stream().map(r -> new DueRecord(type.recordType(), r.id(), r.description(),
                r.lastActivity(), ReviewSchedule.dueOn(r.lastActivity(), period,
                        Optional.ofNullable(nextReviews.get(r.id())), zone()), r.team(), r.link(), nextIfKept)).toList();
        return new DueSection(type.recordType(), type.label(), period, type.lastActivityMeans(), records,
                found.size() > limit);
    }

    /** The team whose records the reader reviews: their own, or none (the whole agency) for an administrator. */
    private static String teamOf(SignedInStaff reader) {
        boolean reviewer = reader.roles().contains(Role.SUPERVISOR) || reader.roles().contains(Role.DA_SPECIALIST);
        return reviewer ? reader.getTeamName() : null;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** A type without a period, or a period naming no type, stops start-up. */
    private void checkEveryTypeHasAPeriod() {
        Set<String> known = new TreeSet<>();
        for (ReviewableRecords type : types) {
            if (!known.add(type.recordType())) {
                throw new IllegalStateException("Two kinds of record are reviewed as '" + type.recordType() + "'");
            }
            if (settings.periodOf(type.recordType()) == null) {
                throw new IllegalStateException("Set safeguard.retention.review-after." + type.recordType()
                        + " (an ISO period such as P6Y): " + type.label() + " have no review period");
            }
        }
        settings.reviewAfter().keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalStateException("safeguard.retention.review-after." + key + " names no record type; "
                    + "the types are " + String.join(", ", known));
        });
    }
}
