package org.safeguard.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.audit.RecordView;
import org.safeguard.identity.AddressSummary;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.intake.history.CheckRunner;
import org.safeguard.intake.history.HistoryAssembler;
import org.safeguard.intake.history.HistoryInWords;
import org.safeguard.intake.rules.AttendanceRules;
import org.safeguard.intake.rules.CloseOutChecklist;
import org.safeguard.intake.rules.IncidentRules;
import org.safeguard.intake.rules.IncidentRules.CheckedIncident;
import org.safeguard.intake.rules.IncidentRules.CheckedParty;
import org.safeguard.intake.rules.RepeatVictimRule;
import org.safeguard.intake.rules.ResponseTargets;
import org.safeguard.intake.store.HistoryStore;
import org.safeguard.intake.store.IncidentStore;
import org.safeguard.intake.store.OfficerSkillStore;
import org.safeguard.intake.store.OffendingStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake module's API: recording incidents, the checks recorded on them, offences and their outcomes,
 * deployment, attendance, supervisor oversight and close-out. Every read and write of an incident is in the audit log.
 * <p>
 * Saving comes first: the incident, its parties and its repeat-victim flags commit in one
 * transaction; the intelligence checks then run in their own, time-bounded transactions, so a slow or
 * failed lookup never stops an incident being saved (it is recorded as a check that did not complete).
 */
@Service
public class Incidents {

    /** Police roles that work incidents. Partners see only the referrals their own agency made. */
    static final String WORKS_INCIDENTS = "hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','DA_SPECIALIST')";
    /** Who reads an incident's page: those who work incidents, partners (their agency's own) and professional standards. */
    static final String READS_INCIDENTS = WORKS_INCIDENTS + " or hasAnyRole('PARTNER','PROFESSIONAL_STANDARDS')";
    private static final Set<Role> SEE_VIEWERS = Set.of(Role.SUPERVISOR, Role.DA_SPECIALIST, Role.PROFESSIONAL_STANDARDS);
    private static final Duration CHECK_TIME_LIMIT = Duration.ofSeconds(3);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final IncidentStore store;
    private final HistoryStore historyStore;
    private final OfficerSkillStore skills;
    private final OffendingStore offending;
    private final HistoryAssembler history;
    private final PersonRecords identity;
    private final PersonLinks linkage;
    private final StaffDirectory staff;
    private final RepeatVictimRule repeatRule;
    private final ResponseTargets targets;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writes;
    private final TransactionTemplate checks;
    private final Clock clock;
    private final CheckRunner checkRunner;
    private final List<IncidentSectionContributor> sectionContributors;

    Incidents(IncidentStore store, HistoryStore historyStore, OfficerSkillStore skills, OffendingStore offending, HistoryAssembler history,
              PersonRecords identity, PersonLinks linkage, StaffDirectory staff, RepeatVictimRule repeatRule, ResponseTargets targets,
              AuditTrail audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
              CheckRunner checkRunner, List<IncidentSectionContributor> sectionContributors) {
        this.store = store;
        this.historyStore = historyStore;
        this.skills = skills;
        this.offending = offending;
        this.history = history;
        this.identity = identity;
        this.linkage = linkage;
        this.staff = staff;
        this.repeatRule = repeatRule;
        this.targets = targets;
        this.audit = audit;
        this.events = events;
        this.writes = new TransactionTemplate(transactions);
        this.checks = new TransactionTemplate(transactions);
        this.checks.setReadOnly(true);
        this.clock = clock;
        this.checkRunner = checkRunner;
        this.sectionContributors = sectionContributors.stream()
                .sorted(Comparator.comparingInt(IncidentSectionContributor::order)).toList();
    }

