package org.safeguard.offender;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.access.PersonRestriction;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.SuspectIncident;
import org.safeguard.offender.store.PromptStore;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The perpetrator profile, the 'right to know' prompts, and the restriction of records of the
 * organisation's own staff. Every profile opened or refused, every marking and every decision is audited.
 */
@Service
public class Perpetrators {

    /** What a reader without the role sees in place of a member of staff's name. */
    public static final String RESTRICTED_NAME = "Restricted record";
    private static final int MAX_INCIDENTS = 500;
    private static final int MAX_OPEN_PROMPTS = 500;
    private static final Logger log = LoggerFactory.getLogger(Perpetrators.class);

    private final PersonLinks linkage;
    private final PersonRecords people;
    private final IncidentHistory history;
    private final PriorityList priorityList;
    private final Orders orders;
    private final Custody custody;
    private final Programmes programmes;
    private final RecordAccess access;
    private final ReadableRecords readable;
    private final PromptStore prompts;
    private final StaffDirectory directory;
    private final List<PerpetratorSectionContributor> contributors;
    private final TransactionTemplate eachSection;
    private final AuditTrail audit;
    private final Clock clock;

    Perpetrators(PersonLinks linkage, PersonRecords people, IncidentHistory history, PriorityList priorityList, Orders orders,
                 Custody custody, Programmes programmes, RecordAccess access, ReadableRecords readable, PromptStore prompts,
                 StaffDirectory directory, List<PerpetratorSectionContributor> contributors, PlatformTransactionManager transactions, AuditTrail audit,
                 Clock clock) {
        this.linkage = linkage;
        this.people = people;
        this.history = history;
        this.priorityList = priorityList;
        this.orders = orders;
        this.custody = custody;
        this.programmes = programmes;
        this.access = access;
        this.readable = readable;
        this.prompts = prompts;
        this.directory = directory;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(PerpetratorSectionContributor::order)).toList();
        // Each section in a savepoint: a module's failed query must not take the profile's audit row down with it.
        this.eachSection = new TransactionTemplate(transactions);
        this.eachSection.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.audit = audit;
    }

    /** A staff-involved record opened by a reader without the role: refused, and the attempt audited. */
    public static final class RestrictedRecord extends AccessDeniedException {

        public RestrictedRecord() {
            super("This record is restricted: only professional standards and the specialist team can open it");
        }
    }

    /** The profile of the person any of whose records is given; audited. Restricted profiles only for the roles allowed. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional(noRollbackFor = RestrictedRecord.class)
    public PerpetratorProfile profile(long personId) {
        Set<Long> records = new TreeSet<>(linkage.samePerson(List.of(personId)).get(personId));
        List<PersonSummary> summaries = people.people(records);
        if (summaries.isEmpty()) {
            throw new RecordNotFound("person", personId);
        }
        boolean maySee = ReadableRecords.maySeeStaff();
        Set<Long> staffRecords = readable.staffAmong(List.of(personId));
        if (!staffRecords.isEmpty() && !maySee) {
            audit.record(AuditEvent.of("PERPETRATOR_PROFILE_REFUSED", "person", personId)
                    .because("a restricted record: a member of staff"));
            throw new RestrictedRecord();
        }
        PersonSummary person = summaries.stream().filter(p -> p.id() == personId).findFirst().orElse(summaries.get(0));
        List<SuspectIncident> incidents = history.incidentsAsSuspect(records, MAX_INCIDENTS);
        Set<Long> victimRecords = new LinkedHashSet<>();
        Set<Long> abuseVictimRecords = new LinkedHashSet<>();
        incidents.forEach(i -> i.victims().forEach(v -> {
            victimRecords.add(v.personId());
            if (i.domesticAbuse()) {
                abuseVictimRecords.add(v.personId());
            }
        }));
        Map<Long, Set<Long>> victimPeople = linkage.samePerson(victimRecords);
        Set<Long> staffVictims = readable.staffAmong(victimRecords);
        Set<Long> hiddenVictims = maySee ? Set.of() : staffVictims;
        List<ProfileSection> sections = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        for (PerpetratorSectionContributor contributor : contributors) {
            try {
                eachSection.executeWithoutResult(status ->
                        contributor.sectionFor(personId, Set.copyOf(records), Set.copyOf(abuseVictimRecords)).ifPresent(sections::add));
            } catch (AccessDeniedException notForThisReader) {
                log.debug("Profile section {} not shown to this reader", contributor.title());
            } catch (RuntimeException failed) {
                log.warn("Profile section {} could not be shown", contributor.title(), failed);
                notShown.add(contributor.title());
            }
        }
        List<ProtectiveOrder> againstThem = orders.againstPersonForProfile(personId);
        List<CustodyEvent> custodyEvents = custody.eventsForProfile(personId);
        List<ProgrammeReferral> referrals = programmes.referralsForProfile(personId);
        RankedPerpetrator standing = priorityList.standingForProfile(personId).orElse(null);
        audit.record(AuditEvent.of("PERPETRATOR_PROFILE_VIEWED", "person", personId)
                .because(records.size() + (records.size() == 1 ? " record" : " linked records") + ", "
                        + incidents.size() + (incidents.size() == 1 ? " incident" : " incidents") + " as suspect, "
                        + againstThem.size() + " orders, " + custodyEvents.size() + " custody events, "
                        + referrals.size() + " programme referrals"
                        + (standing == null ? "" : ", rank " + standing.rank())
                        + (staffRecords.isEmpty() ? "" : "; restricted: a member of staff")));
        return new PerpetratorProfile(person.id(), person.fullName(), person.dateOfBirth(), List.copyOf(records),
                standing, incidentLines(incidents, hiddenVictims),
                victimLines(incidents, victimPeople, hiddenVictims, staffVictims),
                againstThem, custodyEvents.isEmpty() ? null : custodyEvents.get(0), custodyEvents,
                referrals,
                people.markers(records).stream().map(m -> new PerpetratorProfile.Marker(m.kind().label(), m.note())).toList(),
                !staffRecords.isEmpty(), staffRecords.isEmpty() ? null : staffReason(personId),
                sections, notShown);
    }

    /**
     * The records among these that the signed-in reader may not see named: those of a member of staff (any
     * record linked to one counts), unless the reader is in professional standards or the specialist team.
     * For other modules' sections of the profile.
     */
    @Transactional(readOnly = true)
    public Set<Long> hiddenFromReader(Collection<Long> personIds) {
        return readable.restrictedAmong(personIds);
    }

    /** Marks the person as a member of the organisation's staff, with the reason: their records become restricted. */
    @PreAuthorize(OffenderAccess.MARKS_STAFF)
    @Transactional
    public void markStaff(long personId, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        new InvalidRequest.Check()
                .require(!cleanReason.isEmpty(), "reason", "Enter why this person's records are restricted")
                .require(cleanReason.length() <= 1000, "reason", "The reason must be 1,000 characters or fewer")
                .throwIfAny();
        if (people.people(List.of(personId)).isEmpty()) {
            throw new RecordNotFound("person", personId);
        }
        boolean marked = staffReason(personId) == null;
        if (marked) {
            access.restrict(personId, Restriction.STAFF_INVOLVED, cleanReason, List.of());
        }
        // The reason is free text (often a role or a station) kept with the marking; the audit log names only the act.
        audit.record(AuditEvent.of(marked ? "PERSON_MARKED_STAFF" : "PERSON_ALREADY_MARKED_STAFF", "person", personId)
                .because("records restricted as a member of staff's"));
    }

    /** Why the person (any linked record) is restricted as a member of staff; null when they are not. */
    private String staffReason(long personId) {
        return access.restrictionsOn(personId).stream().filter(r -> r.kind() == Restriction.STAFF_INVOLVED)
                .map(PersonRestriction::reason).findFirst().orElse(null);
    }

    /** Prompts the specialist team has not yet decided, oldest first; audited. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public List<DisclosurePrompt> openPrompts() {
        List<DisclosurePrompt> open = withNames(prompts.open(MAX_OPEN_PROMPTS));
        audit.record(AuditEvent.of("DISCLOSURE_PROMPTS_VIEWED", "disclosure_prompt", null)
                .because(open.size() + " open"));
        return open;
    }

    @Transactional(readOnly = true)
    public int openPromptCount() {
        return prompts.countOpen();
    }

    /** Decides the prompt on the version the reader saw: refer for a disclosure, or none needed; the reason is required. */
    @PreAuthorize(OffenderAccess.SPECIALISTS)
    @Transactional
    public DisclosurePrompt decidePrompt(long promptId, DisclosurePrompt.Decision decision, String reason, int version) {
        String cleanReason = reason == null ? "" : reason.strip();
        new InvalidRequest.Check()
                .require(decision != null, "decision", "Choose whether to refer for a disclosure")
                .require(!cleanReason.isEmpty(), "reason", "Enter the reason for the decision")
                .require(cleanReason.length() <= 2000, "reason", "The reason must be 2,000 characters or fewer")
                .throwIfAny();
        PromptStore.PromptRow row = prompts.find(promptId).orElseThrow(() -> new RecordNotFound("prompt", promptId));
        String by = SignedInStaff.current().username();
        if (!prompts.decide(promptId, version, decision.name(), cleanReason, by, clock.instant())) {
            PromptStore.PromptRow now = prompts.find(promptId).orElse(row);
            throw new PromptDecidedFirst(now, directory.accountByUsername(now.decidedBy()).map(StaffAccount::displayName)
                    .orElse(now.decidedBy()));
        }
        // The reason is free text kept with the prompt; the audit log names the decision only.
        audit.record(AuditEvent.of("DISCLOSURE_PROMPT_DECIDED", "disclosure_prompt", promptId)
                .because(decision.name() + ", perpetrator " + row.perpetratorKey() + ", victim " + row.victimId()));
        return withNames(List.of(prompts.find(promptId).orElseThrow())).get(0);
    }

    /** Someone else decided the prompt (or changed it) after the reader opened it: one sentence saying who and how. */
    private static final class PromptDecidedFirst extends ConcurrentEdit {
        private final String message;

        PromptDecidedFirst(PromptStore.PromptRow now, String who) {
            super("This prompt");
            this.message = now.decision() == null
                    ? "Someone else changed this prompt after you opened it. Your decision has not been saved: decide it again."
                    : "Someone else decided this prompt first (" + who + ": "
                    + DisclosurePrompt.Decision.valueOf(now.decision()).words() + "). Your decision has not been saved.";
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    private List<PerpetratorProfile.IncidentLine> incidentLines(List<SuspectIncident> incidents, Set<Long> hiddenVictims) {
        return incidents.stream().map(i -> new PerpetratorProfile.IncidentLine(i.incidentId(), i.reference(), i.receivedAt(),
                i.domesticAbuse(), i.area(),
                i.victims().stream().map(v -> hiddenVictims.contains(v.personId()) ? RESTRICTED_NAME : v.name()).toList(),
                i.offences().stream().sorted().map(OffenceGroup::words).toList())).toList();
    }

    /** Victims as people (linked records as one, under the smallest record id), the first victimised first. */
    private List<PerpetratorProfile.VictimLine> victimLines(List<SuspectIncident> incidents, Map<Long, Set<Long>> victimPeople,
                                                           Set<Long> hiddenVictims, Set<Long> staffVictims) {
        record Seen(String name, Instant first, Instant latest, int count) {
        }
        Map<Long, Seen> byPerson = new LinkedHashMap<>();
        // Oldest first, so the latest name given is the one kept.
        List<SuspectIncident> oldestFirst = new ArrayList<>(incidents);
        Collections.reverse(oldestFirst);
        for (SuspectIncident incident : oldestFirst) {
            Set<Long> counted = new HashSet<>();
            for (Incident.Party victim : incident.victims()) {
                long key = Collections.min(victimPeople.get(victim.personId()));
                if (counted.add(key)) {
                    byPerson.merge(key, new Seen(victim.name(), incident.receivedAt(), incident.receivedAt(), 1),
                            (was, now) -> new Seen(now.name(), was.first(), now.latest(), was.count() + 1));
                }
            }
        }
        return byPerson.entrySet().stream().map(e -> new PerpetratorProfile.VictimLine(e.getKey(),
                hiddenVictims.contains(e.getKey()) ? RESTRICTED_NAME : e.getValue().name(), e.getValue().first(),
                e.getValue().latest(), e.getValue().count(), staffVictims.contains(e.getKey()))).toList();
    }

    /** The prompts with the people's names, a member of staff's withheld from a reader without the role. */
    private List<DisclosurePrompt> withNames(List<PromptStore.PromptRow> rows) {
        Set<Long> named = new HashSet<>();
        rows.forEach(r -> {
            named.add(r.perpetratorKey());
            named.add(r.victimId());
        });
        Map<Long, String> names = new LinkedHashMap<>();
        people.people(named).forEach(p -> names.put(p.id(), p.fullName()));
        Set<Long> hidden = readable.restrictedAmong(named);
        return rows.stream().map(r -> new DisclosurePrompt(r.id(), r.perpetratorKey(),
                nameOf(r.perpetratorKey(), names, hidden), r.victimId(), nameOf(r.victimId(), names, hidden), r.incidentId(),
                r.incidentReference(), r.rankAtPrompt(), r.promptedAt(),
                r.decision() == null ? null : DisclosurePrompt.Decision.valueOf(r.decision()), r.decisionReason(),
                r.decidedBy(), r.decidedAt(), r.version())).toList();
    }

    private static String nameOf(long personId, Map<Long, String> names, Set<Long> hidden) {
        return hidden.contains(personId) ? RESTRICTED_NAME : names.getOrDefault(personId, "Person " + personId);
    }
}
