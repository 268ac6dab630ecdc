package org.safeguard.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.directory.PartnerService;
import org.safeguard.directory.ServiceDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.Incident;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.referral.ReferralMaker.Maker;
import org.safeguard.referral.rules.ReferralMoves;
import org.safeguard.referral.store.CaseloadStore;
import org.safeguard.referral.store.ReferralStore;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.RiskAssessments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral module's API: making referrals by hand, closing them, consent, the lists each side works from, and
 * the MARAC's own moves ({@code takenOnByService}, {@code completedByService}). The service's answers (received,
 * accepted, declined) are {@code ReferralAnswers}. Routing by rules happens on other modules' events
 * ({@code ReferralEvents}). Every read and write of a referral is audited.
 */
@Service
public class Referrals {

    /** Who works referrals: the roles of every method here that a page or the API reaches. */
    public static final String WORKS_REFERRALS =
            "hasAnyRole('OFFICER','SUPERVISOR','DA_SPECIALIST','IDVA','MARAC_COORDINATOR','PARTNER')";
    private static final int LIST_LIMIT = 500;

    private final ReferralStore store;
    private final ReferralSteps steps;
    private final ReferralAccess access;
    private final ServiceDirectory directory;
    private final PersonRecords people;
    private final Incidents incidents;
    private final RiskAssessments assessments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseloadStore caseloads;

