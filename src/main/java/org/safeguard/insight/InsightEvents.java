package org.safeguard.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.identity.Sex;
import org.safeguard.insight.rules.IncidentFact;
import org.safeguard.insight.rules.IncidentTallies;
import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.RecordTallies;
import org.safeguard.insight.rules.Tally;
import org.safeguard.insight.store.FactStore;
import org.safeguard.insight.store.TallyWriter;
import org.safeguard.intake.AttendanceRecorded;
import org.safeguard.intake.CrimeOutcomeRecorded;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.IntakeSettings;
import org.safeguard.intake.OffenceRecorded;
import org.safeguard.intake.PartyAdded;
import org.safeguard.referral.ReferralMade;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.ContactLogged;
import org.safeguard.safeguarding.TaskCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the tallies up to date as other modules' events arrive. Each listener runs after the publisher commits, in
 * its own transaction, retried from the event registry until it succeeds; it locks the incident's fact, works out
 * the incident's tallies before and after the event ({@link IncidentTallies}), and adds the difference — so a
 * redelivered event changes nothing, and a risk level arriving later moves the incident's counts from NONE to that
 * level. Assessments, referrals, tasks and contacts are counted once, when first seen. People are counted once per
 * period the first time they appear in it ({@link PeriodPeople}).
 * <p>
 * The {@code apply} methods are public so the bench can time an update directly, each in the caller's transaction
 * (or one of its own); pages never call them.
 */
@Component
public class InsightEvents {

    private final FactStore facts;
    private final TallyWriter tallies;
    private final PersonRecords people;
    private final IncidentTallies incidentTallies;

