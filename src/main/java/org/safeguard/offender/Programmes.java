package org.safeguard.offender;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.offender.ProgrammeReferral.Review;
import org.safeguard.offender.rules.ProgrammeRules;
import org.safeguard.offender.store.ProgrammeStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perpetrator programmes and pathways: a referral with its suitability assessment schedules the first
 * monthly case-management review; completing a monthly review schedules the next; a risk alert makes a
 * review due within 24 hours; the engage-or-convict pathway is chosen with its reason. Referrals of the
 * organisation's own staff are read only by those who see restricted records. Every read and write is audited.
 */
@Service
@EnableConfigurationProperties(ProgrammeSettings.class)
public class Programmes {

    private final ProgrammeStore store;
    private final PersonRecords people;
    private final ReadableRecords readable;
    private final ProgrammeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Programmes(ProgrammeStore store, PersonRecords people, ReadableRecords readable, ProgrammeSettings settings,
               AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.readable = readable;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A review due, as the list of reviews shows it: whose, which programme; a restricted record's name withheld. */
    public record DueReview(Review review, long personId, String personName, String programme, boolean restricted) {
    }

    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public ProgrammeReferral refer(NewProgrammeReferral typed) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        Set<Long> known = typed.personId() == null ? Set.of() : people.people(List.of(typed.personId())).stream()
                .map(PersonSummary::id).collect(Collectors.toSet());
        ProgrammeRules.checkReferral(typed, known, check);
        check.throwIfAny();
        readable.of(typed.personId());
        Instant now = clock.instant();
        long id = store.insertReferral(typed.personId(), typed.programme().strip(), now, me(), typed.assessment(),
                typed.assessmentNotes() == null ? "" : typed.assessmentNotes().strip());
        Instant firstReview = ProgrammeRules.firstMonthlyReview(now, settings.monthlyReview());
        store.insertReview(id, Review.Kind.MONTHLY, "", firstReview);
        audit.record(AuditEvent.of("PROGRAMME_REFERRED", "programme_referral", id)
                .because("person " + typed.personId() + "; first monthly review due " + firstReview));
        return store.find(id).orElseThrow();
    }

    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public ProgrammeReferral referral(long referralId) {
        ProgrammeReferral referral = readableReferral(referralId);
        audit.record(AuditEvent.of("PROGRAMME_REFERRAL_VIEWED", "programme_referral", referralId));
        return referral;
    }

    /** Chooses the pathway, or changes it with a new reason: the latest choice stands, the audit log keeps the old. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public ProgrammeReferral choosePathway(long referralId, ProgrammeReferral.Pathway pathway, String reason, int version) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        ProgrammeRules.checkPathway(pathway, reason, check);
        check.throwIfAny();
        ProgrammeReferral referral = openReferral(referralId, "pathway");
        if (!store.setPathway(referralId, version, pathway, reason.strip())) {
            throw new ConcurrentEdit("This referral");
        }
        audit.record(AuditEvent.of("PROGRAMME_PATHWAY_CHOSEN", "programme_referral", referralId)
                .because(pathway.name() + (referral.pathway() == null ? "" : ", was " + referral.pathway().name())));
        return store.find(referralId).orElseThrow();
    }

    /** A risk alert: a review due within 24 hours (the programme's own rule), with the alert's reason. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public ProgrammeReferral raiseRiskAlert(long referralId, String reason) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        ProgrammeRules.checkRiskAlert(reason, check);
        check.throwIfAny();
        openReferral(referralId, "alertReason");
        Instant due = ProgrammeRules.riskAlertReviewDue(clock.instant(), settings.riskAlertReviewWithin());
        long reviewId = store.insertReview(referralId, Review.Kind.RISK_ALERT, reason.strip(), due);
        audit.record(AuditEvent.of("PROGRAMME_RISK_ALERT_RAISED", "programme_referral", referralId)
                .because("review " + reviewId + " due " + due));
        return store.find(referralId).orElseThrow();
    }

    /** Marks the review done with what it decided; a monthly review schedules the next. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public ProgrammeReferral completeReview(long reviewId, String outcome) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        ProgrammeRules.checkOutcome(outcome, check);
        check.throwIfAny();
        Review review = store.review(reviewId).orElseThrow(() -> new RecordNotFound("programme review", reviewId));
        openReferral(review.referralId(), "outcome");
        Instant now = clock.instant();
        if (!store.completeReview(reviewId, me(), outcome.strip(), now)) {
            throw new ConcurrentEdit("This review");
        }
        String next = "";
        if (review.kind() == Review.Kind.MONTHLY) {
            Instant due = ProgrammeRules.nextMonthlyReview(review.dueAt(), now, settings.monthlyReview());
            store.insertReview(review.referralId(), Review.Kind.MONTHLY, "", due);
            next = "; next monthly review due " + due;
        }
        audit.record(AuditEvent.of("PROGRAMME_REVIEW_DONE", "programme_review", reviewId)
                .because("referral " + review.referralId() + next));
        return store.find(review.referralId()).orElseThrow();
    }

    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public ProgrammeReferral close(long referralId, ProgrammeReferral.Status status, String reason, int version) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        ProgrammeRules.checkClosing(status, reason, check);
        check.throwIfAny();
        readableReferral(referralId);
        if (!store.close(referralId, version, status, reason.strip(), clock.instant())) {
            throw new ConcurrentEdit("This referral");
        }
        audit.record(AuditEvent.of("PROGRAMME_REFERRAL_CLOSED", "programme_referral", referralId).because(status.name()));
        return store.find(referralId).orElseThrow();
    }

    /** The person's referrals (any linked record), latest first. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<ProgrammeReferral> referralsOf(long personId) {
        List<ProgrammeReferral> found = referralsForProfile(personId);
        audit.record(AuditEvent.of("PROGRAMME_REFERRALS_VIEWED", "person", personId));
        return found;
    }

    /** As {@link #referralsOf}, for the profile, which checks the reader and audits the view once with all it shows. */
    @Transactional(readOnly = true)
    List<ProgrammeReferral> referralsForProfile(long personId) {
        return store.forPeople(readable.of(personId));
    }

