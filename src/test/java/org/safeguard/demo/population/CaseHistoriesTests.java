package org.safeguard.demo.population;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.ImportedAssessment;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.RiskLevel;
import org.safeguard.risk.instrument.InstrumentFile;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.ImportedCase;
import org.safeguard.safeguarding.rules.BankHolidays;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpecialistHours;
import org.safeguard.safeguarding.rules.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, generator: the victims' cases behind a batch's domestic abuse incidents, played through by the
 * case rules (allocation by risk and the specialist team's hours, handover after hours, tasks in working
 * days, the contact warning), the same every time for a seed and moment. No Spring, no database.
 */
class CaseHistoriesTests {

    private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<Instrument> INSTRUMENTS = List.of(instrument("DASH-1.yaml"), instrument("SDASH-1.yaml"),
            instrument("HBA-1.yaml"));
    private static final List<DashAnswers.Assessor> ASSESSORS = List.of(
            new DashAnswers.Assessor("officer", "Alex Rowan", "Response North"),
            new DashAnswers.Assessor("supervisor", "Priya Marsh", "Response North"),
            new DashAnswers.Assessor("specialist", "Jordan Hale", "Domestic Abuse Investigation and Safeguarding Unit"));
    private static final BankHolidays HOLIDAYS = BankHolidays.englandAndWales();
    private static final SpecialistHours HOURS = new SpecialistHours(LocalTime.of(8, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), HOLIDAYS);
    private static final WorkingDays WORKING_DAYS = new WorkingDays(HOLIDAYS);
    private static final ContactWarning WARNING = new ContactWarning(2, Duration.ofDays(7));
    private static final CaseHistories.Caseworkers STAFF = new CaseHistories.Caseworkers(
            new CaseHistories.Practitioner("supervisor", "Priya Marsh", "Response North", "supervisor@police.example",
                    "Demo Constabulary", "POLICE"),
            new CaseHistories.Practitioner("officer", "Alex Rowan", "Response North", "officer@police.example",
                    "Demo Constabulary", "POLICE"),
            new CaseHistories.Practitioner("specialist", "Jordan Hale", "Domestic Abuse Investigation and Safeguarding Unit",
                    "specialist@police.example", "Demo Constabulary", "POLICE"),
            new CaseHistories.Practitioner("idva", "Robin Ellery", "IDVA Team", "idva@idva-service.example",
                    "Demo IDVA Service", "IDVA_SERVICE"),
            new CaseHistories.Practitioner("partner", "Casey Noor", "Multi-Agency Safeguarding Hub",
                    "partner@childrens-services.example", "Demo County Children's Services", "CHILDRENS_SERVICES"));

    private static final Population.Batch batch = new Population(42).nextBatch(5_000, 5_000);
    private static final IncidentStories.Written written = new IncidentStories(42, AS_OF).write(batch, 10_000);
    private static final DashAnswers answers = new DashAnswers(42, AS_OF, INSTRUMENTS, 10, 14, ASSESSORS);
    private static final List<ImportedAssessment> assessed = answers.assess(written.incidents());
    private static final List<ImportedCase> cases = histories(42).write(batch, written, assessed);

    @Test
    void theSameSeedAndMomentGiveTheSameCases() {
        assertThat(histories(42).write(batch, written, assessed)).isEqualTo(cases);
        assertThat(histories(43).write(batch, written, assessed)).isNotEqualTo(cases);
    }