    /**
     * Records the incident and then the intelligence checks on its phone, address and people.
     * Refused with field problems (nothing saved) when the incident breaks a rule in {@link IncidentRules}.
     */
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','DA_SPECIALIST','PARTNER')")
    public IncidentFile record(NewIncident typed) {
        SignedInStaff recorder = signedIn();
        CheckedIncident checked = IncidentRules.check(typed, clock.instant());
        if (!worksIncidents(recorder) && checked.channel() != Channel.PARTNER_REFERRAL) {
            throw InvalidRequest.of("channel", "Partner agencies record partner referrals: select 'Partner referral'");
        }
        Incident saved = writes.execute(status -> save(checked, recorder));
        runChecks(saved, recorder.username());
        return fileOf(saved);
    }

    private Incident save(CheckedIncident checked, SignedInStaff recorder) {
        String agency = recorder.agencyCode();
        AddressSummary address = identity.resolveAddress(checked.location(), checked.town(), checked.postcode(), agency);
        List<IncidentStore.PartyRow> parties = new ArrayList<>();
        for (CheckedParty party : checked.parties()) {
            long personId = personFor(party, agency);
            parties.add(new IncidentStore.PartyRow(personId, party.role(),
                    party.givenName() + " " + party.familyName(), party.dateOfBirth(), party.phone()));
        }
        Repeats repeats = repeatStatus(checked.domesticAbuse(), parties, checked.receivedAt());
        RepeatVictimRule.Status repeat = repeats.incident();
        String area = address.town() == null || address.town().isBlank()
                ? checked.postcode().split(" ")[0] : address.town();
        long id = store.insert(new IncidentStore.NewRow(checked.receivedAt(), checked.channel(), checked.callerName(),
                checked.callerPhone() == null ? null : PhoneNumbers.normalise(checked.callerPhone()),
                checked.callerPhone(), checked.location(), address.id(), area, checked.relationship(),
                checked.bothAged16OrOver(), checked.personallyConnected(), checked.domesticAbuse(),
                checked.childrenPresent(), checked.childrenLiving(),
                checked.childAges().isEmpty() ? null : checked.childAges().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")),
                checked.weapon(), checked.injury(), checked.threatToLife(), checked.grade(), checked.summary(),
                repeat.repeatVictim(), repeat.specialistReview(), recorder.username(), agency));
        parties.forEach(party -> store.insertParty(id, party));
        store.markRepeatVictims(id, repeats.victims());
        audit.record(AuditEvent.of("INCIDENT_RECORDED", "incident", id));
        Incident incident = store.find(id).orElseThrow();
        events.publishEvent(asRecorded(incident, recorder.username(), agency));
        return incident;
    }

    /** The incident as it stands, as listeners are told of it: its people by role, with their names as given. */
    private IncidentRecorded asRecorded(Incident incident, String recordedBy, String agency) {
        Map<Long, String> names = new java.util.HashMap<>();
        incident.parties().forEach(party -> names.putIfAbsent(party.personId(), party.name()));
        return new IncidentRecorded(incident.id(), incident.reference(), incident.receivedAt(), incident.grade(),
                incident.domesticAbuse(), ids(incident, PartyRole.VICTIM), ids(incident, PartyRole.SUSPECT),
                ids(incident, PartyRole.CHILD), names, incident.addressId(), incident.area(), incident.repeatVictim(),
                store.repeatVictimIds(incident.id()), recordedBy, agency);
    }

    /** The incident's repeat status and the victims who are each a repeat victim. */
    private record Repeats(RepeatVictimRule.Status incident, Set<Long> victims) {
    }