    Referrals(ReferralStore store, ReferralSteps steps, ReferralAccess access, ServiceDirectory directory,
              PersonRecords people,
              Incidents incidents, RiskAssessments assessments, AuditTrail audit, ApplicationEventPublisher events,
              Clock clock, CaseloadStore caseloads) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.incidents = incidents;
        this.assessments = assessments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.caseloads = caseloads;
    }

    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral make(NewReferral typed) {
        PersonSummary victim = people.people(List.of(typed.victimId())).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("person", typed.victimId()));
        Optional<PartnerService> service = serviceTyped(typed.serviceId());
        Consent consent = consentNamed(typed.consent());
        String level = currentLevel(victim.id());
        boolean highRisk = "HIGH".equals(level);
        String incidentProblem = incidentProblem(typed.incidentId(), victim.id());
        new InvalidRequest.Check()
                .require(service.isPresent(), "serviceId", "Select the service to refer to")
                .require(typed.reason() != null && !typed.reason().isBlank(), "reason", "Enter why you are making the referral")
                .require(typed.reason() == null || typed.reason().strip().length() <= ReferralMoves.MAX_TEXT, "reason",
                        "The reason must be 2,000 characters or fewer")
                .require(consent != null, "consent", "Select whether the victim gave consent")
                .require(!ReferralMoves.refusalCloses(consent, highRisk), "consent",
                        "The victim refused consent and is not high risk: the referral cannot be made without their consent")
                .require(!(consent == Consent.REFUSED && highRisk) || given(typed.sharingJustification()),
                        "sharingJustification",
                        "The victim is high risk and refused consent: enter why sharing without consent is justified")
                .require(typed.sharingJustification() == null || typed.sharingJustification().strip().length() <= ReferralMoves.MAX_TEXT,
                        "sharingJustification", "Enter " + ReferralMoves.MAX_TEXT + " characters or fewer")
                .require(incidentProblem == null, "incidentId", incidentProblem)
                .throwIfAny();
        Optional<Incident> incident = incidentOf(typed.incidentId(), victim.id());
        Maker maker = ReferralMaker.signedIn();
        Instant now = clock.instant();
        PartnerService to = service.get();
        String justification = consent == Consent.REFUSED ? typed.sharingJustification().strip() : null;
        long id = store.insert(new ReferralStore.NewRow(victim.id(), victim.fullName(), typed.incidentId(), null, to.id(),
                to.name(), to.kind(), incident.map(Incident::area).orElse(null), level, typed.reason().strip(), "MANUAL",
                "manual:" + UUID.randomUUID(), null, null, consent, justification, now, maker.username(), maker.team(),
                maker.agency(), now.plus(Duration.ofHours(to.slaHours())))).orElseThrow();
        store.step(id, "MADE", now, maker.username(), "By hand; consent " + consent.label().toLowerCase());
        audit.record(AuditEvent.of("REFERRAL_MADE", "referral", id).because("person " + victim.id() + " to "
                + to.kind().name() + " by hand; consent " + consent.name()));
        events.publishEvent(new ReferralMade(id, victim.id(), victim.fullName(), typed.incidentId(), null, to.id(),
                to.kind(), incident.map(Incident::area).orElse(null), level,
                incident.map(i -> ids(i, PartyRole.CHILD)).orElse(List.of()),
                incident.map(i -> ids(i, PartyRole.CHILD).size()).orElse(0),
                incident.map(i -> ids(i, PartyRole.SUSPECT)).orElse(List.of()), now, maker.username(), maker.agency(),
                typed.reason().strip()));
        return store.find(id).orElseThrow();
    }

    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral get(long id) {
        Referral referral = readable(id);
        audit.record(AuditEvent.of("REFERRAL_VIEWED", "referral", id));
        return referral;
    }

    /** The steps of a referral, oldest first. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralStep> steps(long id) {
        readable(id);
        return store.steps(id);
    }

    /** The victim a referral page is about, as its heading shows them; the view is audited. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public PersonSummary victim(long victimId) {
        PersonSummary victim = people.people(List.of(victimId)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("person", victimId));
        access.readVictim(victimId);
        audit.record(AuditEvent.of("REFERRAL_VICTIM_VIEWED", "person", victimId));
        return victim;
    }

    /** The victim's referrals, newest first. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Referral> ofVictim(long victimId) {
        if (people.people(List.of(victimId)).isEmpty()) {
            throw new RecordNotFound("person", victimId);
        }
        access.readVictim(victimId);
        List<Referral> found = store.ofVictim(victimId).stream().filter(access::mayRead).toList();
        audit.record(AuditEvent.of("REFERRALS_VIEWED", "person", victimId));
        return found;
    }

    /**
     * The referrals made at an incident that the reader may see, for the incident's page. Not audited here: the page
     * runs it inside intake's read-only transaction, and intake audits the view of the incident.
     */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional(readOnly = true)
    public List<Referral> fromIncident(long incidentId) {
        return access.named(store.fromIncident(incidentId).stream().filter(access::mayRead).toList());
    }

    /** Referrals to the services of the signed-in user's agency, waiting ones first, oldest due first. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Referral> inbox() {
        List<Long> services = directory.runBy(SignedInStaff.current().agencyCode()).stream().map(PartnerService::id).toList();
        return listed("REFERRAL_INBOX_VIEWED", access.named(store.toServices(services, LIST_LIMIT)));
    }

    /** Referrals the signed-in user or their team made, newest first. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Referral> sent() {
        SignedInStaff me = SignedInStaff.current();
        return listed("REFERRALS_SENT_VIEWED", access.named(store.sentBy(me.username(), me.getTeamName(), me.agencyCode(),
                LIST_LIMIT)));
    }

    /** Referrals the signed-in user or their team made that are past the service's SLA without an answer. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Referral> sentOverdue() {
        SignedInStaff me = SignedInStaff.current();
        return listed("REFERRALS_OVERDUE_VIEWED", access.named(store.sentOverdue(me.username(), me.getTeamName(),
                me.agencyCode(), clock.instant(), LIST_LIMIT)));
    }

    /** Referrals a rule called for that no active service in the victim's area could take, for the sender's board. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Unmade> unmade() {
        SignedInStaff me = SignedInStaff.current();
        return listed("REFERRALS_UNMADE_VIEWED", store.unroutedFor(me.username(), me.getTeamName(), me.agencyCode(),
                me.holds(Role.SUPERVISOR), LIST_LIMIT).stream().map(u -> new Unmade(u.victimId(), u.victimName(),
                u.incidentId(), u.kind(), u.area(), u.ruleId(), u.ruleVersion(), u.at())).toList());
    }

    /**
     * Declined referrals of high-risk victims that the user or their team sent (for a supervisor, their agency),
     * until the sender closes them to acknowledge the service's answer.
     */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public List<Referral> declinedHighRisk() {
        SignedInStaff me = SignedInStaff.current();
        return listed("REFERRALS_DECLINED_VIEWED", access.named(store.declinedHighRisk(me.username(), me.getTeamName(),
                me.agencyCode(), me.holds(Role.SUPERVISOR), LIST_LIMIT)));
    }

    /** Whether the signed-in user may close the referral and record consent (its sender, their team, a supervisor). */
    @PreAuthorize(WORKS_REFERRALS)
    public boolean sendsFor(Referral referral) {
        return access.sends(referral);
    }

    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral close(long id, int version, String reason) {
        Referral referral = forTheSender(id);
        ReferralMoves.closeFrom(referral.status(), reason);
        Instant now = clock.instant();
        ReferralSteps.saved(store.closed(id, version, SignedInStaff.current().username(), reason.strip(), now));
        return steps.ended(steps.stepped(id, "CLOSED", now, reason.strip(), "REFERRAL_CLOSED", null), reason.strip(), now);
    }

    /** Records the victim's consent; refused for a high-risk victim needs the justification for sharing. */
    @PreAuthorize(WORKS_REFERRALS)
    @Transactional
    public Referral recordConsent(long id, int version, String consent, String sharingJustification) {
        Referral referral = forTheSender(id);
        Consent given = consentNamed(consent);
        boolean highRisk = "HIGH".equals(referral.riskLevel()) || "HIGH".equals(currentLevel(referral.victimId()));
        ReferralMoves.recordConsent(referral.status(), given, highRisk, sharingJustification);
        String me = SignedInStaff.current().username();
        Instant now = clock.instant();
        String justification = given == Consent.REFUSED && highRisk ? sharingJustification.strip() : null;
        ReferralSteps.saved(store.consent(id, version, given, justification));
        store.step(id, "CONSENT_" + given.name(), now, me, justification);
        audit.record(AuditEvent.of("REFERRAL_CONSENT_RECORDED", "referral", id).because(given.name()
                + (justification != null ? "; shared without consent, justified" : "")));
        if (ReferralMoves.refusalCloses(given, highRisk)) {
            ReferralSteps.saved(store.closed(id, version + 1, me, "Consent refused", now));
            return steps.ended(steps.stepped(id, "CLOSED", now, "Consent refused", "REFERRAL_CLOSED", "consent refused"),
                    "Consent refused", now);
        }
        return store.find(id).orElseThrow();
    }

    /**
     * The worker who accepted the victim's latest accepted referral of the kind and has not closed it (for the
     * IDVA service: the victim's IDVA). Not audited and open to any caller: it answers a need-to-know question
     * for other modules and returns only a username.
     */
    @Transactional(readOnly = true)
    public Optional<String> assignedWorker(long victimId, ServiceKind kind) {
        return store.assignedWorker(victimId, kind);
    }

    /**
     * The victims (ids) whose worker for the kind of service is the user, as {@link #assignedWorker} answers it: their
     * latest accepted, not closed referral of the kind was taken on by the user (for the IDVA service: the victims
     * whose IDVA they are). Not audited and open to any caller, like {@code assignedWorker}; returns ids only.
     */
    @Transactional(readOnly = true)
    public List<Long> victimsAssignedTo(String username, ServiceKind kind) {
        return store.victimsAssignedTo(username, kind);
    }

    /**
     * A service run inside Safeguard (the MARAC) takes on a referral made to it: accepted, with the worker who takes
     * it on (for the MARAC, the area's coordinator), so it is neither left waiting nor shown overdue on the sender's
     * board. For that module's own work, which its event listeners do with nobody signed in; the step is recorded as
     * done by {@code actor}. A referral already answered or closed is left as it is, so a redelivered event changes
     * nothing.
     */
    @Transactional
    public void takenOnByService(long referralId, String actor, String worker, String note) {
        store.lock(referralId).filter(r -> r.status().awaitingAnswer()).ifPresent(referral -> {
            Instant now = clock.instant();
            ReferralSteps.saved(store.accepted(referralId, referral.version(), actor, worker, now));
            store.step(referralId, "ACCEPTED", now, actor, note);
            audit.record(AuditEvent.of("REFERRAL_ACCEPTED", "referral", referralId).because("by the service, worker " + worker));
        });
    }

    /**
     * A service run inside Safeguard has finished its work on a referral (the MARAC heard the case): closed, so a
     * later referral to the same service can be made (a repeat). A closed or declined referral is left as it is.
     */
    @Transactional
    public void completedByService(long referralId, String actor, String note) {
        store.lock(referralId).filter(r -> r.status() != ReferralStatus.CLOSED && r.status() != ReferralStatus.DECLINED)
                .ifPresent(referral -> {
                    Instant now = clock.instant();
                    ReferralSteps.saved(store.closed(referralId, referral.version(), actor, note, now));
                    store.step(referralId, "CLOSED", now, actor, note);
                    audit.record(AuditEvent.of("REFERRAL_CLOSED", "referral", referralId).because("by the service"));
                });
    }

    // ---- Inside

    private Referral readable(long id) {
        Referral referral = steps.found(id);
        access.read(referral);
        return referral;
    }

    private Referral forTheSender(long id) {
        Referral referral = steps.found(id);
        access.send(referral);
        return referral;
    }

    /** A list for the signed-in user, its view audited with how many were listed. */
    private <T> List<T> listed(String action, List<T> found) {
        audit.record(AuditEvent.of(action, "referral", null).because(found.size() + " listed"));
        return found;
    }

    private Optional<PartnerService> serviceTyped(String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return directory.find(Long.parseLong(typed.strip())).filter(PartnerService::active);
    }

    private static Consent consentNamed(String typed) {
        return Arrays.stream(Consent.values()).filter(c -> c.name().equals(typed == null ? null : typed.strip()))
                .findFirst().orElse(null);
    }

    /**
     * The victim's current level: from risk, for those who read it; otherwise the level recorded on their latest
     * referral. Null when never assessed.
     */
    private String currentLevel(long victimId) {
        SignedInStaff me = SignedInStaff.current();
        boolean readsRisk = me.holds(Role.OFFICER) || me.holds(Role.SUPERVISOR) || me.holds(Role.DA_SPECIALIST)
                || me.holds(Role.IDVA) || me.holds(Role.MARAC_COORDINATOR);
        if (readsRisk) {
            return assessments.current(victimId).map(Assessment::finalLevel).map(Enum::name).orElse(null);
        }
        return store.ofVictim(victimId).stream().map(Referral::riskLevel).filter(l -> l != null).findFirst().orElse(null);
    }

    private static boolean given(String typed) {
        return typed != null && !typed.isBlank();
    }

    /** What is wrong with the incident given for a referral, or null when it is fine (or none was given). */
    private String incidentProblem(Long incidentId, long victimId) {
        try {
            incidentOf(incidentId, victimId);
            return null;
        } catch (InvalidRequest refused) {
            return refused.byField().get("incidentId");
        }
    }

    /** The incident the referral comes from, which must name the victim; empty when none was given. */
    private Optional<Incident> incidentOf(Long incidentId, long victimId) {
        if (incidentId == null) {
            return Optional.empty();
        }
        Incident incident;
        try {
            incident = incidents.incident(incidentId);
        } catch (RecordNotFound | AccessDeniedException unknown) {
            throw InvalidRequest.of("incidentId", "Choose an incident you can see, or none");
        }
        if (incident.parties().stream().noneMatch(p -> p.personId() == victimId && p.role() == PartyRole.VICTIM)) {
            throw InvalidRequest.of("incidentId", "The victim is not a victim at this incident");
        }
        return Optional.of(incident);
    }

    private static List<Long> ids(Incident incident, PartyRole role) {
        return incident.partiesIn(role).stream().map(Incident.Party::personId).toList();
    }

    /**
     * Every IDVA service's caseload, for the dashboard, by name: its full-time workers from the directory (null when
     * not given), the referrals it has accepted and not closed (the live caseload), and the referrals made to it in
     * [from, to) whatever became of them. An inactive service is listed only while it has a caseload or received
     * referrals in the period. Counts only, no personal data: not audited (the dashboard audits its own views).
     */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<IdvaCaseload> idvaCaseloads(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A period runs from one moment to a later one: " + from + " to " + to);
        }
        List<PartnerService> idvaServices = directory.all().stream().filter(s -> s.kind() == ServiceKind.IDVA).toList();
        if (idvaServices.isEmpty()) {
            return List.of();
        }
        List<Long> ids = idvaServices.stream().map(PartnerService::id).toList();
        Map<Long, Long> open = caseloads.accepted(ids);
        Map<Long, Long> received = caseloads.madeTo(ids, from, to);
        List<IdvaCaseload> listed = new ArrayList<>();
        for (PartnerService service : idvaServices) {
            IdvaCaseload caseload = new IdvaCaseload(service.id(), service.name(),
                    service.fullTimeWorkers() == null ? null : service.fullTimeWorkers().doubleValue(),
                    open.getOrDefault(service.id(), 0L), received.getOrDefault(service.id(), 0L));
            if (service.active() || caseload.openCases() > 0 || caseload.referralsReceived() > 0) {
                listed.add(caseload);
            }
        }
        listed.sort(Comparator.comparing(IdvaCaseload::serviceName).thenComparingLong(IdvaCaseload::serviceId));
        return listed;
    }
}
