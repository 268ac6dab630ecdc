package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.offender.ProgrammeReferral.Pathway;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.Review;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Herts Change's programme rules on the real database (seed 002): a referral with all six suitability factors
 * rated schedules the first monthly case-management review; each monthly review done schedules the next on the
 * same cadence; a risk alert makes a review due within 24 hours; Operation Acorn's engage-or-convict pathway is
 * chosen with its reason. A refusal saves nothing; every write is audited.
 */
@SafeguardTest
class ProgrammesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    PersonLinks links;
    @Autowired
    StaffMarks staffRecords;
    @Autowired
    JdbcClient jdbc;

    private long person() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Dean", Calls.unusedFamilyName(),
                LocalDate.of(1985, 6, 1), Sex.MALE), "POLICE")).id();
    }

    private static Map<SuitabilityFactor, Rating> allRated() {
        Map<SuitabilityFactor, Rating> ratings = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            ratings.put(factor, Rating.HIGH);
        }
        return ratings;
    }

    private ProgrammeReferral referred(long personId) {
        return calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(personId, "Change programme",
                allRated(), "Admits the assaults; drinks daily")));
    }

    private long referralsOf(long personId) {
        return jdbc.sql("SELECT count(*) FROM offender.programme_referral WHERE person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    private long audited(String action, String subjectId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :a AND subject_id = :id").param("a", action)
                .param("id", subjectId).query(Long.class).single();
    }

    private static Review only(ProgrammeReferral referral, Review.Kind kind, boolean done) {
        return referral.reviews().stream().filter(r -> r.kind() == kind && (r.doneAt() != null) == done)
                .reduce((a, b) -> { throw new AssertionError("more than one " + kind + " review"); }).orElseThrow();
    }

    private static Instant monthAfter(Instant at) {
        return at.atZone(LONDON).plusMonths(1).toInstant();
    }

    @Test
    void aReferralWithEverySuitabilityFactorRatedSchedulesTheFirstMonthlyReviewAMonthLater() {
        long person = person();

        ProgrammeReferral referral = referred(person);

        assertThat(referral.status()).isEqualTo(ProgrammeReferral.Status.OPEN);
        assertThat(referral.assessment()).containsAllEntriesOf(allRated()).hasSize(6);
        assertThat(referral.referredBy()).isEqualTo("specialist");
        assertThat(referral.reviews()).singleElement().satisfies(review -> {
            assertThat(review.kind()).isEqualTo(Review.Kind.MONTHLY);
            assertThat(review.dueAt()).isEqualTo(monthAfter(referral.referredAt()));
        });
        assertThat(audited("PROGRAMME_REFERRED", Long.toString(referral.id()))).isEqualTo(1);
    }

    @Test
    void aReferralWithUnratedFactorsNamesEachOfThemAndSavesNothing() {
        long person = person();
        Map<SuitabilityFactor, Rating> ratings = allRated();
        ratings.remove(SuitabilityFactor.AWARENESS_OF_HARM);
        ratings.remove(SuitabilityFactor.RISK);

        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(person, "",
                ratings, null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsOnlyKeys("programme", "assessment.AWARENESS_OF_HARM", "assessment.RISK"));
        assertThat(referralsOf(person)).isZero();
    }

    @Test
    void aReferralForAnUnknownPersonIsRefused() {
        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(8_999_999_999L,
                "Change programme", allRated(), null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("personId", "No person record with id 8999999999"));
    }

    @Test
    void aRiskAlertMakesAReviewDueWithin24HoursOfTheAlert() {
        ProgrammeReferral referral = referred(person());
        Instant before = Instant.now();

        ProgrammeReferral alerted = calls.as("specialist", () -> programmes.raiseRiskAlert(referral.id(),
                "New partner, pregnant; he has stopped attending"));

        Instant after = Instant.now();
        Review alert = only(alerted, Review.Kind.RISK_ALERT, false);
        assertThat(alert.reason()).isEqualTo("New partner, pregnant; he has stopped attending");
        assertThat(alert.dueAt()).isBetween(before.plus(Duration.ofHours(24)), after.plus(Duration.ofHours(24)));
        assertThat(calls.as("supervisor", () -> programmes.reviewsDue(500))).extracting(Review::id).contains(alert.id());
    }

    @Test
    void aRiskAlertWithoutItsReasonIsRefusedAndMakesNoReview() {
        ProgrammeReferral referral = referred(person());

        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.raiseRiskAlert(referral.id(), "  ")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("alertReason"));
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).reviews()).hasSize(1);
    }

    @Test
    void eachMonthlyReviewDoneSchedulesTheNextAMonthAfterItsDueDateNotAfterTheDayItWasDone() {
        ProgrammeReferral referral = referred(person());
        Review first = only(referral, Review.Kind.MONTHLY, false);

        ProgrammeReferral afterFirst = calls.as("specialist", () -> programmes.completeReview(first.id(),
                "Attending; no new incidents"));
        Review second = only(afterFirst, Review.Kind.MONTHLY, false);
        ProgrammeReferral afterSecond = calls.as("specialist", () -> programmes.completeReview(second.id(),
                "Missed one session; warned"));
        Review third = only(afterSecond, Review.Kind.MONTHLY, false);

        assertThat(second.dueAt()).isEqualTo(monthAfter(first.dueAt()));
        assertThat(third.dueAt()).isEqualTo(first.dueAt().atZone(LONDON).plusMonths(2).toInstant());
        assertThat(afterSecond.reviews()).filteredOn(r -> r.doneAt() != null).extracting(Review::outcome)
                .containsExactly("Attending; no new incidents", "Missed one session; warned");
        assertThat(afterSecond.reviews()).filteredOn(r -> r.doneAt() != null).extracting(Review::doneBy).containsOnly("specialist");
    }

    @Test
    void aRiskAlertReviewDoneSchedulesNothingMore() {
        ProgrammeReferral referral = referred(person());
        ProgrammeReferral alerted = calls.as("specialist", () -> programmes.raiseRiskAlert(referral.id(), "Breach of bail"));

        ProgrammeReferral reviewed = calls.as("specialist", () -> programmes.completeReview(
                only(alerted, Review.Kind.RISK_ALERT, false).id(), "Recalled to the programme; partner told"));

        assertThat(reviewed.reviews()).hasSize(2);
        assertThat(only(reviewed, Review.Kind.RISK_ALERT, true).outcome()).isEqualTo("Recalled to the programme; partner told");
    }

    @Test
    void aReviewIsDoneOnceAndNeedsItsOutcome() {
        ProgrammeReferral referral = referred(person());
        Review first = only(referral, Review.Kind.MONTHLY, false);

        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.completeReview(first.id(), "")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("outcome"));
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).reviews()).singleElement()
                .satisfies(review -> assertThat(review.doneAt()).isNull());
        calls.as("specialist", () -> programmes.completeReview(first.id(), "Attending"));
        assertThatThrownBy(() -> calls.as("supervisor", () -> programmes.completeReview(first.id(), "Attending too")))
                .isInstanceOf(ConcurrentEdit.class);
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).reviews()).hasSize(2);
    }

    @Test
    void thePathwayIsChosenWithItsReasonAndALaterChangeReplacesItWithTheOldKeptInTheAuditLog() {
        ProgrammeReferral referral = referred(person());

        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.choosePathway(referral.id(), Pathway.ENGAGE, "",
                referral.version())))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("pathwayReason"));
        ProgrammeReferral engaged = calls.as("specialist", () -> programmes.choosePathway(referral.id(), Pathway.ENGAGE,
                "Agrees to the programme and alcohol support", referral.version()));
        assertThatThrownBy(() -> calls.as("supervisor", () -> programmes.choosePathway(referral.id(), Pathway.CONVICT,
                "Stale page", referral.version()))).isInstanceOf(ConcurrentEdit.class);
        ProgrammeReferral convict = calls.as("supervisor", () -> programmes.choosePathway(referral.id(), Pathway.CONVICT,
                "Refused every session since the second month", engaged.version()));

        assertThat(engaged.pathway()).isEqualTo(Pathway.ENGAGE);
        assertThat(convict.pathway()).isEqualTo(Pathway.CONVICT);
        assertThat(convict.pathwayReason()).isEqualTo("Refused every session since the second month");
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'PROGRAMME_PATHWAY_CHOSEN' AND subject_id = :id "
                        + "ORDER BY seq").param("id", Long.toString(referral.id())).query(String.class).list())
                .containsExactly("ENGAGE", "CONVICT, was ENGAGE");
    }

    @Test
    void aClosedReferralHasNoReviewsDueAndTakesNoRiskAlert() {
        ProgrammeReferral referral = referred(person());
        Review first = only(referral, Review.Kind.MONTHLY, false);

        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.close(referral.id(), ProgrammeReferral.Status.OPEN,
                "Still going", referral.version())))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("status"));
        ProgrammeReferral closed = calls.as("specialist", () -> programmes.close(referral.id(),
                ProgrammeReferral.Status.WITHDRAWN, "Moved out of the force area", referral.version()));

        assertThat(closed.status()).isEqualTo(ProgrammeReferral.Status.WITHDRAWN);
        assertThat(closed.closedReason()).isEqualTo("Moved out of the force area");
        assertThat(calls.as("specialist", () -> programmes.reviewsDue(500))).extracting(Review::id).doesNotContain(first.id());
        assertThatThrownBy(() -> calls.as("specialist", () -> programmes.raiseRiskAlert(referral.id(), "Threats")))
                .isInstanceOf(InvalidRequest.class);
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).reviews()).hasSize(1);
    }

    @Test
    void reviewsDueComeSoonestFirstSoTheOverdueLeadTheList() {
        ProgrammeReferral referral = referred(person());
        Review first = only(referral, Review.Kind.MONTHLY, false);
        jdbc.sql("UPDATE offender.programme_review SET due_at = :due WHERE id = :id")
                .param("due", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3)))).param("id", first.id()).update();

        List<Programmes.DueReview> due = calls.as("supervisor", () -> programmes.reviewsDueWithTheirReferrals(500));

        assertThat(due).extracting(d -> d.review().dueAt()).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(due).filteredOn(d -> d.review().id() == first.id()).singleElement().satisfies(line -> {
            assertThat(line.programme()).isEqualTo("Change programme");
            assertThat(line.personName()).startsWith("Dean ");
        });
    }

    @Test
    void theReferralsOfAPersonAreFoundFromAnyOfTheirLinkedRecords() {
        long first = person();
        long second = person();
        ProgrammeReferral referral = referred(second);
        calls.as("specialist", () -> links.link(first, second, "Same man: probation confirmed"));

        assertThat(calls.as("officer", () -> programmes.referralsOf(first))).extracting(ProgrammeReferral::id)
                .containsExactly(referral.id());
    }

    @Test
    void aReferralOfAMemberOfStaffIsReadOnlyByProfessionalStandardsAndTheSpecialistsAndNamedOnlyToThem() {
        long person = person();
        ProgrammeReferral referral = referred(person);
        staffRecords.mark(person, "Police staff member", "specialist", Instant.now());

        assertThatThrownBy(() -> calls.as("supervisor", () -> programmes.referral(referral.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(calls.as("supervisor", () -> programmes.reviewsDueWithTheirReferrals(500)))
                .filteredOn(d -> d.review().referralId() == referral.id()).singleElement().satisfies(line -> {
                    assertThat(line.restricted()).isTrue();
                    assertThat(line.personName()).isEqualTo("Restricted record");
                    assertThat(line.programme()).isEmpty();
                });
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).id()).isEqualTo(referral.id());
    }

    @Test
    void onlySupervisorsAndSpecialistsReferAndOnlyReadersSeeReferrals() {
        long person = person();
        assertThatThrownBy(() -> calls.as("officer", () -> programmes.refer(new NewProgrammeReferral(person,
                "Change programme", allRated(), null)))).isInstanceOf(AccessDeniedException.class);
        ProgrammeReferral referral = referred(person);
        assertThatThrownBy(() -> calls.as("idva", () -> programmes.referral(referral.id()))).isInstanceOf(AccessDeniedException.class);
    }
}