    /** Reviews not yet done, soonest due first (overdue ones first of all). */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<Review> reviewsDue(int limit) {
        return reviewsDueWithTheirReferrals(limit).stream().map(DueReview::review).toList();
    }

    /**
     * The same reviews with whose they are and the programme, for the team's list. A reader who may not see
     * records of the organisation's own staff sees that such a review is due, never whose.
     */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<DueReview> reviewsDueWithTheirReferrals(int limit) {
        List<ProgrammeStore.DueReview> due = store.due(Math.max(1, Math.min(limit, 500)));
        Set<Long> personIds = due.stream().map(ProgrammeStore.DueReview::personId).collect(Collectors.toSet());
        Set<Long> restricted = readable.restrictedAmong(personIds);
        Map<Long, String> names = people.people(personIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName, (a, b) -> a));
        audit.record(AuditEvent.of("PROGRAMME_REVIEWS_DUE_VIEWED", "programme_review", null)
                .because(due.size() + " reviews listed"));
        return due.stream().map(d -> restricted.contains(d.personId())
                ? new DueReview(d.review(), d.personId(), "Restricted record", "", true)
                : new DueReview(d.review(), d.personId(), names.getOrDefault(d.personId(), "Person " + d.personId()),
                d.programme(), false)).toList();
    }

    /** The person a referral is about, as its pages are headed. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public PersonHeading heading(long personId) {
        PersonHeading heading = readable.heading(personId);
        audit.record(AuditEvent.of("PROGRAMME_PERSON_VIEWED", "person", personId));
        return heading;
    }

    // ---- Inside

    private ProgrammeReferral readableReferral(long referralId) {
        ProgrammeReferral referral = store.find(referralId)
                .orElseThrow(() -> new RecordNotFound("programme referral", referralId));
        readable.of(referral.personId());
        return referral;
    }

    /** The referral locked for a change, refused (on {@code field}) when it is closed. */
    private ProgrammeReferral openReferral(long referralId, String field) {
        ProgrammeReferral referral = store.lock(referralId)
                .orElseThrow(() -> new RecordNotFound("programme referral", referralId));
        readable.of(referral.personId());
        if (referral.status() != ProgrammeReferral.Status.OPEN) {
            throw InvalidRequest.of(field, "The referral is closed (" + referral.status().name().toLowerCase()
                    + "): it is no longer reviewed and its pathway stays as it was");
        }
        return referral;
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