    /**
     * Each victim's status by the repeat-victim rule; any victim of this domestic abuse incident who is a repeat victim
     * makes the incident a repeat.
     */
    private Repeats repeatStatus(boolean domesticAbuse, List<IncidentStore.PartyRow> parties,
                                                 Instant receivedAt) {
        if (!domesticAbuse) {
            return new Repeats(new RepeatVictimRule.Status(0, false, false), Set.of());
        }
        Set<Long> victims = parties.stream().filter(p -> p.role() == PartyRole.VICTIM)
                .map(IncidentStore.PartyRow::personId).collect(Collectors.toSet());
        // A victim's records linked together are one person: the incidents of all of them count.
        Map<Long, Set<Long>> same = linkage.samePerson(victims);
        Set<Long> allRecords = same.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<Long, List<Instant>> times = historyStore.victimIncidentTimes(allRecords, repeatRule.windowStart(receivedAt), null);
        int earliest = 0;
        Set<Long> repeatVictims = new java.util.TreeSet<>();
        boolean review = false;
        for (Long victim : victims) {
            List<Instant> victimTimes = same.getOrDefault(victim, Set.of(victim)).stream()
                    .flatMap(r -> times.getOrDefault(r, List.of()).stream()).distinct().sorted().toList();
            RepeatVictimRule.Status status = repeatRule.apply(receivedAt, victimTimes);
            earliest = Math.max(earliest, status.earlierInWindow());
            if (status.repeatVictim()) {
                repeatVictims.add(victim);
            }
            review |= status.specialistReview();
        }
        return new Repeats(new RepeatVictimRule.Status(earliest, !repeatVictims.isEmpty(), review), repeatVictims);
    }

    /**
     * The person record of a party: the record with the same name and date of birth, or a new one
     * with the phone given, which record linkage then matches against the records held (linking it
     * automatically to a near-certain match, or putting a likely one to a specialist).
     */
    private long personFor(CheckedParty party, String agency) {
        PersonRecords.ResolvedPerson resolved = identity.resolve(new PersonDetails(party.givenName(), party.familyName(),
                party.dateOfBirth(), party.sex()), agency);
        if (party.phone() != null) {
            identity.addPhone(resolved.id(), party.phone(), agency);
        }
        if (resolved.created()) {
            try {
                linkage.matchNewRecord(resolved.id());
            } catch (RuntimeException notMatched) {
                // The incident matters more than the link: the next batch run matches the record.
                log.warn("Person record {} could not be matched at intake; the next linkage run will", resolved.id(),
                        notMatched);
            }
        }
        return resolved.id();
    }

    /** Adds a person to a recorded incident; the checks run again so the officer sees theirs too. */
    @PreAuthorize(WORKS_INCIDENTS)
    public IncidentFile addParty(long incidentId, NewParty typed) {
        SignedInStaff recorder = signedIn();
        Incident incident = writes.execute(status -> {
            Incident current = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
            requireOpen(current);
            CheckedParty party = IncidentRules.checkParty(typed, current.receivedAt(), current.relationship());
            long personId = personFor(party, recorder.agencyCode());
            store.insertParty(incidentId, new IncidentStore.PartyRow(personId, party.role(),
                    party.givenName() + " " + party.familyName(), party.dateOfBirth(), party.phone()));
            audit.record(AuditEvent.of("INCIDENT_PARTY_ADDED", "incident", incidentId));
            Incident now = store.find(incidentId).orElseThrow();
            // A victim added later needs a case and a SPOC; a suspect added later is scored: tell the listeners.
            events.publishEvent(new PartyAdded(incidentId, personId, party.role(),
                    asRecorded(now, recorder.username(), store.owningAgency(incidentId))));
            return now;
        });
        runChecks(incident, recorder.username());
        return fileOf(incident);
    }

    /**
     * Records an offence the incident's suspects are alleged to have committed (the offender module weighs
     * each incident by its most serious). Recording the same offence twice changes nothing. Only on a
     * domestic abuse incident with a suspect.
     */
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public Set<OffenceGroup> recordOffence(long incidentId, OffenceGroup offence) {
        if (offence == null) {
            throw InvalidRequest.of("offence", "Select the offence");
        }
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        List<Long> suspects = incident.parties().stream().filter(p -> p.role() == PartyRole.SUSPECT)
                .map(Incident.Party::personId).toList();
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(incident.domesticAbuse(), "offence", "Offences are recorded here only on domestic abuse incidents");
        check.require(!suspects.isEmpty(), "offence", "Add the suspect to the incident before recording an offence");
        check.throwIfAny();
        String recorder = signedIn().username();
        Instant now = clock.instant();
        if (offending.insertOffence(incidentId, offence, recorder, now)) {
            audit.record(AuditEvent.of("OFFENCE_RECORDED", "incident", incidentId).because(offence.name()));
            events.publishEvent(new OffenceRecorded(incidentId, offence, suspects, now, recorder));
        }
        return offending.offences(incidentId);
    }