    InsightEvents(FactStore facts, TallyWriter tallies, PersonRecords people, IntakeSettings intake) {
        this.facts = facts;
        this.tallies = tallies;
        this.people = people;
        this.incidentTallies = InsightRebuild.incidentTallies(intake);
    }

    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        apply(recorded);
    }

    @ApplicationModuleListener
    void on(PartyAdded added) {
        apply(added);
    }

    @ApplicationModuleListener
    void on(OffenceRecorded offence) {
        apply(offence);
    }

    @ApplicationModuleListener
    void on(CrimeOutcomeRecorded outcome) {
        apply(outcome);
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded attendance) {
        apply(attendance);
    }

    @ApplicationModuleListener
    void on(RiskAssessed assessed) {
        apply(assessed);
    }

    @ApplicationModuleListener
    void on(ReferralMade made) {
        apply(made);
    }

    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        apply(completed);
    }

    @ApplicationModuleListener
    void on(ContactLogged contact) {
        apply(contact);
    }

    /** An incident counts from its recording: in its month, area, agency and (until assessed) risk NONE. */
    @Transactional
    public void apply(IncidentRecorded recorded) {
        keepUpWith(recorded);
    }

    /** A person added later is counted among the incident's people; the incident is not counted again. */
    @Transactional
    public void apply(PartyAdded added) {
        keepUpWith(added.incident());
    }

    /** An offence added to an incident is a crime (a domestic abuse crime on a domestic abuse incident). */
    @Transactional
    public void apply(OffenceRecorded offence) {
        change(offence.incidentId(), fact -> fact.withOffence(offence.offence().name()), List.of());
    }

    /**
     * An offence's outcome, replacing an earlier-recorded one: the crime moves from the old outcome to the new. One
     * recorded before the outcome held (a correction's predecessor redelivered late) changes nothing.
     */
    @Transactional
    public void apply(CrimeOutcomeRecorded outcome) {
        change(outcome.incidentId(), fact -> fact.withOutcome(outcome.offence().name(), outcome.outcome().name(),
                outcome.recordedAt()), List.of());
    }

    /** The attendance, in place of any the incident had (it is recorded once; a redelivery changes nothing). */
    @Transactional
    public void apply(AttendanceRecorded attendance) {
        change(attendance.incidentId(), fact -> fact.withAttendance(new IncidentFact.Attendance(attendance.arrivedAt(),
                attendance.withinTarget(), attendance.officersAttending(), attendance.bodyWornVideo(),
                attendance.arrest()), attendance.grade() == null ? null : attendance.grade().name()), List.of());
    }

    /**
     * A completed assessment: counted once in the month completed, and its level becomes the incident's risk level
     * when it is the latest completed for the incident's victims.
     */
    @Transactional
    public void apply(RiskAssessed assessed) {
        String level = assessed.level().name();
        boolean raised = assessed.suggestedLevel() != null && assessed.level().compareTo(assessed.suggestedLevel()) > 0;
        IncidentFact before = facts.lock(assessed.incidentId());
        IncidentFact after = before.assessed(level, assessed.assessedAt());
        List<Tally> amounts = new ArrayList<>(incidentTallies.change(before, after));
        if (facts.firstAssessment(assessed.assessmentId(), assessed.incidentId(), assessed.assessedAt(), level, raised,
                assessed.allQuestionsAsked())) {
            amounts.addAll(RecordTallies.assessment(assessed.assessedAt(), before.area(), before.agency(), level, raised,
                    assessed.allQuestionsAsked()));
        }
        if (!after.equals(before)) {
            facts.save(after);
        }
        tallies.add(Tally.withTotals(amounts));
    }

    /** A referral counts once, by the kind of service it went to. */
    @Transactional
    public void apply(ReferralMade made) {
        if (facts.firstReferral(made.referralId(), made.madeAt(), made.serviceKind().name())) {
            tallies.add(Tally.withTotals(RecordTallies.referral(made.madeAt(), made.area(), made.madeByAgency(),
                    made.riskLevel(), made.serviceKind().ordinal())));
        }
    }

    /** A Victims' Code update done counts once, on time or not; other tasks are not counted. */
    @Transactional
    public void apply(TaskCompleted completed) {
        if (completed.kind() != CaseTask.Kind.VICTIMS_CODE_UPDATE || completed.dueAt() == null) {
            return;
        }
        if (facts.firstTask(completed.taskId(), completed.doneAt(),
                RecordTallies.onTime(completed.doneAt(), completed.dueAt()))) {
            tallies.add(Tally.withTotals(RecordTallies.victimsCodeUpdate(completed.doneAt(), completed.dueAt(),
                    completed.area())));
        }
    }

    /** A contact counts once, and its victim once per period among the victims contacted. */
    @Transactional
    public void apply(ContactLogged contact) {
        if (!facts.firstContact(contact.contactId(), contact.contactedAt())) {
            return;
        }
        List<PeriodPeople.Row> rows = PeriodPeople.rows(contact.victimId(), PeriodPeople.Role.CONTACTED,
                contact.contactedAt(), contact.area(), Sex.NOT_KNOWN.ordinal(), null);
        List<Tally> amounts = new ArrayList<>(Tally.withTotals(RecordTallies.contact(contact.contactedAt(), contact.area(),
                contact.agency())));
        tallies.firstSeen(rows).forEach(row -> amounts.addAll(PeriodPeople.tallies(row)));
        tallies.add(Tally.merged(amounts));
    }

    /**
     * The incident as it now stands: recorded (once), its people kept (never fewer than already known). Assessments
     * counted before the recording arrived (in no area or agency) move to the incident's area and agency.
     */
    private void keepUpWith(IncidentRecorded incident) {
        IncidentFact before = facts.lock(incident.incidentId());
        IncidentFact after = before.recordedAs(incident.receivedAt(), incident.area(), incident.agency(),
                incident.grade() == null ? before.grade() : incident.grade().name(), incident.domesticAbuse(),
                incident.repeatVictim(), union(before.repeatVictims(), incident.repeatVictimIds()),
                union(before.victims(), incident.victimIds()), union(before.suspects(), incident.suspectIds()),
                Math.max(before.recorded() ? before.children() : 0, incident.childIds().size()));
        List<Tally> amounts = new ArrayList<>(incidentTallies.change(before, after));
        if (!before.recorded()) {
            facts.assessmentsOf(incident.incidentId()).forEach(a -> amounts.addAll(Tally.difference(
                    RecordTallies.assessment(a.completedAt(), before.area(), before.agency(), a.level(), a.raised(),
                            a.allAsked()),
                    RecordTallies.assessment(a.completedAt(), after.area(), after.agency(), a.level(), a.raised(),
                            a.allAsked()))));
        }
        save(before, after, amounts, people(incident));
    }

    /** Locks the incident's fact, changes it, saves it and adds the difference to the tallies with any new people. */
    private void change(long incidentId, Function<IncidentFact, IncidentFact> event, List<PeriodPeople.Row> seen) {
        IncidentFact before = facts.lock(incidentId);
        IncidentFact after = event.apply(before);
        save(before, after, incidentTallies.change(before, after), seen);
    }

    private void save(IncidentFact before, IncidentFact after, List<Tally> change, List<PeriodPeople.Row> seen) {
        if (!after.equals(before)) {
            facts.save(after);
        }
        List<Tally> amounts = new ArrayList<>(Tally.withTotals(change));
        tallies.firstSeen(seen).forEach(row -> amounts.addAll(PeriodPeople.tallies(row)));
        tallies.add(Tally.merged(amounts));
    }

    /** The people of a domestic abuse incident, each counted in the incident's month, quarter and year. */
    private List<PeriodPeople.Row> people(IncidentRecorded incident) {
        if (!incident.domesticAbuse()) {
            return List.of();
        }
        Collection<Long> ids = new LinkedHashSet<>(incident.victimIds());
        ids.addAll(incident.suspectIds());
        Map<Long, PersonSummary> known = people.people(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
        List<PeriodPeople.Row> rows = new ArrayList<>();
        Instant at = incident.receivedAt();
        for (long victim : incident.victimIds()) {
            rows.addAll(rows(victim, PeriodPeople.Role.VICTIM, at, incident.area(), known));
            if (incident.repeatVictimIds().contains(victim)) {
                rows.addAll(rows(victim, PeriodPeople.Role.REPEAT_VICTIM, at, incident.area(), known));
            }
        }
        for (long suspect : incident.suspectIds()) {
            rows.addAll(rows(suspect, PeriodPeople.Role.SUSPECT, at, incident.area(), known));
        }
        return rows;
    }

    private static List<PeriodPeople.Row> rows(long personId, PeriodPeople.Role role, Instant at, String area,
                                               Map<Long, PersonSummary> known) {
        PersonSummary person = known.get(personId);
        Sex sex = person == null || person.sex() == null ? Sex.NOT_KNOWN : person.sex();
        return PeriodPeople.rows(personId, role, at, area, sex.ordinal(), person == null ? null : person.dateOfBirth());
    }

    private static List<Long> union(List<Long> known, List<Long> given) {
        LinkedHashSet<Long> all = new LinkedHashSet<>(known);
        all.addAll(given);
        return List.copyOf(all);
    }
}