    @Test
    void eachVictimOfDomesticAbuseHasOneCaseWithAllTheirIncidents() {
        Map<Long, Set<Long>> incidentsOf = new HashMap<>();
        List<ImportedIncident> incidents = written.incidents();
        for (int n = 0; n < incidents.size(); n++) {
            if (incidents.get(n).domesticAbuse()) {
                for (ImportedIncident.Party victim : incidents.get(n).parties()) {
                    if (victim.role() == PartyRole.VICTIM) {
                        incidentsOf.computeIfAbsent(victim.personId(), v -> new LinkedHashSet<>()).add((long) n);
                    }
                }
            }
        }
        assertThat(cases).extracting(ImportedCase::victimId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(incidentsOf.keySet());
        for (ImportedCase c : cases) {
            assertThat(c.incidents()).extracting(ImportedCase.LinkedIncident::incidentId)
                    .containsExactlyInAnyOrderElementsOf(incidentsOf.get(c.victimId()));
            assertThat(c.openedAt()).isEqualTo(c.incidents().get(0).receivedAt());
        }
    }

    @Test
    void aCaseWithNoIncidentForTwelveMonthsIsClosedWithAReason() {
        Instant yearAgo = AS_OF.atZone(LONDON).minusYears(1).toInstant();
        for (ImportedCase c : cases) {
            Instant last = c.incidents().stream().map(ImportedCase.LinkedIncident::receivedAt).max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(c.open()).as("open exactly when the last incident is within 12 months").isEqualTo(!last.isBefore(yearAgo));
            if (!c.open()) {
                Instant yearOn = last.atZone(LONDON).plusYears(1).toInstant();
                assertThat(c.closedAt()).isAfterOrEqualTo(yearOn.isAfter(AS_OF) ? AS_OF : yearOn).isBeforeOrEqualTo(AS_OF);
                assertThat(c.closedReason()).startsWith("No further incidents in 12 months");
                assertThat(c.closedBy()).isEqualTo(c.spoc().username());
                assertThat(c.tasks()).noneMatch(ImportedCase.Task::open);
            }
        }
        assertThat(cases.stream().filter(ImportedCase::open).count()).isBetween(cases.size() * 4L / 10, cases.size() * 8L / 10);
    }

    @Test
    void theFirstAssessedLevelAllocatesTheSpocByTheRules() {
        Map<Long, ImportedAssessment> first = new HashMap<>();
        assessed.stream().sorted(Comparator.comparing(ImportedAssessment::completedAt))
                .forEach(a -> first.putIfAbsent(a.victimId(), a));
        int outOfHours = 0;
        for (ImportedCase c : cases) {
            List<ImportedCase.SpocEntry> history = c.spocHistory();
            assertThat(history.get(0)).satisfies(opened -> {
                assertThat(opened.username()).isEqualTo("supervisor");
                assertThat(opened.since()).isEqualTo(c.openedAt());
                assertThat(opened.automatic()).isTrue();
            });
            ImportedAssessment a = first.get(c.victimId());
            if (a == null) {
                continue;
            }
            ImportedCase.SpocEntry allocated = entryAt(history, a.completedAt());
            RiskLevel level = answers.levelOf(a);
            if (level != RiskLevel.HIGH) {
                assertThat(allocated.username()).as("standard and medium: the assessing officer").isEqualTo(a.assessor());
            } else if (HOURS.onDuty(a.completedAt())) {
                assertThat(allocated.username()).as("high risk in hours: the specialist").isEqualTo("specialist");
            } else {
                outOfHours++;
                assertThat(allocated.username()).as("high risk out of hours: the on-call supervisor").isEqualTo("supervisor");
                assertThat(allocated.awaitingHandover()).isTrue();
                Instant back = HOURS.nextStart(a.completedAt());
                int at = history.indexOf(allocated);
                // Unless someone changed the SPOC by hand first.
                if (back.isBefore(AS_OF.minus(Duration.ofMinutes(5))) && history.get(at + 1).automatic()) {
                    assertThat(history.get(at + 1)).as("handed over when the team is back").satisfies(handover -> {
                        assertThat(handover.username()).isEqualTo("specialist");
                        assertThat(handover.automatic()).isTrue();
                        assertThat(handover.since()).isBetween(back, back.plus(Duration.ofMinutes(5)));
                    });
                }
            }
        }
        assertThat(outOfHours).isPositive();
    }

    @Test
    void aboutOneCaseInTenHasItsSpocChangedByHandWithAReasonAndANote() {
        Predicate<ImportedCase> byHand = c -> c.spocHistory().stream().anyMatch(e -> !e.automatic());
        assertThat(cases.stream().filter(byHand).count() / (double) cases.size()).isBetween(0.06, 0.15);
        cases.stream().flatMap(c -> c.spocHistory().stream()).forEach(e -> {
            assertThat(e.reason()).isNotBlank();
            assertThat(e.handoverNote()).isNotBlank();
            assertThat(e.changedBy()).isEqualTo(e.automatic() ? "system" : e.changedBy()).isNotBlank();
        });
    }

    @Test
    void highRiskGivesAFirstContactTaskDueInOneWorkingDayAndTheOwnerMovesWithTheSpoc() {
        Map<Long, List<ImportedAssessment>> highOf = new HashMap<>();
        assessed.stream().filter(a -> answers.levelOf(a) == RiskLevel.HIGH)
                .forEach(a -> highOf.computeIfAbsent(a.victimId(), v -> new ArrayList<>()).add(a));
        for (ImportedCase c : cases) {
            List<ImportedCase.Task> firstContacts = c.tasks().stream()
                    .filter(t -> t.kind() == CaseTask.Kind.FIRST_CONTACT).toList();
            List<ImportedAssessment> high = highOf.getOrDefault(c.victimId(), List.of());
            assertThat(firstContacts).hasSameSizeAs(high);
            for (ImportedCase.Task task : firstContacts) {
                assertThat(task.dueAt()).isEqualTo(WORKING_DAYS.plus(task.createdAt(), 1));
            }
            for (ImportedCase.Task task : c.tasks()) {
                assertThat(task.owner()).isNotBlank();
                Instant ownedUntil = task.open() ? AS_OF : task.done().doneAt();
                assertThat(task.owner()).as("the SPOC when it was done, or now").isEqualTo(entryAt(c.spocHistory(), ownedUntil).username());
                if (!task.open()) {
                    assertThat(task.done().doneAt()).isAfter(task.createdAt()).isBeforeOrEqualTo(AS_OF);
                    assertThat(task.done().doneBy()).isEqualTo(task.owner());
                    assertThat(task.done().outcome()).isNotBlank();
                }
            }
        }
    }

    @Test
    void mostWorkIsDoneAndAFewRecentTasksAreOverdue() {
        List<ImportedCase.Task> tasks = cases.stream().flatMap(c -> c.tasks().stream()).toList();
        long open = tasks.stream().filter(ImportedCase.Task::open).count();
        long overdue = tasks.stream().filter(t -> t.open() && t.dueAt().isBefore(AS_OF)).count();
        assertThat(tasks.stream().filter(t -> t.kind() == CaseTask.Kind.VICTIMS_CODE_UPDATE)).isNotEmpty();
        assertThat(open).isLessThan(tasks.size() / 20);
        assertThat(overdue).isPositive().isLessThan(100);
        assertThat(tasks).filteredOn(t -> t.open()).allSatisfy(t ->
                assertThat(t.dueAt()).isAfter(AS_OF.minus(Duration.ofDays(60))));
        assertThat(tasks).filteredOn(t -> !t.open() && t.done().doneAt().isAfter(t.dueAt())).isNotEmpty();
    }

    @Test
    void contactsFollowTheIncidentsAndAFewCasesHaveTooManyPeople() {
        int crowded = 0;
        int crowdedNow = 0;
        for (ImportedCase c : cases) {
            for (ImportedCase.Contact contact : c.contacts()) {
                assertThat(contact.contactedAt()).isAfter(c.openedAt()).isBeforeOrEqualTo(c.open() ? AS_OF : c.closedAt());
                assertThat(contact.recordedAt()).isAfterOrEqualTo(contact.contactedAt()).isBeforeOrEqualTo(AS_OF);
                assertThat(contact.purpose()).isNotBlank();
                assertThat(contact.outcome()).isNotBlank();
            }
            List<ContactWarning.Contact> seen = c.contacts().stream()
                    .map(x -> new ContactWarning.Contact(x.madeBy(), x.contactedAt())).toList();
            crowded += seen.stream().anyMatch(x -> WARNING.check(seen, x.at()).isPresent()) ? 1 : 0;
            crowdedNow += WARNING.check(seen, AS_OF).isPresent() ? 1 : 0;
        }
        assertThat(crowded / (double) cases.size()).isBetween(0.02, 0.10);
        assertThat(crowdedNow).as("cases that show the warning as of the moment").isPositive();
        assertThat(cases.stream().filter(c -> c.contacts().stream().map(ImportedCase.Contact::agency).distinct().count() > 1))
                .isNotEmpty();
    }

    private static ImportedCase.SpocEntry entryAt(List<ImportedCase.SpocEntry> history, Instant at) {
        ImportedCase.SpocEntry found = history.get(0);
        for (ImportedCase.SpocEntry entry : history) {
            if (!entry.since().isAfter(at)) {
                found = entry;
            }
        }
        return found;
    }

    private static CaseHistories histories(long seed) {
        return new CaseHistories(seed, AS_OF, HOURS, WORKING_DAYS, WARNING, answers::levelOf, STAFF, "POLICE");
    }

    private static Instrument instrument(String file) {
        try (InputStream in = CaseHistoriesTests.class.getResourceAsStream("/risk/instruments/" + file)) {
            return InstrumentFile.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