    /**
     * Records the Home Office outcome of an offence recorded on the incident. Recording another outcome replaces
     * it (a correction); recording the outcome it already has changes nothing. Refused with a reason, nothing
     * saved, when the offence is not recorded on the incident.
     */
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public List<RecordedOffence> recordOutcome(long incidentId, OffenceGroup offence, CrimeOutcome outcome) {
        new InvalidRequest.Check()
                .require(offence != null, "offence", "Select the offence")
                .require(outcome != null, "outcome", "Select the outcome")
                .throwIfAny();
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        RecordedOffence recorded = offending.lockOffence(incidentId, offence).orElseThrow(() -> InvalidRequest.of(
                "offence", offence.words() + " is not recorded on this incident: record the offence first"));
        if (recorded.outcome() != outcome) {
            String recorder = signedIn().username();
            Instant now = clock.instant();
            offending.recordOutcome(incidentId, offence, outcome, recorder, now);
            audit.record(AuditEvent.of("CRIME_OUTCOME_RECORDED", "incident", incidentId)
                    .because(offence.name() + " " + outcome.code()
                            + (recorded.outcome() == null ? "" : ", was " + recorded.outcome().code())));
            events.publishEvent(new CrimeOutcomeRecorded(incidentId, offence, outcome, recorded.outcome(),
                    incident.domesticAbuse(), now, recorder));
        }
        return offending.recordedOffences(incidentId);
    }

    /** The offences recorded on the incident with their outcomes; the caller has already read (and audited) it. */
    @PreAuthorize(READS_INCIDENTS)
    @Transactional(readOnly = true)
    public List<RecordedOffence> recordedOffences(long incidentId) {
        return offending.recordedOffences(incidentId);
    }

    /** The offences recorded on the incident; the caller has already read (and audited) the incident. */
    @PreAuthorize(READS_INCIDENTS)
    @Transactional(readOnly = true)
    public Set<OffenceGroup> offences(long incidentId) {
        return offending.offences(incidentId);
    }

    /** Runs the checks again (after a check could not complete, or new information elsewhere). */
    @PreAuthorize(WORKS_INCIDENTS)
    public IncidentFile rerunChecks(long incidentId) {
        Incident incident = writes.execute(status -> store.find(incidentId).orElseThrow(() -> notFound(incidentId)));
        runChecks(incident, signedIn().username());
        return file(incidentId);
    }

    /** The incident with its checks first, as the attending officer and supervisor see it. */
    @PreAuthorize(READS_INCIDENTS)
    public IncidentFile file(long incidentId) {
        SignedInStaff reader = signedIn();
        return writes.execute(status -> {
            Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
            if (!worksIncidents(reader) && !reader.agencyCode().equals(store.owningAgency(incidentId))) {
                throw new AccessDeniedException("Partners see only their own agency's referrals");
            }
            audit.record(AuditEvent.of("INCIDENT_VIEWED", "incident", incidentId));
            return fileOf(incident);
        });
    }

    /**
     * Who has read or changed the incident, newest first: for whoever recorded it, supervisors, domestic abuse
     * specialists and professional standards; empty for anyone else.
     */
    @PreAuthorize(READS_INCIDENTS)
    @Transactional
    public Optional<List<RecordView>> whoHasSeen(long incidentId) {
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        SignedInStaff reader = signedIn();
        if (!reader.username().equalsIgnoreCase(incident.recordedBy()) && SEE_VIEWERS.stream().noneMatch(reader::holds)) {
            return Optional.empty();
        }
        return Optional.of(audit.whoHasSeen("incident", List.of(Long.toString(incidentId)), 50));
    }

