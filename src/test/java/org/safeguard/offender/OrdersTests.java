package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.offender.ProtectiveOrder.Condition;
import org.safeguard.offender.ProtectiveOrder.ConditionKind;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.Cases;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.safeguarding.rules.WorkingDays;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Orders and bail against the real database: refusals save nothing, DVPOs never overlap between the same two
 * people under any of their records, breaches link to incidents, and an order ending within 3 days is announced
 * once, so the victim's SPOC is tasked to tell them and review the risk before it ends.
 */
@SafeguardTest
class OrdersTests {

    @Autowired
    Orders orders;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    PersonLinks links;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    OrdersAnnounced announced;
    @Autowired
    StaffMarks staffMarks;

    /** A victim and a suspect of one new domestic abuse incident. */
    private record Couple(IncidentFile incident, long victimId, long suspectId, String victimName, String suspectName) {
        String reference() {
            return incident.incident().reference();
        }
    }

    private Couple couple(String family, String victimGiven, String suspectGiven, Instant receivedAt) {
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(receivedAt, null, "4 Elm Row",
                Calls.unusedPostcode(), Calls.victim(victimGiven, family, LocalDate.of(1991, 5, 6)),
                Calls.suspect(suspectGiven, family, LocalDate.of(1987, 2, 3)), "PRIORITY"));
        return new Couple(file, file.incident().partiesIn(PartyRole.VICTIM).get(0).personId(),
                file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId(), victimGiven + " " + family,
                suspectGiven + " " + family);
    }

    private Couple couple() {
        return couple(Calls.unusedFamilyName(), "Nina", "Carl", clock.instant().minus(Duration.ofDays(20)));
    }

    private ProtectiveOrder record(NewOrder order) {
        return calls.as("officer", () -> orders.record(order));
    }

    private Map<String, String> refused(NewOrder order) {
        InvalidRequest refusal = catchThrowableOfType(InvalidRequest.class, () -> record(order));
        assertThat(refusal).as("refused: " + order).isNotNull();
        return refusal.byField();
    }

    private static NewOrder dvpo(Couple couple, Instant startsAt, int days) {
        return new NewOrder(OrderKind.DVPO, couple.suspectId(), couple.victimId(), null, null, startsAt,
                startsAt.plus(Duration.ofDays(days)), List.of(new Condition(ConditionKind.NO_CONTACT, "")));
    }

    private long ordersAgainstOrProtecting(long... personIds) {
        return jdbc.sql("SELECT count(*) FROM offender.protective_order WHERE perpetrator_id = ANY(:ids) OR protected_id = ANY(:ids)")
                .param("ids", personIds).query(Long.class).single();
    }

    @Test
    void everyRefusedOrderSavesNothing() {
        Couple couple = couple();
        Instant now = clock.instant();
        long unknown = 8_000_000_000_000L + couple.victimId();
        Map<NewOrder, Map.Entry<String, String>> refusals = Map.of(
                new NewOrder(OrderKind.RESTRAINING, couple.suspectId(), couple.victimId(), null, null, now,
                        now.minus(Duration.ofDays(1)), List.of(new Condition(ConditionKind.NO_CONTACT, ""))),
                Map.entry("endsAt", "The order must end after it starts"),
                new NewOrder(OrderKind.PRE_CHARGE_BAIL, couple.suspectId(), couple.victimId(), null, null, now, null,
                        List.of(new Condition(ConditionKind.RESIDENCE, "12 Mill Lane"))),
                Map.entry("endsAt", "Bail conditions need the date they end (the bail return date)"),
                new NewOrder(OrderKind.DVPN, couple.suspectId(), couple.victimId(), null, null, now,
                        now.plus(Duration.ofHours(60)), List.of()),
                Map.entry("endsAt", "A DVPN lasts at most 48 hours (Crime and Security Act 2010): this one lasts 60 hours"),
                dvpo(couple, now, 30),
                Map.entry("endsAt", "A DVPO lasts from 14 to 28 days (Crime and Security Act 2010): this one lasts 30 days"),
                new NewOrder(OrderKind.NON_MOLESTATION, couple.suspectId(), unknown, null, null, now,
                        now.plus(Duration.ofDays(180)), List.of()),
                Map.entry("protectedId", "There is no person record " + unknown + " to protect"),
                new NewOrder(OrderKind.NON_MOLESTATION, couple.suspectId(), couple.suspectId(), null, null, now,
                        now.plus(Duration.ofDays(180)), List.of()),
                Map.entry("protectedId", "The person protected cannot be the person the order is against"),
                new NewOrder(OrderKind.COURT_BAIL, couple.suspectId(), couple.victimId(), null, null, now,
                        now.plus(Duration.ofDays(21)), List.of(new Condition(ConditionKind.EXCLUSION_ZONE, " "))),
                Map.entry("conditions[0].detail", "Describe the area condition 1 keeps the perpetrator out of"),
                new NewOrder(OrderKind.RESTRAINING, couple.suspectId(), couple.victimId(), "INC-1999-0000001", null, now,
                        now.plus(Duration.ofDays(365)), List.of()),
                Map.entry("incidentReference", "There is no incident with reference INC-1999-0000001"));

        refusals.forEach((order, problem) -> assertThat(refused(order)).containsEntry(problem.getKey(), problem.getValue()));

        assertThat(ordersAgainstOrProtecting(couple.suspectId(), couple.victimId())).isZero();
    }

    @Test
    void anOrderAgainstAnUnknownPersonIsRefusedAndSavesNothing() {
        Couple couple = couple();
        long unknown = 8_000_000_000_000L + couple.suspectId();
        Instant now = clock.instant();

        assertThat(refused(new NewOrder(OrderKind.RESTRAINING, unknown, couple.victimId(), null, null, now,
                now.plus(Duration.ofDays(365)), List.of())))
                .containsEntry("perpetratorId", "There is no person record " + unknown + " to make the order against");
        assertThat(ordersAgainstOrProtecting(unknown, couple.victimId())).isZero();
    }

    @Test
    void overlappingDvposForTheSamePeopleAreRefusedAcrossLinkedRecords() {
        String family = Calls.unusedFamilyName();
        Couple first = couple(family, "Nina", "Carl", clock.instant().minus(Duration.ofDays(30)));
        Couple second = couple(family, "Nena", "Karl", clock.instant().minus(Duration.ofDays(10)));
        linkAsOnePerson(first.suspectId(), second.suspectId(), "Same man: custody photograph");
        linkAsOnePerson(first.victimId(), second.victimId(), "Same woman: her IDVA confirmed it");
        Instant start = clock.instant().minus(Duration.ofDays(2));
        ProtectiveOrder running = record(dvpo(first, start, 20));

        Map<String, String> problems = refused(dvpo(second, start.plus(Duration.ofDays(5)), 14));

        assertThat(problems.get("startsAt")).contains("A DVPO between these two people already runs",
                "(order " + running.id());
        assertThat(ordersAgainstOrProtecting(first.suspectId(), second.suspectId())).isEqualTo(1);
        assertThat(calls.as("officer", () -> orders.againstPerson(second.suspectId()))).extracting(ProtectiveOrder::id)
                .containsExactly(running.id());
        assertThat(calls.as("officer", () -> orders.protecting(second.victimId()))).extracting(ProtectiveOrder::id)
                .containsExactly(running.id());
        ProtectiveOrder after = record(dvpo(second, running.endsAt(), 14));
        assertThat(after.protectedId()).isEqualTo(second.victimId());
    }

    @Test
    void twoClerksSavingOverlappingDvposAtOnceSaveOnlyOne() throws Exception {
        Couple couple = couple();
        Instant start = clock.instant().minus(Duration.ofDays(1));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> saved = new ArrayList<>();
            for (int clerk = 0; clerk < 2; clerk++) {
                int offset = clerk;
                saved.add(clerks.submit(() -> {
                    ready.countDown();
                    ready.await(10, TimeUnit.SECONDS);
                    try {
                        record(dvpo(couple, start.plus(Duration.ofHours(offset)), 14));
                        return true;
                    } catch (InvalidRequest overlapping) {
                        return false;
                    }
                }));
            }
            int savedCount = 0;
            for (Future<Boolean> outcome : saved) {
                savedCount += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(savedCount).isEqualTo(1);
        } finally {
            clerks.shutdownNow();
        }
        assertThat(ordersAgainstOrProtecting(couple.suspectId())).isEqualTo(1);
    }

    @Test
    void aBreachIsLinkedToTheIncidentThatRecordedItOncePerIncident() {
        Couple couple = couple();
        ProtectiveOrder order = record(dvpo(couple, clock.instant().minus(Duration.ofDays(3)), 21));
        Couple breachCall = couple(Calls.unusedFamilyName(), "Ada", "Bob", clock.instant().minus(Duration.ofHours(5)));
        Instant occurredAt = clock.instant().minus(Duration.ofHours(6));

        ProtectiveOrder breached = calls.as("officer", () -> orders.recordBreach(order.id(), breachCall.reference(),
                occurredAt, "Came to her door at 02:00"));

        assertThat(breached.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.incidentId()).isEqualTo(breachCall.incident().incident().id());
            assertThat(breach.incidentReference()).isEqualTo(breachCall.reference());
            assertThat(breach.detail()).isEqualTo("Came to her door at 02:00");
        });
        InvalidRequest again = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> orders.recordBreach(order.id(), breachCall.reference(), occurredAt, "Again")));
        assertThat(again.byField()).containsEntry("incidentReference",
                "A breach of this order is already recorded for incident " + breachCall.reference());
        InvalidRequest beforeItStarted = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> orders.recordBreach(order.id(), couple.reference(), order.startsAt().minus(Duration.ofDays(1)), "Earlier")));
        assertThat(beforeItStarted.byField().get("occurredAt")).startsWith("A breach must happen while the order is in force");
        InvalidRequest unknown = catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> orders.recordBreach(order.id(), "INC-1999-0000002", occurredAt, "Unknown")));
        assertThat(unknown.byField()).containsEntry("incidentReference", "There is no incident with reference INC-1999-0000002");
        assertThat(calls.as("officer", () -> orders.order(order.id())).breaches()).hasSize(1);
    }

    @Test
    void endingEarlyNeedsAReasonAndTheVersionLastSeen() {
        Couple couple = couple();
        ProtectiveOrder order = record(dvpo(couple, clock.instant().minus(Duration.ofDays(3)), 21));

        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as("officer",
                () -> orders.endEarly(order.id(), " ", order.version()))).byField()).containsKey("reason");
        assertThat(catchThrowableOfType(ConcurrentEdit.class, () -> calls.as("officer",
                () -> orders.endEarly(order.id(), "Discharged by the magistrates", order.version() + 1)))).isNotNull();
        ProtectiveOrder ended = calls.as("officer", () -> orders.endEarly(order.id(), "Discharged by the magistrates", order.version()));

        assertThat(ended.endedEarlyAt()).isNotNull();
        assertThat(ended.liveAt(clock.instant().plusSeconds(1))).isFalse();
        assertThat(calls.as("officer", () -> orders.ending(LocalDate.now(clock), LocalDate.now(clock).plusDays(28))))
                .extracting(ProtectiveOrder::id).doesNotContain(order.id());
    }

    @Test
    void anOrderEndingWithin3DaysIsAnnouncedOnceAndTheVictimsSpocIsTaskedBeforeItEnds() {
        Couple couple = couple();
        VictimCase victimCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(couple.victimId())));
        Instant endsAt = clock.instant().plus(Duration.ofDays(2));
        ProtectiveOrder order = record(new NewOrder(OrderKind.DVPO, couple.suspectId(), couple.victimId(), null,
                "DVPO/ENDING", endsAt.minus(Duration.ofDays(15)), endsAt, List.of()));

        orders.announceEnding();
        orders.announceEnding();

        assertThat(announced.times(order.id())).isEqualTo(1);
        Instant announcedAt = jdbc.sql("SELECT expiry_notified_at FROM offender.protective_order WHERE id = :id")
                .param("id", order.id()).query(java.sql.Timestamp.class).single().toInstant();
        List<CaseTask> tasks = Eventually.found(() -> Optional.of(orderTasks(victimCase.id(), order)).filter(t -> t.size() == 2));
        Instant due = soonerOf(workingDays.plus(announcedAt, 1), order.endsAt());
        assertThat(tasks).anySatisfy(task -> {
            assertThat(task.kind()).isEqualTo(CaseTask.Kind.VICTIMS_CODE_UPDATE);
            assertThat(task.title()).startsWith("Tell " + couple.victimName() + " the DVPO against " + couple.suspectName()
                    + " ends on ");
            assertThat(Duration.between(due, task.dueAt()).abs()).isLessThan(Duration.ofMillis(1));
            assertThat(task.dueAt()).isBeforeOrEqualTo(order.endsAt());
            assertThat(task.owner()).isEqualTo(victimCase.spoc().username());
        }).anySatisfy(task -> {
            assertThat(task.kind()).isEqualTo(CaseTask.Kind.REASSESSMENT);
            assertThat(task.title()).startsWith("Review the risk to " + couple.victimName() + " before the DVPO");
            assertThat(task.dueAt()).isBeforeOrEqualTo(order.endsAt());
        });
        orders.announceEnding();
        assertThat(announced.times(order.id())).isEqualTo(1);
        assertThat(orderTasks(victimCase.id(), order)).hasSize(2);
    }

    @Test
    void anOrderEndingIn5DaysIsNotAnnouncedYet() {
        Couple couple = couple();
        Instant endsAt = clock.instant().plus(Duration.ofDays(5));
        ProtectiveOrder order = record(new NewOrder(OrderKind.RESTRAINING, couple.suspectId(), couple.victimId(), null,
                null, endsAt.minus(Duration.ofDays(200)), endsAt, List.of()));

        orders.announceEnding();

        assertThat(announced.times(order.id())).isZero();
        assertThat(jdbc.sql("SELECT expiry_notified_at IS NULL FROM offender.protective_order WHERE id = :id")
                .param("id", order.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void anOrderAgainstAMemberOfStaffIsShownOnlyToSpecialistsAndProfessionalStandards() {
        Couple couple = couple();
        staffMarks.mark(couple.suspectId(), "Serving police constable", "specialist", clock.instant());
        ProtectiveOrder order = record(dvpo(couple, clock.instant().minus(Duration.ofDays(1)), 14));

        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> calls.as("officer", () -> orders.order(order.id())))).isNotNull();
        assertThat(calls.as("officer", () -> orders.protecting(couple.victimId()))).singleElement().satisfies(seen -> {
            assertThat(seen.perpetratorName()).isEqualTo("Restricted record");
            assertThat(seen.protectedName()).isEqualTo("Restricted record");
            assertThat(seen.conditions()).isEmpty();
        });
        assertThat(calls.as("specialist", () -> orders.order(order.id())).perpetratorName()).isEqualTo(couple.suspectName());
    }

    @Test
    void theRecordAnOrderFormIsRefusedForAStaffPerpetratorAndNamesNoStaffVictimToThoseWhoMayNotSeeThem() {
        Couple staffPerpetrator = couple();
        staffMarks.mark(staffPerpetrator.suspectId(), "Serving police constable", "specialist", clock.instant());
        Couple staffVictim = couple();
        staffMarks.mark(staffVictim.victimId(), "Police staff, control room", "specialist", clock.instant());

        assertThat(catchThrowableOfType(AccessDeniedException.class,
                () -> calls.as("officer", () -> orders.partiesFor(staffPerpetrator.suspectId())))).isNotNull();
        assertThat(calls.as("specialist", () -> orders.partiesFor(staffPerpetrator.suspectId())).perpetratorName())
                .isEqualTo(staffPerpetrator.suspectName());
        assertThat(calls.as("officer", () -> orders.partiesFor(staffVictim.suspectId())).victims()).singleElement()
                .satisfies(victim -> {
                    assertThat(victim.personId()).isEqualTo(staffVictim.victimId());
                    assertThat(victim.name()).isEqualTo("Restricted record");
                    assertThat(victim.restricted()).isTrue();
                });
        assertThat(calls.as("specialist", () -> orders.partiesFor(staffVictim.suspectId())).victims()).singleElement()
                .satisfies(victim -> assertThat(victim.name()).isEqualTo(staffVictim.victimName()));
    }

    @Test
    void anOrderRecordedProtectingAMemberOfStaffComesBackMaskedToTheOfficerWhoRecordedIt() {
        Couple couple = couple();
        staffMarks.mark(couple.victimId(), "Police staff, control room", "specialist", clock.instant());

        ProtectiveOrder recorded = record(dvpo(couple, clock.instant().minus(Duration.ofDays(1)), 14));

        assertThat(recorded.perpetratorName()).isEqualTo("Restricted record");
        assertThat(recorded.protectedName()).isEqualTo("Restricted record");
        assertThat(recorded.conditions()).isEmpty();
    }

    @Test
    void anOrderEndingAgainstAMemberOfStaffTellsTheVictimsSpocWithoutNamingThePerpetrator() {
        Couple couple = couple();
        VictimCase victimCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(couple.victimId())));
        staffMarks.mark(couple.suspectId(), "Serving police constable", "specialist", clock.instant());
        Instant endsAt = clock.instant().plus(Duration.ofDays(2));
        record(new NewOrder(OrderKind.DVPO, couple.suspectId(), couple.victimId(), null, null,
                endsAt.minus(Duration.ofDays(15)), endsAt, List.of()));

        orders.announceEnding();

        List<CaseTask> tasks = Eventually.found(() -> Optional.of(tasksOn(victimCase.id(), " against the perpetrator ends on "))
                .filter(t -> t.size() == 2));
        assertThat(tasks).extracting(CaseTask::title).allSatisfy(title -> assertThat(title).doesNotContain(couple.suspectName()))
                .anySatisfy(title -> assertThat(title).startsWith("Tell " + couple.victimName()
                        + " the DVPO against the perpetrator ends on "));
    }

    @Test
    void anOrderProtectingSomeoneWithNoOpenCaseIsAuditedAndNotToldToThePerpetratorsOtherVictims() {
        Couple couple = couple();
        VictimCase otherVictimsCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(couple.victimId())));
        // The protected person is recorded only as a suspect elsewhere: no case of theirs is open.
        Couple elsewhere = couple();
        Instant endsAt = clock.instant().plus(Duration.ofDays(2));
        ProtectiveOrder order = record(new NewOrder(OrderKind.NON_MOLESTATION, couple.suspectId(), elsewhere.suspectId(),
                null, null, endsAt.minus(Duration.ofDays(60)), endsAt, List.of()));

        orders.announceEnding();

        Eventually.found(() -> Optional.of(audited("ORDER_ENDING_NO_OPEN_CASE", order.id())).filter(n -> n == 1));
        assertThat(tasksOn(otherVictimsCase.id(), " against " + couple.suspectName() + " ends on ")).isEmpty();
    }

    @Test
    void anOrderEndedEarlyTellsTheVictimWithinTheVictimsCodeTimeAndAsksForAReassessmentWithoutTheReason() {
        Couple couple = couple();
        VictimCase victimCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(couple.victimId())));
        ProtectiveOrder order = record(dvpo(couple, clock.instant().minus(Duration.ofDays(3)), 21));

        calls.as("officer", () -> orders.endEarly(order.id(), "Discharged: the applicant's solicitor's letter of 3 May",
                order.version()));

        Instant endedAt = jdbc.sql("SELECT ended_early_at FROM offender.protective_order WHERE id = :id")
                .param("id", order.id()).query(java.sql.Timestamp.class).single().toInstant();
        List<CaseTask> tasks = Eventually.found(() -> Optional.of(tasksOn(victimCase.id(),
                " against " + couple.suspectName() + " ended early on ")).filter(t -> t.size() == 2));
        assertThat(tasks).allSatisfy(task -> assertThat(task.title()).doesNotContain("solicitor"))
                .anySatisfy(task -> {
                    assertThat(task.kind()).isEqualTo(CaseTask.Kind.VICTIMS_CODE_UPDATE);
                    assertThat(task.title()).startsWith("Tell " + couple.victimName() + " the DVPO against "
                            + couple.suspectName() + " ended early on ");
                    assertThat(Duration.between(workingDays.plus(endedAt, 1), task.dueAt()).abs()).isLessThan(Duration.ofMillis(1));
                    assertThat(task.owner()).isEqualTo(victimCase.spoc().username());
                }).anySatisfy(task -> assertThat(task.kind()).isEqualTo(CaseTask.Kind.REASSESSMENT));
    }

    @Test
    void bailProtectingNoOnePersonEndedEarlyTellsThePerpetratorsVictimsSpocs() {
        Couple couple = couple();
        VictimCase victimCase = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(couple.victimId())));
        Instant startsAt = clock.instant().minus(Duration.ofDays(2));
        ProtectiveOrder bail = record(new NewOrder(OrderKind.PRE_CHARGE_BAIL, couple.suspectId(), null, null, "CUST/BAIL",
                startsAt, startsAt.plus(Duration.ofDays(28)), List.of(new Condition(ConditionKind.NO_CONTACT, ""))));

        calls.as("officer", () -> orders.endEarly(bail.id(), "Bail cancelled", bail.version()));

        Eventually.found(() -> Optional.of(tasksOn(victimCase.id(), " against " + couple.suspectName() + " ended early on "))
                .filter(t -> t.size() == 2));
    }

    /** Links the two records by hand, unless record linkage has already found them to be one person. */
    private void linkAsOnePerson(long first, long second, String reason) {
        if (!links.samePerson(List.of(first)).get(first).contains(second)) {
            calls.as("specialist", () -> links.link(first, second, reason));
        }
    }

    /** The tasks on the case that name the order's perpetrator and its end. */
    private List<CaseTask> orderTasks(long caseId, ProtectiveOrder order) {
        return calls.as("officer", () -> cases.file(caseId)).tasks().stream()
                .filter(t -> t.title().contains(" against " + order.perpetratorName() + " ends on ")).toList();
    }

    /** The tasks on the case whose title holds the words. */
    private List<CaseTask> tasksOn(long caseId, String words) {
        return calls.as("officer", () -> cases.file(caseId)).tasks().stream().filter(t -> t.title().contains(words)).toList();
    }

    private long audited(String action, long orderId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND subject_type = 'order' AND subject_id = :id")
                .param("action", action).param("id", Long.toString(orderId)).query(Long.class).single();
    }

    private static Instant soonerOf(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }
}
