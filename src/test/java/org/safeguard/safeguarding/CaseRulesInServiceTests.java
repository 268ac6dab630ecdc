package org.safeguard.safeguarding;

import org.safeguard.offender.CustodyDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.MaracCriterion;
import org.safeguard.risk.ReassessmentRequested;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6's rules on the real database: a case per victim opened by the incident, exactly one named SPOC
 * at every moment (also under concurrent reassignment), high risk out of hours held by the on-call
 * supervisor and handed over when the specialist team is back (bank holidays included), Victims' Code
 * tasks within 1 working day of a release, escalation of overdue tasks, and bad input refused.
 */
@SafeguardTest
class CaseRulesInServiceTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Cases cases;
    @Autowired
    Calls calls;
    @Autowired
    Staff staff;
    @Autowired
    IncidentHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private IncidentFile incident(String family, Instant at) {
        return calls.record("call.handler", Calls.domesticAbuse(at, null, "7 Quarry Row", "ZZ9 3RC",
                Calls.victim("Tess", family, LocalDate.of(1993, 9, 12)), Calls.suspect("Owen", family,
                        LocalDate.of(1990, 2, 2)), "PRIORITY"));
    }

    private static long victimOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    private static long suspectOf(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }

    /** The case opens after the incident commits (an event listener): wait for it. */
    private VictimCase caseOf(long victimId) {
        return eventually(() -> calls.as("officer", () -> cases.openCaseOf(victimId)));
    }

    private static <T> T eventually(Supplier<Optional<T>> probe) {
        return Eventually.found(probe);
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void aDomesticAbuseIncidentOpensTheVictimsCaseWithANamedSpocAndTheNextIncidentJoinsIt() {
        String family = Calls.unusedFamilyName();
        IncidentFile first = incident(family, Instant.now().minus(Duration.ofDays(3)));
        VictimCase opened = caseOf(victimOf(first));

        assertThat(opened.victimName()).isEqualTo("Tess " + family);
        assertThat(opened.spoc().username()).isEqualTo(cases.onCallSupervisor());
        IncidentFile second = incident(family, Instant.now());
        eventually(() -> jdbc.sql("SELECT count(*) FROM safeguarding.case_incident WHERE case_id = :id")
                .param("id", opened.id()).query(Long.class).optional().filter(n -> n == 2));

        CaseFile file = calls.as("officer", () -> cases.file(opened.id()));
        assertThat(file.incidents()).extracting(i -> i.reference())
                .containsExactly(second.incident().reference(), first.incident().reference());
        assertThat(file.spocChanges()).singleElement().satisfies(change -> {
            assertThat(change.fromUsername()).isNull();
            assertThat(change.handoverNote()).contains(first.incident().reference());
        });
    }

    @Test
    void theSpocIsNeverEmptyInTheDatabaseAndAChangeNeedsAReasonAndAHandoverNote() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));

        assertThatThrownBy(() -> jdbc.sql("UPDATE safeguarding.victim_case SET spoc_username = NULL WHERE id = :id")
                .param("id", victimCase.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> calls.as("supervisor", () -> cases.changeSpoc(victimCase.id(), victimCase.version(),
                "specialist", "Moving to DAISU", " ")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("handoverNote"));
        assertThatThrownBy(() -> calls.as("supervisor", () -> cases.changeSpoc(victimCase.id(), victimCase.version(),
                "", "No one", "Nobody")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("spoc"));
        assertThat(calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow().spoc().username())
                .isEqualTo(victimCase.spoc().username());
    }

    @Test
    void theSpocInvariantHoldsUnderConcurrentReassignments() throws Exception {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        List<String> candidates = List.of("officer", "supervisor", "specialist", staff.fresh(Role.OFFICER).username(),
                staff.fresh(Role.DA_SPECIALIST).username());
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger refusedAsStale = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            running.add(threads.submit(() -> {
                for (int attempt = 0; attempt < 10; attempt++) {
                    calls.as("supervisor", () -> {
                        VictimCase seen = cases.openCaseOf(victimCase.victimId()).orElseThrow();
                        String to = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
                        try {
                            cases.changeSpoc(seen.id(), seen.version(), to, "Rebalancing caseloads", "Victim prefers phone calls");
                            changed.incrementAndGet();
                        } catch (ConcurrentEdit stale) {
                            refusedAsStale.incrementAndGet();
                        } catch (InvalidRequest alreadyTheSpoc) {
                            // Chose the SPOC the case already has.
                        }
                        return null;
                    });
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(changed.get()).as("changes that went through").isGreaterThan(1);
        List<Map<String, Object>> chain = jdbc.sql("SELECT from_username, to_username FROM safeguarding.spoc_change "
                + "WHERE case_id = :id ORDER BY id").param("id", victimCase.id()).query().listOfRows();
        assertThat(chain).hasSize(changed.get() + 1);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).get("from_username")).as("change %d hands over from the SPOC before it", i)
                    .isEqualTo(chain.get(i - 1).get("to_username"));
        }
        String now = jdbc.sql("SELECT spoc_username FROM safeguarding.victim_case WHERE id = :id")
                .param("id", victimCase.id()).query(String.class).single();
        assertThat(now).isNotBlank().isEqualTo(chain.get(chain.size() - 1).get("to_username"));
        assertThat(jdbc.sql("SELECT count(*) FROM safeguarding.victim_case WHERE victim_id = :v AND status = 'OPEN'")
                .param("v", victimCase.victimId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void highRiskOutOfHoursGoesToTheOnCallSupervisorAndIsHandedOverWhenTheTeamIsBackBankHolidaysIncluded() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        // Saturday 26 December 2026, 22:00: the team is off until Tuesday 29th (Monday 28th is the Boxing Day holiday).
        cases.riskAssessed(new RiskAssessed(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE),
                victimCase.victimId(), victimCase.victimName(), eventuallyIncidentOf(victimCase), RiskLevel.HIGH,
                RiskLevel.HIGH, Set.of(MaracCriterion.VISIBLE_HIGH_RISK), london("2026-12-26T22:00"), "officer", true));

        VictimCase held = calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow();
        assertThat(held.spoc().username()).isEqualTo(cases.onCallSupervisor());
        assertThat(held.spoc().awaitingHandover()).isTrue();
        assertThat(held.riskLevel()).isEqualTo(RiskLevel.HIGH);

        cases.handOverDue(london("2026-12-28T10:00"));
        assertThat(calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow().spoc().awaitingHandover())
                .as("still held on the bank holiday").isTrue();

        cases.handOverDue(london("2026-12-29T08:00"));
        VictimCase handedOver = calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow();
        assertThat(handedOver.spoc().awaitingHandover()).isFalse();
        assertThat(handedOver.spoc().username()).isNotEqualTo(cases.onCallSupervisor());
        CaseFile file = calls.as("specialist", () -> cases.file(victimCase.id()));
        assertThat(file.spocChanges().get(0)).satisfies(change -> {
            assertThat(change.automatic()).isTrue();
            assertThat(change.reason()).contains("back on duty");
        });
        assertThat(file.tasks()).filteredOn(t -> t.kind() == CaseTask.Kind.FIRST_CONTACT).singleElement()
                .satisfies(task -> assertThat(task.owner()).as("the handover carries the task").isEqualTo(handedOver.spoc().username()));
    }

    @Test
    void aReleaseFromCustodyTellsTheVictimWithinOneWorkingDayAcrossAWeekendAndABankHoliday() {
        IncidentFile file = incident(Calls.unusedFamilyName(), Instant.now());
        VictimCase victimCase = caseOf(victimOf(file));
        String reference = "CUSTODY-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        CustodyDecision released = new CustodyDecision(suspectOf(file), CustodyDecision.Decision.RELEASED_FROM_CUSTODY,
                london("2026-12-24T15:00"), "Released from HMP Testshire", reference);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(released));

        CaseTask tell = eventually(() -> calls.as("officer", () -> cases.file(victimCase.id())).tasks().stream()
                .filter(t -> t.kind() == CaseTask.Kind.VICTIMS_CODE_UPDATE).findFirst());
        assertThat(tell.dueAt()).as("Thursday 24 December 15:00 + 1 working day: Christmas, the weekend and the "
                + "Boxing Day holiday pass").isEqualTo(london("2026-12-29T15:00"));
        assertThat(tell.title()).contains("released from custody");
        assertThat(tell.owner()).isEqualTo(victimCase.spoc().username());
        cases.custodyDecision(released);
        List<CaseTask> all = calls.as("officer", () -> cases.file(victimCase.id())).tasks();
        assertThat(all).as("the same decision twice makes no second task")
                .filteredOn(t -> t.kind() == CaseTask.Kind.VICTIMS_CODE_UPDATE).hasSize(1);
        assertThat(all).filteredOn(t -> t.kind() == CaseTask.Kind.REASSESSMENT).singleElement()
                .satisfies(review -> assertThat(review.dueAt()).isEqualTo(london("2026-12-29T15:00")));
    }

    @Test
    void aDipSampleUpgradeGivesTheSpocATaskToReassess() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));

        cases.reassessmentRequested(new ReassessmentRequested(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                victimCase.victimId(), eventuallyIncidentOf(victimCase), 1, "officer",
                "Dip-sample review judged the level high, not standard", london("2026-11-27T11:00")));

        assertThat(calls.as("officer", () -> cases.file(victimCase.id())).tasks())
                .filteredOn(t -> t.kind() == CaseTask.Kind.REASSESSMENT).singleElement().satisfies(task -> {
                    assertThat(task.owner()).isEqualTo(victimCase.spoc().username());
                    assertThat(task.dueAt()).as("Friday + 1 working day").isEqualTo(london("2026-11-30T11:00"));
                });
    }

    @Test
    void aTaskOverdueLongerThanAllowedIsEscalatedToASupervisorOfTheOwnersTeam() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        CaseTask task = calls.as("officer", () -> cases.addTask(victimCase.id(), new NewTask("OTHER",
                "Check the alarm was fitted", "officer", Instant.now().minus(Duration.ofHours(5)))));

        cases.escalateOverdue(Instant.now());

        List<CaseTask> escalated = calls.as("supervisor", () -> cases.board()).escalatedToMe();
        assertThat(escalated).extracting(CaseTask::id).contains(task.id());
    }

    @Test
    void aContactInTheFutureAndATaskWithNoOwnerAreRefused() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));

        assertThatThrownBy(() -> calls.as("officer", () -> cases.recordContact(victimCase.id(), new NewContact(
                Instant.now().plus(Duration.ofDays(1)), "PHONE", "Safety planning", "Agreed a code word"))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("contactedAt"));
        assertThatThrownBy(() -> calls.as("officer", () -> cases.addTask(victimCase.id(), new NewTask("OTHER",
                "Visit", " ", Instant.now()))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("owner"));
        assertThat(calls.as("officer", () -> cases.file(victimCase.id())).contacts()).isEmpty();
    }

    @Test
    void theHistoryPanelNamesTheSpoc() {
        String family = Calls.unusedFamilyName();
        VictimCase victimCase = caseOf(victimOf(incident(family, Instant.now())));

        var found = calls.as("call.handler", () -> history.lookUp(
                new HistoryQuery(null, null, null, "Tess", family, LocalDate.of(1993, 9, 12))));

        assertThat(found.sections()).anySatisfy(section -> {
            assertThat(section.title()).isEqualTo("Named SPOC");
            assertThat(section.lines()).singleElement().asString().contains("Tess " + family + ": " + victimCase.spoc().name());
        });
    }

    @Test
    void anOlderAssessmentArrivingAfterANewerOneNeverLowersTheCasesLevel() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        long incidentId = eventuallyIncidentOf(victimCase);
        cases.riskAssessed(new RiskAssessed(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), victimCase.victimId(),
                victimCase.victimName(), incidentId, RiskLevel.HIGH, RiskLevel.HIGH, Set.of(MaracCriterion.VISIBLE_HIGH_RISK),
                Instant.now(), "officer", true));

        cases.riskAssessed(new RiskAssessed(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), victimCase.victimId(),
                victimCase.victimName(), incidentId, RiskLevel.MEDIUM, RiskLevel.MEDIUM, Set.of(),
                Instant.now().minus(Duration.ofDays(3)), "officer", true));

        assertThat(calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow().riskLevel())
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aCaseWithOpenTasksCannotBeClosedAndAHighRiskOneOnlyByASupervisorOrSpecialist() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        calls.as("officer", () -> cases.addTask(victimCase.id(), new NewTask("OTHER", "Fit the door alarm", "officer",
                Instant.now().plus(Duration.ofDays(2)))));
        VictimCase current = calls.as("officer", () -> cases.openCaseOf(victimCase.victimId())).orElseThrow();

        assertThatThrownBy(() -> calls.as("supervisor", () -> cases.close(current.id(), current.version(), "Moved away")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField().get("reason"))
                        .contains("1 open task"));
        assertThat(calls.as("officer", () -> cases.openCaseOf(victimCase.victimId()))).isPresent();
    }

    @Test
    void onlyTheTasksCreatorASupervisorOrASpecialistCancelsATaskWhichThenLeavesTheOwnersBoardAudited() {
        VictimCase victimCase = caseOf(victimOf(incident(Calls.unusedFamilyName(), Instant.now())));
        String creator = staff.fresh(Role.OFFICER).username();
        String owner = staff.fresh(Role.OFFICER).username();
        String stranger = staff.fresh(Role.OFFICER).username();
        CaseTask task = calls.as(creator, () -> cases.addTask(victimCase.id(), new NewTask("OTHER", "Ring the school",
                owner, Instant.now().plus(Duration.ofDays(1)))));

        assertThatThrownBy(() -> calls.as(stranger, () -> cases.cancelTask(task.id(), "Not needed")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(calls.as(owner, () -> cases.board()).myTasks()).extracting(CaseTask::id).contains(task.id());
        assertThatThrownBy(() -> calls.as(creator, () -> cases.cancelTask(task.id(), " ")))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("reason"));

        CaseTask cancelled = calls.as(creator, () -> cases.cancelTask(task.id(), "The school rang us first"));
        CaseTask again = calls.as("supervisor", () -> cases.cancelTask(task.id(), "Twice"));

        assertThat(cancelled.status()).isEqualTo(CaseTask.Status.CANCELLED);
        assertThat(cancelled.doneBy()).isEqualTo(creator);
        assertThat(cancelled.outcome()).isEqualTo("The school rang us first");
        assertThat(again.version()).isEqualTo(cancelled.version());
        assertThat(again.outcome()).isEqualTo("The school rang us first");
        assertThat(calls.as(owner, () -> cases.board()).myTasks()).extracting(CaseTask::id).doesNotContain(task.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'CASE_TASK_CANCELLED' AND subject_type = 'task' "
                + "AND subject_id = ? AND username = ?").params(Long.toString(task.id()), creator).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> calls.as(owner, () -> cases.completeTask(task.id(), cancelled.version(), "Rang them")))
                .isInstanceOf(ConcurrentEdit.class);
    }

    private long eventuallyIncidentOf(VictimCase victimCase) {
        return jdbc.sql("SELECT incident_id FROM safeguarding.case_incident WHERE case_id = :id LIMIT 1")
                .param("id", victimCase.id()).query(Long.class).single();
    }

}