    /**
     * The incident and its parties, for another module's work on it (a risk assessment); that module
     * audits its own use. Partners reach only their own agency's referrals.
     */
    @PreAuthorize(WORKS_INCIDENTS + " or hasAnyRole('PARTNER','IDVA')")
    @Transactional(readOnly = true, noRollbackFor = AccessDeniedException.class)
    public Incident incident(long incidentId) {
        SignedInStaff reader = signedIn();
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        if (!worksIncidents(reader) && !reader.agencyCode().equals(store.owningAgency(incidentId))) {
            throw new AccessDeniedException("Partners see only their own agency's referrals");
        }
        return incident;
    }

    /**
     * The incident with this reference (as typed: case and spaces do not matter), for another module that
     * links its records to an incident by the reference people quote; that module audits its own use.
     */
    @PreAuthorize(WORKS_INCIDENTS)
    @Transactional(readOnly = true)
    public Optional<Incident> withReference(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 20) {
            return Optional.empty();
        }
        return store.idOfReference(reference.strip().toUpperCase(java.util.Locale.ROOT)).flatMap(store::find);
    }

    /**
     * The other modules' sections of the incident's page (see {@link IncidentSectionContributor}), in
     * their order. A module that fails gives a section saying it could not be shown.
     */
    @PreAuthorize(READS_INCIDENTS)
    @Transactional(readOnly = true)
    public List<IncidentSection> sectionsFor(Incident incident) {
        List<IncidentSection> sections = new ArrayList<>();
        for (IncidentSectionContributor contributor : sectionContributors) {
            try {
                contributor.sectionFor(incident).ifPresent(sections::add);
            } catch (AccessDeniedException notForThisUser) {
                log.debug("Section {} not shown to this user", contributor.getClass().getSimpleName());
            } catch (RuntimeException failed) {
                log.warn("Incident section {} could not be shown", contributor.getClass().getSimpleName(), failed);
                sections.add(new IncidentSection("Not shown", List.of(new IncidentSection.Line(null,
                        "Part of this page could not be shown. Reload the page to try again.", null, null, null, null)),
                        List.of()));
            }
        }
        return sections;
    }

    private IncidentFile fileOf(Incident incident) {
        long id = incident.id();
        var attendance = store.attendance(id).orElse(null);
        Boolean met = attendance == null ? null : targets.met(incident.grade(), incident.receivedAt(), attendance.arrivedAt());
        return new IncidentFile(incident, store.checks(id), store.deployments(id), attendance,
                store.closeOut(id).orElse(null), met, needsSupervisor(incident));
    }

    /** Officers who could be sent: available and domestic abuse trained first, then specialists, then the rest. */
    @PreAuthorize(WORKS_INCIDENTS)
    @Transactional
    public List<OfficerSuggestion> suggestOfficers(long incidentId) {
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        Map<Long, OfficerSkillStore.Skill> known = skills.all();
        Set<Long> sent = store.deployments(incidentId).stream().map(IncidentFile.Deployment::accountId)
                .collect(Collectors.toSet());
        audit.record(AuditEvent.of("OFFICERS_SUGGESTED", "incident", incident.id()));
        return staff.activeAccountsHolding(Role.OFFICER, Role.DA_SPECIALIST).stream()
                .filter(account -> !sent.contains(account.id()))
                .map(account -> suggestion(account, known.getOrDefault(account.id(),
                        OfficerSkillStore.Skill.none(account.id())), today))
                .sorted(SUGGESTION_ORDER)
                .toList();
    }

    static final Comparator<OfficerSuggestion> SUGGESTION_ORDER = Comparator
            .comparing((OfficerSuggestion s) -> !s.available())
            .thenComparing(s -> !s.dveroCurrent())
            .thenComparing(s -> !s.specialist())
            .thenComparing(OfficerSuggestion::name);

    private static OfficerSuggestion suggestion(StaffAccount account, OfficerSkillStore.Skill skill, LocalDate today) {
        boolean current = skill.dveroTrainedUntil() != null && !skill.dveroTrainedUntil().isBefore(today);
        return new OfficerSuggestion(account.id(), account.displayName(), account.teamName(), skill.available(),
                current, skill.dveroTrainedUntil(), skill.specialist());
    }

    /** Sends officers to the incident; the dispatch time is now. */
    @PreAuthorize(WORKS_INCIDENTS)
    @Transactional
    public IncidentFile deploy(long incidentId, List<Long> accountIds) {
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        requireOpen(incident);
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(accountIds != null && !accountIds.isEmpty(), "officers", "Select at least one officer to send")
                .require(accountIds == null || accountIds.size() <= 10, "officers", "Send no more than 10 officers");
        check.throwIfAny();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        Map<Long, OfficerSkillStore.Skill> known = skills.all();
        String dispatcher = signedIn().username();
        for (Long accountId : new LinkedHashSet<>(accountIds)) {
            StaffAccount officer = staff.account(accountId)
                    .filter(StaffAccount::enabled)
                    .filter(a -> a.roles().contains(Role.OFFICER) || a.roles().contains(Role.DA_SPECIALIST))
                    .orElseThrow(() -> InvalidRequest.of("officers", "Select officers from the list"));
            OfficerSuggestion skill = suggestion(officer, known.getOrDefault(accountId,
                    OfficerSkillStore.Skill.none(accountId)), today);
            store.insertDeployment(incidentId, new IncidentFile.Deployment(accountId, officer.displayName(),
                    skill.dveroCurrent(), clock.instant(), dispatcher));
        }
        audit.record(AuditEvent.of("OFFICERS_DEPLOYED", "incident", incidentId));
        return fileOf(store.find(incidentId).orElseThrow());
    }

    /** Records what happened when officers arrived, and tells the listeners (the dashboard). Once per incident. */
    @PreAuthorize(WORKS_INCIDENTS)
    @Transactional
    public IncidentFile recordAttendance(long incidentId, NewAttendance typed) {
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        requireOpen(incident);
        AttendanceRules.check(typed, incident.receivedAt(), clock.instant());
        Attendance attendance = new Attendance(typed.arrivedAt(), typed.officersAttending(), typed.bodyWornVideo(),
                typed.offenceDisclosed(), typed.arrest(), typed.dvpn(), typed.referral(), typed.safetyAdvice(),
                blankToNull(typed.noArrestReason()), signedIn().username());
        if (!store.insertAttendance(incidentId, attendance)) {
            throw new ConcurrentEdit("Attendance has already been recorded for this incident.");
        }
        audit.record(AuditEvent.of("ATTENDANCE_RECORDED", "incident", incidentId));
        events.publishEvent(new AttendanceRecorded(incidentId, incident.receivedAt(), incident.grade(),
                incident.domesticAbuse(), attendance.arrivedAt(),
                Boolean.TRUE.equals(targets.met(incident.grade(), incident.receivedAt(), attendance.arrivedAt())),
                attendance.officersAttending(), attendance.bodyWornVideo(), attendance.offenceDisclosed(),
                attendance.arrest(), attendance.dvpn()));
        return fileOf(incident);
    }

    /**
     * Closes the incident once the close-out checklist is complete. Immediate-grade incidents and those
     * with a weapon or a threat to life can be closed only by a supervisor.
     */
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public IncidentFile close(long incidentId, NewCloseOut typed) {
        SignedInStaff closer = signedIn();
        Incident incident = store.find(incidentId).orElseThrow(() -> notFound(incidentId));
        requireOpen(incident);
        if (needsSupervisor(incident) && !closer.holds(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only a supervisor can close a high-risk or immediate incident");
        }
        CloseOutChecklist.check(typed, incident, store.attendance(incidentId).isPresent(),
                !store.deployments(incidentId).isEmpty());
        boolean children = CloseOutChecklist.hasChildren(incident);
        CloseOut closeOut = new CloseOut(true, typed.suspectDealtWith(), blankToNull(typed.suspectReason()),
                typed.riskAssessed(), blankToNull(typed.riskReason()), children ? typed.childrenSafeguarded() : null,
                children ? blankToNull(typed.childrenReason()) : null, true, closer.username(), clock.instant());
        if (!store.close(incidentId, typed.version(), closeOut)) {
            throw new ConcurrentEdit("Someone else changed or closed this incident; check it again before closing.");
        }
        audit.record(AuditEvent.of("INCIDENT_CLOSED", "incident", incidentId));
        events.publishEvent(new IncidentClosed(incidentId, closeOut.closedAt(), closer.username()));
        return fileOf(store.find(incidentId).orElseThrow());
    }

    /** Open immediate-grade and high-risk incidents, oldest first, with when the response is due. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','DA_SPECIALIST')")
    @Transactional
    public List<OversightLine> oversight() {
        List<Incident> open = store.openNeedingOversight(500);
        audit.record(AuditEvent.of("OVERSIGHT_LIST_VIEWED", "incident", null));
        Instant now = clock.instant();
        return open.stream().map(incident -> {
            var attendance = store.attendance(incident.id());
            Instant due = targets.due(incident.grade(), incident.receivedAt());
            boolean late = due != null && attendance.map(a -> a.arrivedAt().isAfter(due)).orElse(now.isAfter(due));
            return new OversightLine(incident, store.deployments(incident.id()).size(), due,
                    attendance.map(Attendance::arrivedAt).orElse(null), late);
        }).toList();
    }

    /** One page of incidents matching the filters, newest first. */
    @PreAuthorize(WORKS_INCIDENTS)
    @Transactional
    public IncidentPage search(IncidentFilter filter, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, Math.min(page, 10_000));
        List<Incident> found = store.search(filter, size, (number - 1) * size);
        long total = store.count(filter);
        audit.record(AuditEvent.of("INCIDENTS_SEARCHED", "incident", null));
        return new IncidentPage(found, total, number, size);
    }

    /** Share of incidents received in the period with intelligence checks recorded (target 100%). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN','DA_SPECIALIST')")
    @Transactional(readOnly = true)
    public CheckCoverage checkCoverage(Instant from, Instant to) {
        long[] counts = store.checkCoverage(from, to);
        return new CheckCoverage(from, to, counts[0], counts[1]);
    }

    /**
     * Runs the phone, address, person and contributing modules' checks for the incident and records
     * each on it. Each check runs in its own time-bounded transaction; one that fails or times out is
     * recorded as not completed, and never undoes the incident.
     */
    private void runChecks(Incident incident, String username) {
        String ranFor = "System for " + username;
        Instant asOf = incident.receivedAt();
        List<CompletableFuture<IntelligenceCheck>> running = new ArrayList<>();
        if (incident.callerPhone() != null) {
            running.add(check("Phone", "Caller's phone " + incident.callerPhone(), ranFor,
                    () -> history.assemble(new HistoryQuery(incident.callerPhone(), null, null, null, null, null),
                            asOf, incident.id(), HistoryAssembler.Depth.CHECK)));
        }
        String postcode = incident.addressId() == null ? null
                : identity.addresses(List.of(incident.addressId())).stream().map(AddressSummary::postcode).findFirst().orElse(null);
        running.add(check("Address", incident.location() + (postcode == null ? "" : ", " + postcode), ranFor,
                () -> history.assemble(new HistoryQuery(null, incident.location(), postcode, null, null, null),
                        asOf, incident.id(), HistoryAssembler.Depth.CHECK)));
        for (Incident.Party party : incident.parties()) {
            running.add(check("Person", party.name() + " (" + party.role().label().toLowerCase() + ")", ranFor,
                    () -> history.forPeople(List.of(party.personId()), party.name(), asOf, incident.id(),
                            HistoryAssembler.Depth.CHECK)));
        }
        List<IntelligenceCheck> results = new ArrayList<>(contributedChecks(incident, ranFor));
        results.addAll(0, running.stream().map(CompletableFuture::join).toList());
        writes.executeWithoutResult(status -> {
            results.forEach(check -> store.insertCheck(incident.id(), check));
            audit.record(AuditEvent.of("INTELLIGENCE_CHECKS_RECORDED", "incident", incident.id()));
        });
    }

    /**
     * Starts one check on the check runner (the checks of an incident run side by side). It never
     * fails: a lookup that throws, or outlasts the statement time limit, is a check not completed.
     */
    private CompletableFuture<IntelligenceCheck> check(String kind, String subject, String ranFor,
                                                       java.util.function.Supplier<History> lookup) {
        Instant ranAt = clock.instant();
        IntelligenceCheck notCompleted = new IntelligenceCheck(kind, truncate(subject, 300), ranAt, ranFor, 0,
                "Could not be checked: the lookup failed or took too long. Run the checks again.", false);
        try {
            return CompletableFuture.supplyAsync(() -> {
                History result = checks.execute(status -> {
                    historyStore.limitStatementTime(CHECK_TIME_LIMIT);
                    return lookup.get();
                });
                return new IntelligenceCheck(kind, truncate(subject, 300), ranAt, ranFor, result.found(),
                        HistoryInWords.summary(result), true);
            }, checkRunner::execute).completeOnTimeout(notCompleted, CHECK_TIME_LIMIT.toSeconds() + 2, TimeUnit.SECONDS)
                    .exceptionally(failed -> {
                        log.warn("Intelligence check {} could not run", kind, failed);
                        return notCompleted;
                    });
        } catch (RejectedExecutionException busy) {
            log.warn("Intelligence check {} could not start: the check runner is full", kind);
            return CompletableFuture.completedFuture(notCompleted);
        }
    }

    private List<IntelligenceCheck> contributedChecks(Incident incident, String ranFor) {
        Set<Long> people = incident.parties().stream().map(Incident.Party::personId).collect(Collectors.toSet());
        HistorySubject subject = new HistorySubject(people,
                incident.addressId() == null ? Set.of() : Set.of(incident.addressId()), Set.of(incident.id()));
        Instant ranAt = clock.instant();
        try {
            return checks.execute(status -> {
                historyStore.limitStatementTime(CHECK_TIME_LIMIT);
                return history.sections(subject).stream()
                        .map(section -> new IntelligenceCheck(section.title(), "Incident's people and address", ranAt,
                                ranFor, section.lines().size(), truncate(section.summary(), 2000),
                                !section.summary().startsWith("Not checked")))
                        .toList();
            });
        } catch (RuntimeException failed) {
            log.warn("Contributed checks could not run", failed);
            return List.of(new IntelligenceCheck("Other modules", "Incident's people and address", ranAt, ranFor, 0,
                    "Could not be checked: the lookup failed or took too long. Run the checks again.", false));
        }
    }

    /** Immediate grade, or a weapon or threat to life: a supervisor oversees it and closes it. */
    static boolean needsSupervisor(Incident incident) {
        return incident.grade() == Grade.IMMEDIATE || incident.immediateRiskToLife();
    }

    private static void requireOpen(Incident incident) {
        if (incident.status() != IncidentStatus.OPEN) {
            throw new ConcurrentEdit("This incident is closed.");
        }
    }

    private static List<Long> ids(Incident incident, PartyRole role) {
        return incident.partiesIn(role).stream().map(Incident.Party::personId).toList();
    }

    private static RecordNotFound notFound(long id) {
        return new RecordNotFound("incident", id);
    }

    static SignedInStaff signedIn() {
        return SignedInStaff.current();
    }

    private static boolean worksIncidents(SignedInStaff person) {
        return person.holds(Role.CALL_HANDLER) || person.holds(Role.OFFICER) || person.holds(Role.SUPERVISOR)
                || person.holds(Role.DA_SPECIALIST);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
