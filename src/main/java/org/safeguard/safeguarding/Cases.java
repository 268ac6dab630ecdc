package org.safeguard.safeguarding;

import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.OrderEndedEarly;
import org.safeguard.offender.OrderExpiring;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.Incidents;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.ReassessmentRequested;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskLevel;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpocAllocation;
import org.safeguard.safeguarding.rules.WorkingDays;
import org.safeguard.safeguarding.store.CaseStore;
import org.safeguard.safeguarding.store.JourneyStore;
import org.safeguard.safeguarding.store.TaskStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safeguarding module's API: a case per victim with exactly one named SPOC at every moment, the
 * shared contact log, the safety plan, tasks with deadlines, boards and the neighbourhood briefing.
 * Cases open and grow from other modules' events (an incident recorded, a risk assessed, a
 * re-assessment asked for, a custody decision); see {@code CaseEvents}. Every read and write is audited.
 */
@Service
public class Cases {

    static final String WORKS_CASES = "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','MARAC_COORDINATOR','PARTNER','CALL_HANDLER')";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 2000;
    private static final java.time.format.DateTimeFormatter ORDER_MOMENT =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", java.util.Locale.UK);

    private final CaseStore cases;
    private final TaskStore tasks;
    private final StaffDirectory staff;
    private final Incidents incidents;
    private final PersonLinks linkage;
    private final IncidentHistory history;
    private final SpocAllocation allocation;
    private final WorkingDays workingDays;
    private final ContactWarning contactWarning;
    private final SafeguardingSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<TaskGiver> givers;
    private final JourneyStore journey;
    private final RecordAccess access;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Cases.class);

    Cases(CaseStore cases, TaskStore tasks, StaffDirectory staff, Incidents incidents, IncidentHistory history,
          PersonLinks linkage, SpocAllocation allocation, WorkingDays workingDays, ContactWarning contactWarning,
          SafeguardingSettings settings, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
          ObjectProvider<TaskGiver> givers, JourneyStore journey, RecordAccess access) {
        this.cases = cases;
        this.tasks = tasks;
        this.staff = staff;
        this.incidents = incidents;
        this.linkage = linkage;
        this.history = history;
        this.allocation = allocation;
        this.workingDays = workingDays;
        this.contactWarning = contactWarning;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.givers = givers;
        this.journey = journey;
        this.access = access;
    }

    // ---- From other modules' events (system work: no signed-in user)

    /** Each victim of a domestic abuse incident: their open case gains the incident, or a case opens. */
    @Transactional
    void incidentRecorded(IncidentRecorded recorded) {
        if (!recorded.domesticAbuse()) {
            return;
        }
        for (Long victim : recorded.victimIds()) {
            String name = recorded.names().getOrDefault(victim, "Victim " + victim);
            VictimCase victimCase = openOrFind(victim, name, recorded.area(), recorded.receivedAt(), recorded.agency(),
                    "Case opened from incident " + recorded.reference());
            cases.linkIncident(victimCase.id(), recorded.incidentId(), recorded.receivedAt());
            cases.setAreaIfMissing(victimCase.id(), recorded.area());
        }
    }

    /**
     * The victim's level of risk: the case takes it; the first level allocates the SPOC by the rules, and
     * a rise to high moves the case to the specialist team (or the on-call supervisor out of hours). A
     * lower level keeps the SPOC the victim has. High risk gives the SPOC a first-contact task.
     */
    @Transactional
    void riskAssessed(RiskAssessed assessed) {
        // Normally the incident opened the case already; an incident from before this module did not.
        VictimCase victimCase = openOrFind(assessed.victimId(), assessed.victimName(), null, assessed.assessedAt(),
                agencyOf(assessed.assessor()), "Case opened when the risk was assessed");
        victimCase = cases.lock(victimCase.id()).orElseThrow();
        cases.linkIncident(victimCase.id(), assessed.incidentId(), assessed.assessedAt());
        RiskLevel before = victimCase.riskLevel();
        if (!cases.setRisk(victimCase.id(), assessed.level(), assessed.assessedAt())) {
            audit.record(AuditEvent.of("CASE_RISK_UPDATED", "case", victimCase.id()).because("assessment "
                    + assessed.assessmentId() + " is older than the case's level: not applied"));
            return;
        }
        boolean firstLevel = before == null;
        boolean nowHigh = assessed.level() == RiskLevel.HIGH && before != RiskLevel.HIGH;
        if (firstLevel || (nowHigh && !isSpecialist(victimCase.spoc().username()))) {
            // Allocated as at the assessment: out of hours then means held by the on-call supervisor until handover.
            SpocAllocation.Allocation chosen = allocation.allocate(assessed.level(), assessed.assessedAt(), specialists(),
                    onCallSupervisor(), investigatingOfficer(assessed.assessor()));
            VictimCase current = cases.find(victimCase.id()).orElseThrow();
            if (!chosen.username().equals(current.spoc().username()) || chosen.awaitingHandover() != current.spoc().awaitingHandover()) {
                moveSpoc(current, chosen.username(), chosen.awaitingHandover(), "system", chosen.reason(),
                        "Risk assessed " + assessed.level().label().toLowerCase() + " by " + assessed.assessor()
                                + (assessed.criteria().isEmpty() ? "" : "; MARAC criteria met"), true);
            }
        }
        if (assessed.level() == RiskLevel.HIGH) {
            VictimCase current = cases.find(victimCase.id()).orElseThrow();
            addTaskOnce(current, CaseTask.Kind.FIRST_CONTACT, "Contact " + current.victimName()
                            + ": agree safe contact details and a safety plan",
                    workingDays.plus(assessed.assessedAt(), settings.firstContactWorkingDays()), "risk:" + assessed.assessmentId());
        }
        audit.record(AuditEvent.of("CASE_RISK_UPDATED", "case", victimCase.id()));
    }

    /** A dip-sample upgrade: the SPOC re-assesses the victim's risk. */
    @Transactional
    void reassessmentRequested(ReassessmentRequested requested) {
        cases.openFor(requested.victimId()).ifPresent(victimCase -> {
            addTaskOnce(victimCase, CaseTask.Kind.REASSESSMENT, "Re-assess the risk to " + victimCase.victimName()
                            + ": " + truncate(requested.reason(), 200),
                    workingDays.plus(requested.requestedAt(), settings.reassessmentWorkingDays()),
                    "reassessment:" + requested.reassessmentId());
            audit.record(AuditEvent.of("CASE_TASK_ADDED", "case", victimCase.id()));
        });
    }

    /**
     * A decision about a suspect: for every open case in which they are a suspect, the SPOC tells the
     * victim within the Victims' Code time (1 working day for domestic abuse victims) and, on any
     * release, reviews the risk assessment in the same time. The suspect is the person, not the record: the
     * incidents of every record linked to the one named count.
     */
    @Transactional
    void custodyDecision(CustodyDecision decision) {
        // The decision names one record of the suspect; their incidents may be under any record linked to it.
        Set<Long> incidentIds = new HashSet<>();
        linkage.samePerson(List.of(decision.suspectId())).get(decision.suspectId())
                .forEach(record -> incidentIds.addAll(history.incidentsWithSuspect(record)));
        List<VictimCase> affected = cases.openForIncidents(incidentIds);
        if (affected.isEmpty()) {
            log.warn("Custody decision {} about person {}: no open case of a victim of theirs", decision.reference(),
                    decision.suspectId());
            audit.record(AuditEvent.of("CUSTODY_DECISION_NO_OPEN_CASE", "person", decision.suspectId())
                    .because(decision.reference()));
        }
        for (VictimCase victimCase : affected) {
            Instant due = workingDays.plus(decision.decidedAt(), settings.victimsCodeWorkingDays());
            addTaskOnce(victimCase, CaseTask.Kind.VICTIMS_CODE_UPDATE, "Tell " + victimCase.victimName()
                    + " the suspect was " + decision.decision().words()
                    + (decision.detail() == null || decision.detail().isBlank() ? "" : " (" + truncate(decision.detail(), 150) + ")"),
                    due, "custody:" + decision.reference());
            if (decision.decision().release()) {
                addTaskOnce(victimCase, CaseTask.Kind.REASSESSMENT, "Review the risk assessment of "
                                + victimCase.victimName() + ": the suspect was " + decision.decision().words(),
                        workingDays.plus(decision.decidedAt(), settings.reassessmentWorkingDays()),
                        "custody-review:" + decision.reference());
            }
            audit.record(AuditEvent.of("CASE_TASK_ADDED", "case", victimCase.id()).because("custody decision " + decision.reference()));
        }
    }

    /**
     * An order or bail protecting a victim ends soon: the SPOC of the protected person's open case (any of their
     * linked records) tells the victim when it ends and reviews the risk before then. Each task is due in the
     * Victims' Code time from the announcement, or at the end of the order if that comes sooner.
     */
    @Transactional
    void orderExpiring(OrderExpiring expiring) {
        String kind = expiring.kind().shortWords();
        String ends = ORDER_MOMENT.format(expiring.endsAt().atZone(LONDON));
        for (VictimCase victimCase : casesToTell(expiring.orderId(), expiring.perpetratorId(), expiring.protectedId(), "ending")) {
            addTaskOnce(victimCase, CaseTask.Kind.VICTIMS_CODE_UPDATE, "Tell " + victimCase.victimName() + " the " + kind
                            + " against " + expiring.perpetratorName() + " ends on " + ends,
                    soonerOf(workingDays.plus(expiring.announcedAt(), settings.victimsCodeWorkingDays()), expiring.endsAt()),
                    "order-ending:" + expiring.orderId());
            addTaskOnce(victimCase, CaseTask.Kind.REASSESSMENT, "Review the risk to " + victimCase.victimName()
                            + " before the " + kind + " against " + expiring.perpetratorName() + " ends on " + ends,
                    soonerOf(workingDays.plus(expiring.announcedAt(), settings.reassessmentWorkingDays()), expiring.endsAt()),
                    "order-ending-review:" + expiring.orderId());
            audit.record(AuditEvent.of("CASE_TASK_ADDED", "case", victimCase.id()).because("order " + expiring.orderId()
                    + " ending"));
        }
    }

    /**
     * An order or bail was ended early: the protection stopped at once, so the SPOC tells the victim within the
     * Victims' Code time and re-assesses the risk. The court's or officer's reason is not put in the task.
     */
    @Transactional
    void orderEndedEarly(OrderEndedEarly ended) {
        String kind = ended.kind().shortWords();
        String on = ORDER_MOMENT.format(ended.endedAt().atZone(LONDON));
        for (VictimCase victimCase : casesToTell(ended.orderId(), ended.perpetratorId(), ended.protectedId(), "ended early")) {
            addTaskOnce(victimCase, CaseTask.Kind.VICTIMS_CODE_UPDATE, "Tell " + victimCase.victimName() + " the " + kind
                            + " against " + ended.perpetratorName() + " ended early on " + on,
                    workingDays.plus(ended.endedAt(), settings.victimsCodeWorkingDays()), "order-ended:" + ended.orderId());
            addTaskOnce(victimCase, CaseTask.Kind.REASSESSMENT, "Re-assess the risk to " + victimCase.victimName()
                            + ": the " + kind + " against " + ended.perpetratorName() + " ended early on " + on,
                    workingDays.plus(ended.endedAt(), settings.reassessmentWorkingDays()), "order-ended-review:" + ended.orderId());
            audit.record(AuditEvent.of("CASE_TASK_ADDED", "case", victimCase.id()).because("order " + ended.orderId()
                    + " ended early"));
        }
    }

    /**
     * The open cases to tell about an order: the protected person's (any of their linked records); when the order
     * names nobody (bail), every open case in which the perpetrator is a suspect. A protected person with no open
     * case is not replaced by the perpetrator's other victims (their SPOCs must not hear of someone else's order):
     * the gap is logged and audited.
     */
    private List<VictimCase> casesToTell(long orderId, long perpetratorId, Long protectedId, String what) {
        List<VictimCase> affected;
        if (protectedId != null) {
            affected = List.copyOf(cases.openFor(linkage.samePerson(List.of(protectedId))
                    .getOrDefault(protectedId, Set.of(protectedId))).values());
        } else {
            Set<Long> suspectIncidents = new HashSet<>();
            linkage.samePerson(List.of(perpetratorId)).getOrDefault(perpetratorId, Set.of(perpetratorId))
                    .forEach(record -> suspectIncidents.addAll(history.incidentsWithSuspect(record)));
            affected = cases.openForIncidents(suspectIncidents);
        }
        if (affected.isEmpty()) {
            log.warn("Order {} {}: no open case of {} to tell", orderId, what,
                    protectedId == null ? "a victim of person " + perpetratorId : "person " + protectedId);
            audit.record(AuditEvent.of("ORDER_ENDING_NO_OPEN_CASE", "order", orderId)
                    .because(what + (protectedId == null ? "; no one person protected" : "; protecting person " + protectedId)));
        }
        return affected;
    }

    /** Hands cases held out of hours to the specialist team once it is on duty. Returns how many moved. */
    @Transactional
    int handOverDue(Instant now) {
        int moved = 0;
        for (VictimCase waiting : cases.awaitingHandover()) {
            VictimCase locked = cases.lock(waiting.id()).orElseThrow();
            if (!locked.spoc().awaitingHandover()) {
                continue;
            }
            Optional<SpocAllocation.Candidate> specialist = allocation.handover(now, specialists());
            if (specialist.isEmpty()) {
                return moved;
            }
            moveSpoc(locked, specialist.get().username(), false, "system",
                    "The specialist team is back on duty: high-risk case handed over from the on-call supervisor",
                    "Held out of hours by " + locked.spoc().name() + " since " + locked.spoc().since(), true);
            moved++;
        }
        return moved;
    }

    /** Tells the owner's supervisor of tasks overdue for longer than {@code escalate-after}. Returns how many. */
    @Transactional
    int escalateOverdue(Instant now) {
        int escalated = 0;
        for (CaseTask task : tasks.toEscalate(now.minus(settings.escalateAfter()), 500)) {
            String supervisor = supervisorOf(task.owner());
            if (tasks.escalate(task.id(), supervisor, now)) {
                audit.record(AuditEvent.of("CASE_TASK_ESCALATED", "task", task.id()).because("overdue since " + task.dueAt()));
                escalated++;
            }
        }
        return escalated;
    }

    // ---- What users do

    /**
     * The victim's case page, as far as the reader needs to know it: nothing is read before the victim's case is
     * readable to them ({@link org.safeguard.access.RecordLocked} otherwise); contacts, the safety plan and the risk
     * level come redacted by what the reader may see of them.
     */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public CaseFile file(long caseId) {
        VictimCase found = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case", caseId));
        AccessDecision decision = access.requireReadable(RecordType.CASE, found.victimId());
        VictimCase victimCase = CaseRedaction.caseAsSeen(decision, found);
        audit.record(AuditEvent.of("CASE_VIEWED", "case", caseId));
        List<Incident> linked = new ArrayList<>();
        for (Long incidentId : cases.incidentIds(caseId)) {
            try {
                linked.add(incidents.incident(incidentId));
            } catch (AccessDeniedException notTheirs) {
                // A partner sees the incidents their agency can see.
            }
        }
        List<SpocChange> changes = CaseRedaction.changesAsSeen(decision, cases.spocChanges(caseId));
        List<CaseContact> contacts = CaseRedaction.contactsAsSeen(decision, cases.contacts(caseId, 200));
        List<SafetyMeasure> plan = CaseRedaction.planAsSeen(decision, cases.measures(caseId));
        List<CaseTask> caseTasks = tasks.forCase(caseId);
        return new CaseFile(victimCase, linked, changes, contacts, warningFor(contacts), plan, caseTasks,
                timeline(victimCase, linked, changes, contacts, caseTasks), decision);
    }

    /**
     * The open cases of the victim's other records, where record linkage has found the victim recorded
     * more than once: one person should have one case and one SPOC, so the page asks for them to be agreed.
     */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public List<VictimCase> otherOpenCasesOfSamePerson(long caseId) {
        VictimCase victimCase = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case", caseId));
        Set<Long> otherRecords = new HashSet<>(linkage.samePerson(List.of(victimCase.victimId()))
                .getOrDefault(victimCase.victimId(), Set.of()));
        otherRecords.remove(victimCase.victimId());
        List<VictimCase> others = cases.openFor(otherRecords).values().stream()
                .filter(other -> other.id() != caseId)
                .sorted(Comparator.comparingLong(VictimCase::id)).toList();
        others.forEach(other -> audit.record(AuditEvent.of("CASE_VIEWED", "case", other.id())
                .because("an open case of the same person as case " + caseId)));
        return others;
    }

    /** The victim's open case, if they have one. */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public Optional<VictimCase> openCaseOf(long victimId) {
        Optional<VictimCase> found = cases.openFor(victimId);
        found.ifPresent(c -> audit.record(AuditEvent.of("CASE_VIEWED", "case", c.id())));
        return found;
    }

    /**
     * The username of the SPOC of the victim's open case, if they have one. Not audited and open to any caller: it
     * answers other modules' need-to-know questions (may this person read the victim's MARAC minutes?) and returns
     * only a username.
     */
    @Transactional(readOnly = true)
    public Optional<String> spocOf(long victimId) {
        return cases.openFor(victimId).map(c -> c.spoc().username());
    }

    /**
     * The victims (ids) of the open cases whose SPOC the user is. Like {@link #spocOf}, not audited and open to any
     * caller: it lets another module find the victims a member of staff works for (their MARAC cases on the board)
     * and returns ids only.
     */
    @Transactional(readOnly = true)
    public List<Long> victimsWithSpoc(String username) {
        return cases.victimsWithSpoc(username);
    }

    /**
     * Changes the SPOC, with the reason and a handover note (both required). The case never has no SPOC:
     * the new one replaces the old in one step. Supervisors, specialists and the SPOC themselves may do it.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','DA_SPECIALIST','OFFICER')")
    @Transactional
    public VictimCase changeSpoc(long caseId, int version, String newSpoc, String reason, String handoverNote) {
        SignedInStaff changer = SignedInStaff.current();
        new InvalidRequest.Check()
                .require(newSpoc != null && !newSpoc.isBlank(), "spoc", "Choose the new single point of contact")
                .require(reason != null && !reason.isBlank(), "reason", "Say why the SPOC is changing")
                .require(handoverNote != null && !handoverNote.isBlank(), "handoverNote",
                        "Write a handover note for the new SPOC: what they need to know about the victim")
                .require(reason == null || reason.length() <= 1000, "reason", "The reason must be 1,000 characters or fewer")
                .require(handoverNote == null || handoverNote.length() <= 4000, "handoverNote",
                        "The handover note must be 4,000 characters or fewer")
                .throwIfAny();
        VictimCase locked = cases.lock(caseId).orElseThrow(() -> new RecordNotFound("case", caseId));
        access.requireReadable(RecordType.CASE, locked.victimId());
        if (!changer.holds(Role.SUPERVISOR) && !changer.holds(Role.DA_SPECIALIST)
                && !changer.username().equals(locked.spoc().username())) {
            throw new AccessDeniedException("Only a supervisor, a specialist or the SPOC can change the SPOC");
        }
        if (locked.version() != version || !locked.open()) {
            throw new ConcurrentEdit("This case");
        }
        StaffAccount to = spocAccount(newSpoc.strip());
        if (to.username().equals(locked.spoc().username())) {
            throw InvalidRequest.of("spoc", to.displayName() + " is already the SPOC");
        }
        moveSpoc(locked, to.username(), false, changer.username(), reason.strip(), handoverNote.strip(), false);
        return cases.find(caseId).orElseThrow();
    }

    /**
     * Records a contact with the victim in the shared log. Not in the future. Publishes {@link ContactLogged} in the
     * same transaction (the dashboard counts contacts per victim from it).
     */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public CaseContact recordContact(long caseId, NewContact typed) {
        SignedInStaff by = SignedInStaff.current();
        VictimCase victimCase = openCase(caseId);
        ContactChannel channel = channel(typed.channel());
        Instant now = clock.instant();
        new InvalidRequest.Check()
                .require(typed.contactedAt() != null, "contactedAt", "Enter when the contact was, like 24/11/2026 and 14:30")
                .require(typed.contactedAt() == null || !typed.contactedAt().isAfter(now.plusSeconds(60)), "contactedAt",
                        "The contact must be now or in the past")
                .require(typed.contactedAt() == null || typed.contactedAt().isAfter(victimCase.openedAt().minus(Period.ofDays(366))),
                        "contactedAt", "The contact must be within a year before the case opened")
                .require(channel != null, "channel", "Choose how the contact was made")
                .require(typed.purpose() != null && !typed.purpose().isBlank(), "purpose", "Say what the contact was for")
                .require(typed.purpose() == null || typed.purpose().length() <= 500, "purpose", "The purpose must be 500 characters or fewer")
                .require(typed.outcome() != null && !typed.outcome().isBlank(), "outcome", "Say what came of it")
                .require(typed.outcome() == null || typed.outcome().length() <= MAX_TEXT, "outcome", "The outcome must be 2,000 characters or fewer")
                .throwIfAny();
        long id = cases.insertContact(caseId, by.username(), by.getDisplayName(), by.getAgencyName(), typed.contactedAt(),
                channel, typed.purpose().strip(), typed.outcome().strip(), now, by.agencyCode());
        audit.record(AuditEvent.of("CASE_CONTACT_RECORDED", "case", caseId));
        events.publishEvent(new ContactLogged(id, caseId, victimCase.victimId(), victimCase.area(), by.agencyCode(),
                typed.contactedAt()));
        return cases.contacts(caseId, 200).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Adds a measure to the safety plan. */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public SafetyMeasure addMeasure(long caseId, String kind, String detail, String owner) {
        openCase(caseId);
        SafetyMeasure.Kind chosen = named(SafetyMeasure.Kind.class, kind);
        new InvalidRequest.Check()
                .require(chosen != null, "kind", "Choose the kind of measure")
                .require(owner != null && !owner.isBlank(), "owner", "Say who owns the measure (a person or an agency)")
                .require(owner == null || owner.length() <= 200, "owner", "The owner must be 200 characters or fewer")
                .require(detail == null || detail.length() <= MAX_TEXT, "detail", "The detail must be 2,000 characters or fewer")
                .throwIfAny();
        long id = cases.insertMeasure(caseId, chosen, blankToNull(detail), owner.strip(), SafetyMeasure.Status.PROPOSED,
                SignedInStaff.current().username(), clock.instant());
        audit.record(AuditEvent.of("SAFETY_PLAN_CHANGED", "case", caseId));
        return cases.measures(caseId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @PreAuthorize(WORKS_CASES)
    @Transactional
    public SafetyMeasure updateMeasure(long caseId, long measureId, int version, String status) {
        openCase(caseId);
        SafetyMeasure.Status chosen = named(SafetyMeasure.Status.class, status);
        if (chosen == null) {
            throw InvalidRequest.of("status", "Choose proposed, in place, declined or ended");
        }
        if (!cases.updateMeasure(caseId, measureId, version, chosen, SignedInStaff.current().username(), clock.instant())) {
            throw new ConcurrentEdit("This safety plan measure");
        }
        audit.record(AuditEvent.of("SAFETY_PLAN_CHANGED", "case", caseId));
        return cases.measures(caseId).stream().filter(m -> m.id() == measureId).findFirst().orElseThrow();
    }

    /** Adds a task with an owner (a username) and a due time. */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public CaseTask addTask(long caseId, NewTask typed) {
        VictimCase victimCase = openCase(caseId);
        CaseTask.Kind kind = named(CaseTask.Kind.class, typed.kind());
        Optional<StaffAccount> owner = typed.owner() == null || typed.owner().isBlank() ? Optional.empty()
                : staff.accountByUsername(typed.owner().strip()).filter(StaffAccount::enabled);
        new InvalidRequest.Check()
                .require(kind != null, "kind", "Choose the kind of task")
                .require(typed.title() != null && !typed.title().isBlank(), "title", "Say what has to be done")
                .require(typed.title() == null || typed.title().length() <= 300, "title", "The task must be 300 characters or fewer")
                .require(typed.owner() != null && !typed.owner().isBlank(), "owner", "Choose who owns the task")
                .require(typed.owner() == null || typed.owner().isBlank() || owner.isPresent(), "owner",
                        "Choose an owner from the list of staff")
                .require(typed.dueAt() != null, "dueAt", "Enter when it is due, like 27/11/2026 and 17:00")
                .throwIfAny();
        long id = tasks.insert(caseId, kind, typed.title().strip(), owner.get().username(), owner.get().teamName(),
                typed.dueAt(), SignedInStaff.current().username(), clock.instant(), null).orElseThrow();
        audit.record(AuditEvent.of("CASE_TASK_ADDED", "case", victimCase.id()));
        return tasks.find(id).orElseThrow();
    }

    /** Marks a task done with what was done. */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public CaseTask completeTask(long taskId, int version, String outcome) {
        new InvalidRequest.Check()
                .require(outcome != null && !outcome.isBlank(), "outcome", "Say what was done")
                .require(outcome == null || outcome.length() <= MAX_TEXT, "outcome", "The outcome must be 2,000 characters or fewer")
                .throwIfAny();
        CaseTask task = tasks.find(taskId).orElseThrow(() -> new RecordNotFound("task", taskId));
        VictimCase victimCase = openCase(task.caseId());
        SignedInStaff me = SignedInStaff.current();
        if (!me.username().equals(task.owner()) && !me.username().equals(victimCase.spoc().username())
                && !me.holds(Role.SUPERVISOR) && !me.holds(Role.DA_SPECIALIST)) {
            throw new AccessDeniedException("Only the task's owner, the SPOC, a supervisor or a specialist can mark it done");
        }
        Instant doneAt = clock.instant();
        if (!tasks.complete(taskId, version, me.username(), outcome.strip(), doneAt)) {
            throw new ConcurrentEdit("This task");
        }
        audit.record(AuditEvent.of("CASE_TASK_DONE", "task", taskId).because("case " + task.caseId()));
        events.publishEvent(new TaskCompleted(taskId, task.caseId(), task.kind(), outcome.strip(), me.username(), doneAt,
                task.dueAt(), victimCase.area()));
        return tasks.find(taskId).orElseThrow();
    }

    /**
     * Cancels an open task with the reason, taking it off its owner's board: for the member of staff who made it, a
     * supervisor or a specialist, or whoever the module that gave it admits ({@link TaskGiver}: a MARAC's coordinator
     * or chair for an action's task). The row is locked first; a task already done or cancelled is left as it is.
     * No {@link TaskCompleted} is published: the work was not done.
     */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public CaseTask cancelTask(long taskId, String reason) {
        new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "reason", "Say why the task is cancelled")
                .require(reason == null || reason.length() <= MAX_TEXT, "reason", "The reason must be 2,000 characters or fewer")
                .throwIfAny();
        CaseTask task = tasks.lock(taskId).orElseThrow(() -> new RecordNotFound("task", taskId));
        cases.find(task.caseId()).ifPresent(victimCase -> access.requireReadable(RecordType.CASE, victimCase.victimId()));
        SignedInStaff me = SignedInStaff.current();
        if (!me.username().equals(task.createdBy()) && !me.holds(Role.SUPERVISOR) && !me.holds(Role.DA_SPECIALIST)
                && givers.orderedStream().noneMatch(giver -> giver.mayCancel(task, me.username()))) {
            throw new AccessDeniedException("Only the member of staff who made the task, a supervisor or a specialist can cancel it");
        }
        if (task.status() != CaseTask.Status.OPEN) {
            return task;
        }
        tasks.cancel(taskId, me.username(), reason.strip(), clock.instant());
        audit.record(AuditEvent.of("CASE_TASK_CANCELLED", "task", taskId).because("case " + task.caseId()));
        return tasks.find(taskId).orElseThrow();
    }

    /** The signed-in user's board. */
    @PreAuthorize(WORKS_CASES)
    @Transactional
    public Board board() {
        SignedInStaff me = SignedInStaff.current();
        List<VictimCase> mine = cases.openWithSpoc(me.username(), 500);
        List<CaseTask> myTasks = tasks.openOwnedBy(me.username(), 500);
        Instant now = clock.instant();
        List<String> teamMates = me.teamId() == null ? List.of() : staff.activeAccountsHolding(Role.values()).stream()
                .filter(a -> me.teamId().equals(a.teamId()) && !a.username().equals(me.username()))
                .map(StaffAccount::username).toList();
        List<CaseTask> teamOverdue = tasks.overdueOwnedBy(teamMates, now, 500);
        List<CaseTask> escalated = tasks.escalatedTo(me.username(), 500);
        Map<Long, List<Map.Entry<String, Instant>>> contacts = cases.contactsSince(
                mine.stream().map(VictimCase::id).toList(), now.minus(settings.contactWarningWindow()));
        List<Board.Warning> warnings = new ArrayList<>();
        for (VictimCase victimCase : mine) {
            contactWarning.check(contacts.getOrDefault(victimCase.id(), List.of()).stream()
                            .map(e -> new ContactWarning.Contact(e.getKey(), e.getValue())).toList(), now)
                    .ifPresent(message -> warnings.add(new Board.Warning(victimCase.id(), victimCase.victimName(), message)));
        }
        audit.record(AuditEvent.of("BOARD_VIEWED", "case", null));
        Set<Long> closed = closedCases(List.of(myTasks, teamOverdue, escalated));
        return new Board(mine, asSeen(myTasks, closed), asSeen(teamOverdue, closed), asSeen(escalated, closed), warnings);
    }

    /**
     * The neighbourhood briefing for an area: open high-risk cases and victims with more than one incident
     * in 12 months. Only the area's own teams and domestic abuse specialists see it; every view is audited.
     */
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public Briefing briefing(String area) {
        SignedInStaff me = SignedInStaff.current();
        if (area == null || area.isBlank() || area.length() > 100) {
            throw new RecordNotFound("area", area);
        }
        if (!me.holds(Role.DA_SPECIALIST) && !area.equalsIgnoreCase(teamArea(me))) {
            throw new AccessDeniedException("The briefing for " + area + " is for its own teams and the specialists");
        }
        Instant now = clock.instant();
        Instant yearAgo = now.atZone(LONDON).minusYears(1).toInstant();
        List<Briefing.Line> lines = new ArrayList<>();
        List<VictimCase> listed = cases.forBriefing(area.strip(), yearAgo, 500);
        Set<Long> unnamed = unnamedInPrint(listed.stream().map(VictimCase::victimId).toList());
        for (VictimCase victimCase : listed) {
            lines.add(new Briefing.Line(victimCase.id(),
                    unnamed.contains(victimCase.victimId()) ? CaseRedaction.RESTRICTED : victimCase.victimName(),
                    victimCase.riskLevel(),
                    cases.incidentsSince(victimCase.id(), yearAgo), cases.lastIncident(victimCase.id()),
                    victimCase.spoc().inWords()));
        }
        audit.record(AuditEvent.of("BRIEFING_VIEWED", "area", area.strip()));
        return new Briefing(area.strip(), now, lines);
    }

    /** Closes the case, with the reason. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','DA_SPECIALIST','OFFICER')")
    @Transactional
    public VictimCase close(long caseId, int version, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidRequest.of("reason", "Say why the case is closing (1,000 characters or fewer)");
        }
        VictimCase victimCase = openCase(caseId);
        SignedInStaff me = SignedInStaff.current();
        if (victimCase.riskLevel() == RiskLevel.HIGH && !me.holds(Role.SUPERVISOR) && !me.holds(Role.DA_SPECIALIST)) {
            throw new AccessDeniedException("Only a supervisor or a specialist can close a high-risk case");
        }
        long openTasks = tasks.forCase(caseId).stream().filter(t -> t.status() == CaseTask.Status.OPEN).count();
        if (openTasks > 0) {
            throw InvalidRequest.of("reason", "Finish or hand on the case's " + openTasks + " open task"
                    + (openTasks == 1 ? "" : "s") + " before closing it");
        }
        if (!cases.close(caseId, version, SignedInStaff.current().username(), reason.strip(), clock.instant())) {
            throw new ConcurrentEdit("This case");
        }
        audit.record(AuditEvent.of("CASE_CLOSED", "case", caseId));
        return cases.find(caseId).orElseThrow();
    }

    /** Staff who could be SPOC, for the change-SPOC form: officers, supervisors and specialists. */
    @PreAuthorize(WORKS_CASES)
    public List<StaffAccount> possibleSpocs() {
        return staff.activeAccountsHolding(Role.OFFICER, Role.SUPERVISOR, Role.DA_SPECIALIST).stream()
                .sorted(Comparator.comparing(StaffAccount::displayName)).toList();
    }

    // ---- Inside

    /**
     * The case to change: one the reader may read ({@link org.safeguard.access.RecordLocked} otherwise, before anything
     * is changed), refused as changed by someone else when it has been closed.
     */
    private VictimCase openCase(long caseId) {
        VictimCase victimCase = cases.find(caseId).orElseThrow(() -> new RecordNotFound("case", caseId));
        access.requireReadable(RecordType.CASE, victimCase.victimId());
        if (!victimCase.open()) {
            throw new ConcurrentEdit("This case (now closed)");
        }
        return victimCase;
    }

    /** The cases, among those of these tasks, whose victim the reader sees only as existing. */
    private Set<Long> closedCases(List<List<CaseTask>> lists) {
        Set<Long> caseIds = new HashSet<>();
        lists.forEach(list -> list.forEach(task -> caseIds.add(task.caseId())));
        Map<Long, Long> victims = cases.victimsOf(caseIds);
        Set<Long> closedVictims = access.closedAmong(RecordType.CASE, Set.copyOf(victims.values()));
        Set<Long> closed = new HashSet<>();
        victims.forEach((caseId, victim) -> {
            if (closedVictims.contains(victim)) {
                closed.add(caseId);
            }
        });
        return closed;
    }

    private static List<CaseTask> asSeen(List<CaseTask> tasks, Set<Long> closedCases) {
        return tasks.stream().map(task -> CaseRedaction.taskAsSeen(task, closedCases)).toList();
    }

    /**
     * The victims a printed briefing does not name: those the reader may not see, and every restricted or
     * staff-involved victim whoever prints it (the printout goes to a whole team, beyond the reader's need to know).
     */
    private Set<Long> unnamedInPrint(List<Long> victimIds) {
        Set<Long> unnamed = new HashSet<>(access.closedAmong(RecordType.CASE, victimIds));
        access.restrictionsOf(victimIds).forEach((victim, restrictions) -> {
            if (restrictions.contains(Restriction.RESTRICTED_VICTIM) || restrictions.contains(Restriction.STAFF_INVOLVED)) {
                unnamed.add(victim);
            }
        });
        return unnamed;
    }

    private VictimCase openOrFind(long victimId, String name, String area, Instant at, String agency, String note) {
        Optional<VictimCase> existing = cases.openFor(victimId);
        if (existing.isPresent()) {
            return existing.get();
        }
        SpocAllocation.Allocation chosen = allocation.allocate(null, clock.instant(), specialists(), onCallSupervisor(), null);
        CaseStore.SpocRow spoc = spocRow(spocAccount(chosen.username()));
        Optional<Long> opened = cases.open(victimId, name, area, at, spoc, chosen.awaitingHandover(), agency);
        if (opened.isEmpty()) {
            return cases.openFor(victimId).orElseThrow();
        }
        cases.recordSpocChange(opened.get(), null, spoc, "system", clock.instant(), chosen.reason(), note, true);
        audit.record(AuditEvent.of("CASE_OPENED", "case", opened.get()));
        return cases.find(opened.get()).orElseThrow();
    }

    /** Replaces the SPOC, records the change, and hands the old SPOC's open tasks on the case to the new one. */
    private void moveSpoc(VictimCase locked, String toUsername, boolean awaitingHandover, String by, String reason,
                          String note, boolean automatic) {
        CaseStore.SpocRow to = spocRow(spocAccount(toUsername));
        Instant now = clock.instant();
        if (!cases.changeSpoc(locked.id(), locked.version(), to, awaitingHandover, now)) {
            throw new ConcurrentEdit("This case");
        }
        cases.recordSpocChange(locked.id(), locked.spoc().username(), to, by, now, reason, note, automatic);
        tasks.handOver(locked.id(), locked.spoc().username(), to.username(), to.team());
        audit.record(AuditEvent.of("SPOC_CHANGED", "case", locked.id()).because(reason));
    }

    private void addTaskOnce(VictimCase victimCase, CaseTask.Kind kind, String title, Instant due, String sourceKey) {
        tasks.insert(victimCase.id(), kind, truncate(title, 300), victimCase.spoc().username(), victimCase.spoc().team(),
                due, "system", clock.instant(), sourceKey);
    }

    private static Instant soonerOf(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }

    private List<SpocAllocation.Candidate> specialists() {
        List<String> usernames = staff.activeAccountsHolding(Role.DA_SPECIALIST).stream().map(StaffAccount::username).toList();
        Map<String, Integer> counts = cases.openCaseCounts(usernames);
        return usernames.stream().map(u -> new SpocAllocation.Candidate(u, counts.getOrDefault(u, 0))).toList();
    }

    private boolean isSpecialist(String username) {
        return staff.accountByUsername(username).map(a -> a.roles().contains(Role.DA_SPECIALIST)).orElse(false);
    }

    /** The code of the agency a member of staff works for (the owner of what they open). */
    private String agencyOf(String username) {
        long agencyId = staff.accountByUsername(username).map(StaffAccount::agencyId)
                .orElseThrow(() -> new IllegalStateException("No staff account " + username));
        return staff.agencies().stream().filter(a -> a.id() == agencyId).map(org.safeguard.access.Agency::code)
                .findFirst().orElseThrow();
    }

    /** The configured on-call supervisor, or the first active supervisor by name. */
    String onCallSupervisor() {
        String configured = settings.onCallSupervisor().strip();
        if (!configured.isEmpty()) {
            if (staff.accountByUsername(configured).filter(StaffAccount::enabled)
                    .filter(a -> a.roles().contains(Role.SUPERVISOR)).isPresent()) {
                return configured;
            }
            log.error("safeguard.safeguarding.on-call-supervisor names {}, who is not an active supervisor: "
                    + "cases go to the first active supervisor instead", configured);
        }
        return staff.activeAccountsHolding(Role.SUPERVISOR).stream().map(StaffAccount::username).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("No active supervisor to hold cases: set "
                        + "safeguard.safeguarding.on-call-supervisor or create a supervisor account"));
    }

    /** The assessor, when they are police staff who investigate; otherwise nobody yet. */
    private String investigatingOfficer(String assessor) {
        return staff.accountByUsername(assessor).filter(StaffAccount::enabled)
                .filter(a -> a.roles().contains(Role.OFFICER) || a.roles().contains(Role.DA_SPECIALIST)
                        || a.roles().contains(Role.SUPERVISOR))
                .map(StaffAccount::username).orElse(null);
    }

    /** A supervisor in the owner's team, else the on-call supervisor. */
    private String supervisorOf(String owner) {
        Optional<StaffAccount> account = staff.accountByUsername(owner);
        return staff.activeAccountsHolding(Role.SUPERVISOR).stream()
                .filter(s -> account.isPresent() && account.get().teamId() != null && account.get().teamId().equals(s.teamId()))
                .filter(s -> !s.username().equals(owner))
                .map(StaffAccount::username).sorted().findFirst().orElseGet(() -> {
                    String onCall = onCallSupervisor();
                    return !onCall.equals(owner) ? onCall : staff.activeAccountsHolding(Role.SUPERVISOR).stream()
                            .map(StaffAccount::username).filter(u -> !u.equals(owner)).sorted().findFirst().orElse(onCall);
                });
    }

    private StaffAccount spocAccount(String username) {
        return staff.accountByUsername(username).filter(StaffAccount::enabled)
                .filter(a -> a.roles().contains(Role.OFFICER) || a.roles().contains(Role.SUPERVISOR)
                        || a.roles().contains(Role.DA_SPECIALIST))
                .orElseThrow(() -> InvalidRequest.of("spoc", "Choose an officer, supervisor or specialist with an active account"));
    }

    private static CaseStore.SpocRow spocRow(StaffAccount account) {
        return new CaseStore.SpocRow(account.username(), account.displayName(), account.teamName(), account.email());
    }

    private String teamArea(SignedInStaff me) {
        return me.teamId() == null ? null : staff.teams().stream().filter(t -> t.id() == me.teamId())
                .findFirst().map(org.safeguard.access.Team::area).orElse(null);
    }

    private String warningFor(List<CaseContact> contacts) {
        return contactWarning.check(contacts.stream().map(c -> new ContactWarning.Contact(c.madeBy(), c.contactedAt())).toList(),
                clock.instant()).orElse(null);
    }

    private static List<CaseFile.TimelineEntry> timeline(VictimCase victimCase, List<Incident> linked,
                                                         List<SpocChange> changes, List<CaseContact> contacts,
                                                         List<CaseTask> caseTasks) {
        List<CaseFile.TimelineEntry> entries = new ArrayList<>();
        entries.add(new CaseFile.TimelineEntry(victimCase.openedAt(), "Case opened"));
        linked.forEach(i -> entries.add(new CaseFile.TimelineEntry(i.receivedAt(), "Incident " + i.reference() + ": "
                + i.kindInWords())));
        changes.forEach(c -> entries.add(new CaseFile.TimelineEntry(c.changedAt(), "SPOC " + (c.fromUsername() == null
                ? "allocated: " : "changed to ") + c.toName() + " — " + c.reason())));
        contacts.forEach(c -> entries.add(new CaseFile.TimelineEntry(c.contactedAt(), "Contact by " + c.madeByName()
                + " (" + c.agency() + ", " + c.channel().label().toLowerCase() + ")"
                + (c.purpose() == null ? "" : ": " + c.purpose()))));
        caseTasks.forEach(t -> entries.add(new CaseFile.TimelineEntry(t.createdAt(), "Task for " + t.owner() + ": " + t.title())));
        caseTasks.stream().filter(t -> t.doneAt() != null).forEach(t -> entries.add(new CaseFile.TimelineEntry(t.doneAt(),
                (t.status() == CaseTask.Status.CANCELLED ? "Task cancelled by " : "Task done by ") + t.doneBy() + ": "
                        + t.title())));
        if (victimCase.closedAt() != null) {
            entries.add(new CaseFile.TimelineEntry(victimCase.closedAt(), "Case closed: " + victimCase.closedReason()));
        }
        entries.sort(Comparator.comparing(CaseFile.TimelineEntry::at).reversed());
        return entries;
    }

    private static ContactChannel channel(String typed) {
        return named(ContactChannel.class, typed);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(typed.strip().replace(' ', '_'))) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /**
     * The victims' journey now, for the dashboard: open cases, those with a named SPOC (not one holding the case out
     * of hours until the specialist team takes it over), and open tasks past their due time. {@code area} (the area
     * of the incident that opened the case, matched exactly) null or blank for every area. Counts only, no personal
     * data: not audited (the dashboard audits its own views).
     */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')")
    @Transactional(readOnly = true)
    public JourneyNow journeyNow(String area) {
        Instant now = clock.instant();
        return area == null || area.isBlank() ? journey.everywhere(now) : journey.in(area.strip(), now);
    }
}
