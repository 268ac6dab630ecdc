package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.offender.CustodyDecision.Decision;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Custody events on the real database, and what they set off: each recorded event is published through the
 * Modulith event registry as a {@link CustodyDecision}, and safeguarding gives the SPOC of every open case of a
 * victim of the suspect a Victims' Code task (tell the victim within 1 working day, the enhanced service) and, on a
 * release, a task to review the risk assessment. Bad events are refused with nothing saved; an import is refused
 * as a whole; the same event imported twice tells nobody twice.
 */
@SafeguardTest
class CustodyTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Christmas Eve 2025, a Wednesday: 1 working day later, past Christmas, Boxing Day and the weekend, is Monday 29th. */
    private static final Instant CHRISTMAS_EVE = london("2025-12-24T15:00");
    private static final Instant NEXT_WORKING_DAY = london("2025-12-29T15:00");

    @Autowired
    Custody custody;
    @Autowired
    Cases cases;
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

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** A domestic abuse incident whose victim's case has opened. */
    private record Abuse(long victimId, long suspectId, String family, VictimCase victimCase) {
    }

    private Abuse abuse() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(2)), null,
                "4 Mill Lane", Calls.unusedPostcode(), Calls.victim("Tess", family, LocalDate.of(1993, 9, 12)),
                Calls.suspect("Owen", family, LocalDate.of(1990, 2, 2)), "PRIORITY"));
        long victim = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        long suspect = file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
        VictimCase opened = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victim)));
        return new Abuse(victim, suspect, family, opened);
    }

    /** Another record of the suspect (another spelling), linked to theirs. */
    private long linkedRecordOfTheSuspect(Abuse abuse) {
        long otherRecord = calls.as("officer", () -> people.resolve(new PersonDetails("Owain", abuse.family(),
                LocalDate.of(1990, 2, 2), Sex.MALE), "POLICE")).id();
        calls.as("specialist", () -> links.link(abuse.suspectId(), otherRecord, "Same man: custody record gives both spellings"));
        return otherRecord;
    }

    private List<CaseTask> tasksOf(VictimCase victimCase) {
        return calls.as("officer", () -> cases.file(victimCase.id())).tasks();
    }

    private CaseTask eventuallyTask(VictimCase victimCase, CaseTask.Kind kind) {
        return Eventually.found(() -> tasksOf(victimCase).stream().filter(t -> t.kind() == kind).findFirst());
    }

    private static String reference() {
        return "CUS-" + UUID.randomUUID();
    }

    private static NewCustodyEvent event(long personId, Decision decision, Instant at, String reference) {
        return new NewCustodyEvent(personId, decision, at, "Custody suite, Testtown", reference);
    }

    private long eventsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM offender.custody_event WHERE reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    private long eventsAbout(long personId) {
        return jdbc.sql("SELECT count(*) FROM offender.custody_event WHERE person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    private long publicationsOf(String reference) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%CustodyDecision' "
                + "AND serialized_event LIKE :r").param("r", "%" + reference + "%").query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"RELEASED_FROM_CUSTODY", "RELEASED_ON_BAIL"})
    void aReleaseGivesTheVictimsSpocATaskToTellHerWithinOneWorkingDayAndATaskToReviewTheRisk(Decision release) {
        Abuse abuse = abuse();

        calls.as("officer", () -> custody.record(event(abuse.suspectId(), release, CHRISTMAS_EVE, null)));

        CaseTask tell = eventuallyTask(abuse.victimCase(), CaseTask.Kind.VICTIMS_CODE_UPDATE);
        assertThat(tell.title()).startsWith("Tell Tess " + abuse.family() + " the suspect was " + release.words());
        assertThat(tell.dueAt()).as("Victims' Code enhanced service: 1 working day").isEqualTo(NEXT_WORKING_DAY);
        assertThat(tell.owner()).isEqualTo(abuse.victimCase().spoc().username());
        assertThat(tasksOf(abuse.victimCase())).filteredOn(t -> t.kind() == CaseTask.Kind.REASSESSMENT).singleElement()
                .satisfies(review -> {
                    assertThat(review.title()).startsWith("Review the risk assessment of Tess " + abuse.family());
                    assertThat(review.dueAt()).isEqualTo(NEXT_WORKING_DAY);
                });
    }

    @Test
    void anArrestGivesOnlyTheTaskToTellTheVictimNotARiskReview() {
        Abuse abuse = abuse();

        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, null)));

        CaseTask tell = eventuallyTask(abuse.victimCase(), CaseTask.Kind.VICTIMS_CODE_UPDATE);
        assertThat(tell.title()).contains("the suspect was arrested");
        // Both tasks are made in one transaction of the listener: with the first there, a second would be too.
        assertThat(tasksOf(abuse.victimCase())).extracting(CaseTask::kind).containsExactly(CaseTask.Kind.VICTIMS_CODE_UPDATE);
    }

    @Test
    void theSameEventImportedTwiceIsCountedAsAlreadyRecordedAndTellsNobodyAgain() {
        Abuse abuse = abuse();
        String reference = reference();
        List<NewCustodyEvent> batch = List.of(event(abuse.suspectId(), Decision.RELEASED_ON_BAIL, CHRISTMAS_EVE, reference));

        Custody.ImportReport first = calls.as("supervisor", () -> custody.importEvents(batch));
        eventuallyTask(abuse.victimCase(), CaseTask.Kind.VICTIMS_CODE_UPDATE);
        long published = publicationsOf(reference);
        Custody.ImportReport second = calls.as("supervisor", () -> custody.importEvents(batch));

        assertThat(first).isEqualTo(new Custody.ImportReport(1, 0));
        assertThat(second).isEqualTo(new Custody.ImportReport(0, 1));
        assertThat(eventsWithReference(reference)).isEqualTo(1);
        assertThat(publicationsOf(reference)).as("nothing published again").isEqualTo(published);
        assertThat(tasksOf(abuse.victimCase())).filteredOn(t -> t.kind() == CaseTask.Kind.VICTIMS_CODE_UPDATE).hasSize(1);
    }

    @Test
    void aRecordedEventGoesThroughTheEventRegistryAndItsPublicationIsCompletedOnceTheTasksAreMade() {
        Abuse abuse = abuse();
        String reference = reference();

        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.CHARGED, CHRISTMAS_EVE, reference)));

        assertThat(publicationsOf(reference)).as("stored with the transaction that kept the event").isPositive();
        Eventually.found(() -> jdbc.sql("SELECT completion_date FROM event_publication WHERE event_type LIKE "
                        + "'%CustodyDecision' AND serialized_event LIKE :r AND listener_id LIKE '%CaseEvents%'")
                .param("r", "%" + reference + "%").query(Instant.class).optional());
        assertThat(tasksOf(abuse.victimCase())).extracting(CaseTask::title)
                .anySatisfy(title -> assertThat(title).contains("the suspect was charged"));
    }

    @Test
    void anEventAboutALinkedRecordOfTheSuspectReachesTheVictimOfTheirOtherRecord() {
        Abuse abuse = abuse();
        long otherRecord = linkedRecordOfTheSuspect(abuse);

        calls.as("officer", () -> custody.record(event(otherRecord, Decision.RELEASED_FROM_CUSTODY, CHRISTMAS_EVE, null)));

        assertThat(eventuallyTask(abuse.victimCase(), CaseTask.Kind.VICTIMS_CODE_UPDATE).title())
                .contains("released from custody");
        assertThat(calls.as("officer", () -> custody.eventsOf(abuse.suspectId()))).extracting(CustodyEvent::personId)
                .as("the person's events, whichever record they name").containsExactly(otherRecord);
    }

    @Test
    void anEventTypedWithoutAReferenceIsGivenAStableOneFromItsIdAndIsAudited() {
        Abuse abuse = abuse();

        CustodyEvent recorded = calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE, " ")));

        assertThat(recorded.reference()).isEqualTo("PAGE-" + recorded.id());
        assertThat(recorded.source()).isEqualTo(CustodyEvent.Source.PAGE);
        assertThat(recorded.recordedBy()).isEqualTo("officer");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'CUSTODY_EVENT_RECORDED' AND subject_id = :id")
                .param("id", Long.toString(recorded.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameReferenceTypedTwiceOnAPageKeepsOneEventAndAnotherPersonUnderItIsRefused() {
        Abuse abuse = abuse();
        Abuse another = abuse();
        String reference = reference();
        CustodyEvent first = calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE, reference)));

        CustodyEvent again = calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE, reference)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(event(another.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE, reference))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("reference"));
        assertThat(eventsAbout(another.suspectId())).isZero();
    }

    @Test
    void aReBailUnderTheSameReferenceIsRefusedNamingTheReferenceNotTakenAsAlreadyRecorded() {
        Abuse abuse = abuse();
        String reference = reference();
        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.RELEASED_ON_BAIL, CHRISTMAS_EVE, reference)));
        long published = publicationsOf(reference);

        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.RELEASED_ON_BAIL,
                NEXT_WORKING_DAY, reference))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsEntry("reference",
                        "Reference " + reference + " already has a different event; give this event its own reference or leave it blank"));
        assertThatThrownBy(() -> calls.as("supervisor", () -> custody.importEvents(List.of(event(abuse.suspectId(),
                Decision.RELEASED_ON_BAIL, NEXT_WORKING_DAY, reference)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField().get("events[0].reference"))
                        .startsWith("Reference " + reference + " already has a different event"));
        assertThat(eventsWithReference(reference)).isEqualTo(1);
        assertThat(publicationsOf(reference)).isEqualTo(published);
    }

    @Test
    void theSameEventUnderItsReferenceAboutALinkedRecordIsAlreadyRecorded() {
        Abuse abuse = abuse();
        long otherRecord = linkedRecordOfTheSuspect(abuse);
        String reference = reference();
        CustodyEvent first = calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.CHARGED,
                CHRISTMAS_EVE, reference)));

        CustodyEvent again = calls.as("officer", () -> custody.record(event(otherRecord, Decision.CHARGED, CHRISTMAS_EVE,
                reference)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(calls.as("supervisor", () -> custody.importEvents(List.of(event(otherRecord, Decision.CHARGED,
                CHRISTMAS_EVE, reference))))).isEqualTo(new Custody.ImportReport(0, 1));
        assertThat(eventsWithReference(reference)).isEqualTo(1);
    }

    @Test
    void aCustodyEventForAnUnknownPersonIsRefusedWithNothingSaved() {
        String reference = reference();
        long nobody = 9_000_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);

        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(event(nobody, Decision.ARRESTED, CHRISTMAS_EVE,
                reference))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("personId", "No person record with id " + nobody));
        assertThat(eventsWithReference(reference)).isZero();
    }

    @Test
    void aDecisionInTheFutureOrWithoutItsDecisionOrWithTooLongADetailIsRefusedWithNothingSaved() {
        Abuse abuse = abuse();

        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.CHARGED,
                Instant.now().plus(Duration.ofHours(2)), null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("decidedAt"));
        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(new NewCustodyEvent(abuse.suspectId(), null,
                CHRISTMAS_EVE, null, null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("decision"));
        assertThatThrownBy(() -> calls.as("officer", () -> custody.record(new NewCustodyEvent(abuse.suspectId(),
                Decision.CHARGED, CHRISTMAS_EVE, "x".repeat(1001), null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsOnlyKeys("detail"));
        assertThat(eventsAbout(abuse.suspectId())).isZero();
    }

    @Test
    void anImportWithOneBadEventIsRefusedAsAWholeNamingEachBadEventByItsPlace() {
        Abuse abuse = abuse();
        String good = reference();
        String taken = reference();
        calls.as("supervisor", () -> custody.importEvents(List.of(event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, taken))));
        long before = eventsAbout(abuse.suspectId());

        assertThatThrownBy(() -> calls.as("supervisor", () -> custody.importEvents(List.of(
                event(abuse.suspectId(), Decision.CHARGED, CHRISTMAS_EVE, good),
                event(abuse.suspectId(), Decision.REMANDED, CHRISTMAS_EVE, " "),
                event(abuse.suspectId(), Decision.RELEASED_ON_BAIL, CHRISTMAS_EVE, taken)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsOnlyKeys("events[1].reference", "events[2].reference"));
        assertThat(eventsWithReference(good)).as("the good event is not kept either").isZero();
        assertThat(eventsAbout(abuse.suspectId())).isEqualTo(before);
    }

    @Test
    void oneReferenceGivenTwiceInOneImportForTwoDifferentDecisionsIsRefused() {
        Abuse abuse = abuse();
        String reference = reference();

        assertThatThrownBy(() -> calls.as("supervisor", () -> custody.importEvents(List.of(
                event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, reference),
                event(abuse.suspectId(), Decision.CHARGED, CHRISTMAS_EVE, reference)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsOnlyKeys("events[1].reference"));
        assertThat(calls.as("supervisor", () -> custody.importEvents(List.of(
                event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, reference),
                event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, reference)))))
                .as("the same decision twice in one import").isEqualTo(new Custody.ImportReport(1, 1));
    }

    @Test
    void theCustodyStatusIsTheLatestDecisionAcrossEveryRecordOfThePerson() {
        Abuse abuse = abuse();
        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.REMANDED, CHRISTMAS_EVE, null)));
        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE.minus(Duration.ofDays(1)), null)));
        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.RELEASED_FROM_CUSTODY,
                CHRISTMAS_EVE.plus(Duration.ofDays(60)), null)));

        assertThat(calls.as("officer", () -> custody.status(abuse.suspectId()))).get()
                .extracting(CustodyEvent::decision).isEqualTo(Decision.RELEASED_FROM_CUSTODY);
        assertThat(calls.as("officer", () -> custody.eventsOf(abuse.suspectId()))).extracting(CustodyEvent::decision)
                .as("latest decision first, whatever order they were recorded in")
                .containsExactly(Decision.RELEASED_FROM_CUSTODY, Decision.REMANDED, Decision.ARRESTED);
    }

    @Test
    void theCustodyEventsOfAMemberOfStaffAreReadOnlyByProfessionalStandardsAndTheSpecialists() {
        Abuse abuse = abuse();
        calls.as("officer", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED, CHRISTMAS_EVE, null)));
        staffRecords.mark(abuse.suspectId(), "Serving officer", "specialist", Instant.now());

        assertThatThrownBy(() -> calls.as("officer", () -> custody.eventsOf(abuse.suspectId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(calls.as("specialist", () -> custody.eventsOf(abuse.suspectId()))).hasSize(1);
        assertThat(calls.as("officer", () -> custody.heading(abuse.suspectId())).name())
                .as("the form to record an arrest still opens, without the name").isEqualTo("Restricted record");
    }

    @Test
    void onlyThoseWhoRecordCustodyEventsMayAndOnlyImportingClientsImport() {
        Abuse abuse = abuse();
        assertThatThrownBy(() -> calls.as("idva", () -> custody.record(event(abuse.suspectId(), Decision.ARRESTED,
                CHRISTMAS_EVE, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as("officer", () -> custody.importEvents(List.of(event(abuse.suspectId(),
                Decision.ARRESTED, CHRISTMAS_EVE, reference()))))).isInstanceOf(AccessDeniedException.class);
    }
}
