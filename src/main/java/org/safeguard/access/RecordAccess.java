package org.safeguard.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguard.access.rules.AccessPolicy;
import org.safeguard.access.rules.Reader;
import org.safeguard.access.rules.RestrictionRules;
import org.safeguard.access.store.BreakGlassStore;
import org.safeguard.access.store.GrantStore;
import org.safeguard.access.store.NoticeStore;
import org.safeguard.access.store.OrganisationStore;
import org.safeguard.access.store.RequestStore;
import org.safeguard.access.store.RestrictionStore;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.access.store.TeamRosterStore;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.shell.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Need to know, in one place: what the signed-in reader may see of a person's records (the policy table, the
 * reader's relationships from every {@link RelationshipSource}, the restrictions in force, grants and break-glass),
 * access requests to the record's owner, break-glass and its review queue, restrictions, and the notices staff are
 * sent. Every decision that closes something, every request, grant, break-glass and restriction is audited.
 */
@Service
public class RecordAccess {

    private static final Logger log = LoggerFactory.getLogger(RecordAccess.class);
    private static final int MAX_REASON = 1000;

    private final AccessPolicy policy;
    private final ObjectProvider<RelationshipSource> sources;
    private final ObjectProvider<LinkedRecords> linkage;
    private final RestrictionStore restrictionStore;
    private final GrantStore grants;
    private final RequestStore requests;
    private final BreakGlassStore breakGlasses;
    private final NoticeStore notices;
    private final TeamRosterStore roster;
    private final AccessSettings settings;
    private final UkTime ukTime;
    private final OrganisationStore organisation;
    private final StaffAccountStore accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<Long, AgencyKind> agencyKinds = new ConcurrentHashMap<>();

    RecordAccess(AccessPolicy policy, ObjectProvider<RelationshipSource> sources, ObjectProvider<LinkedRecords> linkage,
                 RestrictionStore restrictionStore, GrantStore grants, RequestStore requests,
                 BreakGlassStore breakGlasses, NoticeStore notices, TeamRosterStore roster, AccessSettings settings,
                 UkTime ukTime, OrganisationStore organisation, StaffAccountStore accounts, AuditTrail audit, Clock clock,
                 PlatformTransactionManager transactions) {
        this.policy = policy;
        this.sources = sources;
        this.linkage = linkage;
        this.restrictionStore = restrictionStore;
        this.grants = grants;
        this.requests = requests;
        this.breakGlasses = breakGlasses;
        this.notices = notices;
        this.roster = roster;
        this.settings = settings;
        this.ukTime = ukTime;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        // A refusal is audited in a transaction of its own, so it survives the refusal rolling back the caller's.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- Deciding

    /** What the signed-in reader may see of the person's record of this type, on screen. */
    public AccessDecision decide(RecordType type, long personId) {
        return decide(type, personId, Purpose.SCREEN);
    }

    /** What the signed-in reader may see of the person's record of this type, for the purpose. */
    @Transactional(readOnly = true)
    public AccessDecision decide(RecordType type, long personId, Purpose purpose) {
        SignedInStaff reader = SignedInStaff.current();
        Set<Long> linked = linkedOrMissing(personId);
        return decideFor(reader, type, personId, purpose, linked, kinds(restrictionStore.inForce(linked)));
    }

    /**
     * The decision, when the reader may see more than that the record exists; otherwise {@link RecordLocked} (the
     * refusal audited as {@code RECORD_ACCESS_REFUSED} in a transaction of its own, so it survives the refusal).
     */
    @Transactional(readOnly = true, noRollbackFor = RecordLocked.class)
    public AccessDecision requireReadable(RecordType type, long personId) {
        AccessDecision decision = decide(type, personId, Purpose.SCREEN);
        if (decision.locked()) {
            auditOnItsOwn(AuditEvent.of("RECORD_ACCESS_REFUSED", "person", personId).because(type.name()));
            throw new RecordLocked(decision);
        }
        return decision;
    }

    /**
     * Of these people, those whose records of this type the reader sees only as existing (for lists, boards, agendas:
     * show "Restricted record" in place of their name). Unrestricted people are never closed by this call.
     */
    @Transactional(readOnly = true)
    public Set<Long> closedAmong(RecordType type, Collection<Long> personIds) {
        SignedInStaff reader = SignedInStaff.current();
        Map<Long, Set<Long>> linked = linkedOf(personIds);
        Map<Long, Set<Restriction>> restricted = restrictionsOf(linked);
        Set<Long> closed = new LinkedHashSet<>();
        restricted.forEach((personId, kinds) -> {
            if (!kinds.isEmpty() && decideFor(reader, type, personId, Purpose.SCREEN, linked.get(personId), kinds).locked()) {
                closed.add(personId);
            }
        });
        return closed;
    }

    /**
     * The restrictions in force on each of these people (any linked record), whoever reads: for printing and exports.
     * Every person asked about has an entry (empty when unrestricted or unknown).
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Restriction>> restrictionsOf(Collection<Long> personIds) {
        Map<Long, Set<Restriction>> restricted = restrictionsOf(linkedOf(personIds));
        personIds.forEach(id -> restricted.putIfAbsent(id, Set.of()));
        return restricted;
    }

    // ---- Asking for access

    /** Asks the record's owner for access; the person must exist; a reason is required. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AccessRequest requestAccess(RecordType type, long personId, String reason) {
        SignedInStaff reader = SignedInStaff.current();
        Set<Long> linked;
        try {
            linked = linkedOrMissing(personId);
        } catch (RecordNotFound missing) {
            auditOnItsOwn(AuditEvent.of("ACCESS_REQUEST_REFUSED_NO_RECORD", "person", personId).because(trimmed(reason)));
            throw missing;
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            auditOnItsOwn(AuditEvent.of("ACCESS_REQUEST_REFUSED_NO_REASON", "person", personId));
            throw InvalidRequest.of("reason", reason == null || reason.isBlank()
                    ? "Enter why you need to see this record" : "The reason must be " + MAX_REASON + " characters or fewer");
        }
        if (requests.pending(reader.username(), personId)) {
            throw InvalidRequest.of("reason", "You have already asked for access to this record: your request is "
                    + "waiting for an answer");
        }
        AccessDecision decision = decideFor(reader, type, personId, Purpose.SCREEN, linked,
                kinds(restrictionStore.inForce(linked)));
        String owner = decision.owner().filter(o -> !o.equalsIgnoreCase(reader.username())).orElse(null);
        long id;
        try {
            id = requests.insert(type, personId, reader.username(), reader.agencyCode(), reason.strip(), clock.instant(), owner);
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("reason", "You have already asked for access to this record: your request is "
                    + "waiting for an answer");
        }
        List<String> answerers = owner != null ? List.of(owner) : unownedAnswerers();
        for (String answerer : answerers) {
            tell(answerer, "Access request: " + type.label(), reader.getDisplayName() + " (" + reader.getAgencyName()
                    + ") asks to see " + type.label().toLowerCase() + " " + personId + ": " + reason.strip(),
                    "/access/requests");
        }
        audit.record(AuditEvent.of("ACCESS_REQUESTED", "person", personId).because(reason.strip()));
        return requests.byId(id).orElseThrow();
    }

    /** Requests waiting for the signed-in user's answer (theirs as owner; a supervisor's team's and unowned ones). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AccessRequest> requestsToAnswer() {
        SignedInStaff me = SignedInStaff.current();
        return requests.pendingFor(answeredBy(me), answersUnowned(me)).stream()
                .filter(request -> !request.requestedBy().equalsIgnoreCase(me.username())).toList();
    }

    /** The signed-in user's own requests, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AccessRequest> myRequests() {
        return requests.by(SignedInStaff.current().username(), 100);
    }

    /** Grants (for the default period) or refuses a request; a stale version is a concurrent edit. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AccessRequest answer(long requestId, boolean grant, String note, int version) {
        SignedInStaff me = SignedInStaff.current();
        AccessRequest request = requests.byId(requestId).orElseThrow(() -> new RecordNotFound("access request", requestId));
        boolean mine = request.sentTo() == null ? answersUnowned(me)
                : answeredBy(me).contains(request.sentTo().toLowerCase());
        if (!mine) {
            throw new AccessDeniedException("This request was sent to someone else");
        }
        if (request.requestedBy().equalsIgnoreCase(me.username())) {
            throw new AccessDeniedException("Nobody may answer their own request for access");
        }
        new InvalidRequest.Check()
                .require(request.status() == AccessRequest.Status.PENDING, "decision", "This request has already been answered")
                .require(grant || note != null && !note.isBlank(), "note", "Enter why you are refusing access")
                .require(note == null || note.strip().length() <= MAX_REASON, "note",
                        "The note must be " + MAX_REASON + " characters or fewer")
                .throwIfAny();
        Instant now = clock.instant();
        Instant until = grant ? now.plus(settings.grantPeriod()) : null;
        if (!requests.answer(requestId, grant ? AccessRequest.Status.GRANTED : AccessRequest.Status.REFUSED,
                me.username(), now, trimmed(note), until, version)) {
            throw new ConcurrentEdit("The access request");
        }
        tell(request.requestedBy(), grant ? "Access granted" : "Access refused",
                me.getDisplayName() + (grant ? " granted you access to " : " refused you access to ")
                        + request.recordType().label().toLowerCase() + " " + request.personId()
                        + (grant ? " until " + ukTime.moment(until) : "") + (note == null || note.isBlank() ? "" : ": " + note.strip()),
                "/access/requests");
        audit.record(AuditEvent.of(grant ? "ACCESS_GRANTED" : "ACCESS_REFUSED", "person", request.personId())
                .because("request " + requestId + " by " + request.requestedBy()
                        + (note == null || note.isBlank() ? "" : ": " + note.strip())));
        return requests.byId(requestId).orElseThrow();
    }

    // ---- Break-glass

    /** Opens the record in an emergency for the default period (1 hour); a reason is required; owner and supervisor told. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public BreakGlass breakGlass(RecordType type, long personId, String reason) {
        SignedInStaff reader = SignedInStaff.current();
        Set<Long> linked;
        try {
            linked = linkedOrMissing(personId);
        } catch (RecordNotFound missing) {
            auditOnItsOwn(AuditEvent.of("BREAK_GLASS_REFUSED", "person", personId).because("no such record"));
            throw missing;
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            auditOnItsOwn(AuditEvent.of("BREAK_GLASS_REFUSED", "person", personId).because("no reason given"));
            throw InvalidRequest.of("reason", reason == null || reason.isBlank()
                    ? "Enter why you must open this record now" : "The reason must be " + MAX_REASON + " characters or fewer");
        }
        AccessDecision decision = decideFor(reader, type, personId, Purpose.SCREEN, linked,
                kinds(restrictionStore.inForce(linked)));
        if (!decision.mayBreakGlass()) {
            boolean staff = decision.restricted(Restriction.STAFF_INVOLVED);
            auditOnItsOwn(AuditEvent.of("BREAK_GLASS_REFUSED", "person", personId)
                    .because((staff ? "staff involved: " : "role may not: ") + reason.strip()));
            throw InvalidRequest.of("reason", staff
                    ? "Nobody may open this record in an emergency: it involves a member of staff. Contact professional standards."
                    : "Your role does not open people's records in an emergency");
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.breakGlassPeriod());
        String owner = decision.owner().filter(o -> !o.equalsIgnoreCase(reader.username())).orElse(null);
        String supervisor = supervisorFor(reader.username(), owner);
        long id = breakGlasses.insert(type, personId, reader.username(), reader.agencyCode(), reason.strip(), now, until,
                owner, supervisor);
        String body = reader.getDisplayName() + " (" + reader.getAgencyName() + ") opened " + type.label().toLowerCase()
                + " " + personId + " in an emergency until " + ukTime.moment(until) + ": " + reason.strip();
        if (owner != null) {
            tell(owner, "Break-glass on a record you own", body, null);
        }
        if (supervisor != null) {
            tell(supervisor, "Break-glass to review", body, "/access/break-glass");
        }
        audit.record(AuditEvent.of("BREAK_GLASS_OPENED", "person", personId).because(reason.strip()));
        return breakGlasses.byId(id).orElseThrow();
    }

    /** Break-glass not yet reviewed, oldest first (supervisors), but the reader's own. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'PROFESSIONAL_STANDARDS')")
    public List<BreakGlass> reviewQueue() {
        return breakGlasses.unreviewed(SignedInStaff.current().username(), 200);
    }

    /** How many break-glasses wait for review (for the navigation link). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'PROFESSIONAL_STANDARDS')")
    public int waitingForReview() {
        return breakGlasses.unreviewedCount(SignedInStaff.current().username());
    }

    /** A supervisor's judgement on a break-glass. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'PROFESSIONAL_STANDARDS')")
    public BreakGlass review(long breakGlassId, BreakGlass.Review review, String note, int version) {
        SignedInStaff me = SignedInStaff.current();
        BreakGlass opened = breakGlasses.byId(breakGlassId)
                .orElseThrow(() -> new RecordNotFound("break-glass", breakGlassId));
        new InvalidRequest.Check()
                .require(opened.review() == null, "review", "This break-glass has already been reviewed")
                .require(!opened.openedBy().equalsIgnoreCase(me.username()), "review",
                        "Another supervisor must review your own break-glass")
                .require(review != null, "review", "Select whether the break-glass was justified")
                .require(review != BreakGlass.Review.NOT_JUSTIFIED || note != null && !note.isBlank(), "note",
                        "Enter why the break-glass was not justified")
                .require(note == null || note.strip().length() <= MAX_REASON, "note",
                        "The note must be " + MAX_REASON + " characters or fewer")
                .throwIfAny();
        if (!breakGlasses.review(breakGlassId, review, me.username(), clock.instant(), trimmed(note), version)) {
            throw new ConcurrentEdit("The break-glass");
        }
        tell(opened.openedBy(), "Your break-glass was reviewed", me.getDisplayName() + " judged your break-glass on "
                + opened.recordType().label().toLowerCase() + " " + opened.personId() + " "
                + (review == BreakGlass.Review.JUSTIFIED ? "justified" : "not justified")
                + (note == null || note.isBlank() ? "" : ": " + note.strip()), null);
        audit.record(AuditEvent.of("BREAK_GLASS_REVIEWED", "person", opened.personId())
                .because(review.name() + " (break-glass " + breakGlassId + ")"
                        + (note == null || note.isBlank() ? "" : ": " + note.strip())));
        return breakGlasses.byId(breakGlassId).orElseThrow();
    }

    // ---- Restrictions

    /** Restricts a person's records (and their linked records) with a reason, naming who else may read them. */
    @Transactional
    public PersonRestriction restrict(long personId, Restriction kind, String reason, List<String> namedReaders) {
        Optional<SignedInStaff> by = signedIn();
        if (by.isPresent() && !RestrictionRules.mayRestrict(kind, by.get().roles(), refugeProvider(by.get()))) {
            throw new AccessDeniedException("Your role may not mark a person's records: " + kind.label());
        }
        Set<Long> linked = linkedOrMissing(personId);
        List<String> named = namedReaders == null ? List.of()
                : namedReaders.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "reason", "Enter the reason for restricting the record")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "reason",
                        "The reason must be " + MAX_REASON + " characters or fewer");
        for (String username : named) {
            check.require(accounts.byUsername(username).isPresent(), "namedReaders",
                    "There is no staff account with the username " + username);
        }
        Optional<PersonRestriction> already = restrictionStore.inForce(linked).stream()
                .filter(r -> r.kind() == kind).findFirst();
        check.require(already.isEmpty(), "kind", "This person's records are already marked: " + kind.label());
        check.throwIfAny();
        String marker = by.map(SignedInStaff::username).orElse("system");
        Instant now = clock.instant();
        long id;
        try {
            id = restrictionStore.insert(personId, kind, reason.strip(), marker, now,
                    by.map(SignedInStaff::agencyCode).orElse("POLICE"));
        } catch (DuplicateKeyException raced) {
            throw InvalidRequest.of("kind", "This person's records are already marked: " + kind.label());
        }
        for (String username : named) {
            restrictionStore.name(id, accounts.byUsername(username).orElseThrow().username(), marker, now);
        }
        // The act and its kind, never the reason: a staff marking's reason can itself identify the member of staff.
        audit.record(AuditEvent.of("RECORD_RESTRICTED", "person", personId).because(kind.name()));
        return restrictionStore.byId(id).orElseThrow();
    }

    /** Lifts a restriction with a reason; the restriction stays in the record's history. */
    @Transactional
    public void lift(long restrictionId, String reason, int version) {
        PersonRestriction restriction = restrictionStore.byId(restrictionId)
                .orElseThrow(() -> new RecordNotFound("restriction", restrictionId));
        Optional<SignedInStaff> by = signedIn();
        if (by.isPresent() && !RestrictionRules.mayLift(restriction.kind(), by.get().roles(), refugeProvider(by.get()))) {
            throw new AccessDeniedException("Your role may not lift this restriction: " + restriction.kind().label());
        }
        new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "reason", "Enter the reason for lifting the restriction")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "reason",
                        "The reason must be " + MAX_REASON + " characters or fewer")
                .require(restrictionStore.inForce(restrictionId), "reason", "This restriction has already been lifted")
                .throwIfAny();
        if (!restrictionStore.lift(restrictionId, by.map(SignedInStaff::username).orElse("system"), clock.instant(),
                reason.strip(), version)) {
            throw new ConcurrentEdit("The restriction");
        }
        audit.record(AuditEvent.of("RECORD_RESTRICTION_LIFTED", "person", restriction.personId())
                .because(restriction.kind().name()));
    }

    /** The restrictions in force on the person (any linked record). */
    @Transactional(readOnly = true)
    public List<PersonRestriction> restrictionsOn(long personId) {
        return restrictionStore.inForce(linkedOrMissing(personId));
    }

    // ---- The policy and notices

    /** The access policy as a table (administrators). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<PolicyRule> policy() {
        audit.record(AuditEvent.of("ACCESS_POLICY_VIEWED"));
        return policy.rules();
    }

    /** The signed-in user's notices, newest first. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<StaffNotice> myNotices() {
        String me = SignedInStaff.current().username();
        List<StaffNotice> mine = notices.of(me, 100);
        notices.markRead(me, clock.instant());
        return mine;
    }

    /** How many of the signed-in user's notices are unread (for the navigation link). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int unreadNotices() {
        return notices.unread(SignedInStaff.current().username());
    }

    // ---- Who answers and who is told

    /** The workers whose requests this user answers (lower case): their own and, for a supervisor, their team's. */
    private Set<String> answeredBy(SignedInStaff me) {
        Set<String> owners = new HashSet<>();
        owners.add(me.username().toLowerCase());
        if (me.holds(Role.SUPERVISOR) && me.teamId() != null) {
            roster.members(me.teamId()).forEach(member -> owners.add(member.toLowerCase()));
        }
        return owners;
    }

    private boolean answersUnowned(SignedInStaff me) {
        return unownedAnswerers().stream().anyMatch(me.username()::equalsIgnoreCase);
    }

    /** The specialist team's supervisors; any police supervisor when there is no such team. */
    private List<String> unownedAnswerers() {
        return roster.policeTeamNamed(settings.unownedRequestsTeam()).map(roster::supervisors)
                .filter(supervisors -> !supervisors.isEmpty()).orElseGet(roster::policeSupervisors);
    }

    /** A supervisor of the opener's team; else of the owner's; else of the specialist team; else any police one. */
    private String supervisorFor(String opener, String owner) {
        List<Optional<Long>> teams = new ArrayList<>();
        teams.add(roster.teamOf(opener));
        if (owner != null) {
            teams.add(roster.teamOf(owner));
        }
        for (Optional<Long> team : teams) {
            Optional<String> supervisor = team.map(roster::supervisors).orElse(List.of()).stream()
                    .filter(s -> !s.equalsIgnoreCase(opener)).findFirst();
            if (supervisor.isPresent()) {
                return supervisor.get();
            }
        }
        return unownedAnswerers().stream().filter(s -> !s.equalsIgnoreCase(opener)).findFirst().orElse(null);
    }

    private void tell(String username, String subject, String body, String link) {
        notices.send(username, subject, body, link, clock.instant());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- How a decision is made

    private AccessDecision decideFor(SignedInStaff reader, RecordType type, long personId, Purpose purpose,
                                     Set<Long> linked, Set<Restriction> restrictions) {
        Instant now = clock.instant();
        Set<Relationship> relationships = EnumSet.of(Relationship.NONE);
        List<WorkingAgency> workingWith = new ArrayList<>();
        for (RelationshipSource source : sources) {
            relationships.addAll(guarded(source, "relationships", () -> source.relationships(personId, reader), Set.of()));
            guarded(source, "working agencies", () -> source.workingWith(personId), List.<WorkingAgency>of()).stream()
                    .filter(agency -> !workingWith.contains(agency)).forEach(workingWith::add);
        }
        if (restrictions.contains(Restriction.RESTRICTED_VICTIM) || restrictions.contains(Restriction.CONFIDENTIAL_ADDRESS)) {
            if (restrictionStore.named(linked, reader.username())) {
                relationships.add(Relationship.NAMED);
            }
        }
        Optional<Instant> granted = grants.grantedUntil(linked, reader.username(), now);
        Optional<Instant> brokenGlass = grants.breakGlassUntil(linked, reader.username(), now);
        granted.ifPresent(until -> relationships.add(Relationship.GRANTED));
        brokenGlass.ifPresent(until -> relationships.add(Relationship.BREAK_GLASS));

        Reader as = new Reader(reader.roles(), agencyKind(reader), relationships);
        Map<FieldGroup, Visibility> groups = seen(type, restrictions, as, purpose);
        Optional<Instant> accessUntil = Optional.empty();
        if ((granted.isPresent() || brokenGlass.isPresent())
                && !groups.equals(seen(type, restrictions, as.withoutTemporaryAccess(), purpose))) {
            accessUntil = granted.map(g -> brokenGlass.filter(b -> b.isAfter(g)).orElse(g)).or(() -> brokenGlass);
        }
        workingWith.sort((a, b) -> Boolean.compare(b.owner(), a.owner()));
        return new AccessDecision(type, personId, purpose, groups, relationships, restrictions, accessUntil,
                workingWith, RestrictionRules.mayBreakGlass(restrictions, reader.roles()));
    }

    private Map<FieldGroup, Visibility> seen(RecordType type, Set<Restriction> restrictions, Reader reader, Purpose purpose) {
        return RestrictionRules.apply(policy.visibilities(type, reader), restrictions, reader, purpose);
    }

    /** A source that fails gives nothing: the record stays as closed as the others leave it, never opens by accident. */
    private static <T> T guarded(RelationshipSource source, String what, java.util.function.Supplier<T> call, T nothing) {
        try {
            T answer = call.get();
            return answer == null ? nothing : answer;
        } catch (RuntimeException failed) {
            log.warn("Relationship source {} failed to give {}; treated as giving none", source.getClass().getName(),
                    what, failed);
            return nothing;
        }
    }

    private AgencyKind agencyKind(SignedInStaff reader) {
        return agencyKinds.computeIfAbsent(reader.agencyId(),
                id -> organisation.agency(id).map(Agency::kind).orElse(null));
    }

    private boolean refugeProvider(SignedInStaff staff) {
        return agencyKind(staff) == AgencyKind.REFUGE_PROVIDER;
    }

    /** Every record of the person; an unknown person is not found. Without record linkage a person is one record. */
    private Set<Long> linkedOrMissing(long personId) {
        Set<Long> linked = linkedOf(List.of(personId)).get(personId);
        if (linked == null) {
            throw new RecordNotFound("person", personId);
        }
        return linked;
    }

    /** For each known person, every record of theirs (unknown people are left out). */
    private Map<Long, Set<Long>> linkedOf(Collection<Long> personIds) {
        LinkedRecords records = linkage.getIfAvailable();
        Map<Long, Set<Long>> linked = new LinkedHashMap<>();
        if (records == null) {
            personIds.forEach(id -> linked.put(id, Set.of(id)));
            return linked;
        }
        Map<Long, Set<Long>> same = records.samePerson(Set.copyOf(personIds));
        for (Long id : personIds) {
            Set<Long> members = same.get(id);
            if (members != null) {
                Set<Long> all = new HashSet<>(members);
                all.add(id);
                linked.put(id, all);
            }
        }
        return linked;
    }

    private Map<Long, Set<Restriction>> restrictionsOf(Map<Long, Set<Long>> linked) {
        Set<Long> everyRecord = new HashSet<>();
        linked.values().forEach(everyRecord::addAll);
        List<PersonRestriction> inForce = restrictionStore.inForce(everyRecord);
        Map<Long, Set<Restriction>> restricted = new LinkedHashMap<>();
        linked.forEach((personId, records) -> restricted.put(personId, kinds(inForce.stream()
                .filter(r -> records.contains(r.personId())).toList())));
        return restricted;
    }

    private static Set<Restriction> kinds(List<PersonRestriction> restrictions) {
        Set<Restriction> kinds = EnumSet.noneOf(Restriction.class);
        restrictions.forEach(r -> kinds.add(r.kind()));
        return kinds;
    }

    /**
     * Records a refusal in a transaction of its own, so it survives the caller's rollback. Inside a caller's
     * transaction it is written when that transaction has ended: the caller may already hold the audit chain's lock
     * (it audited something first), and a second transaction waiting for that lock would wait for ever.
     */
    private void auditOnItsOwn(AuditEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ownTransaction.executeWithoutResult(own -> audit.record(event));
                }
            });
        } else {
            ownTransaction.executeWithoutResult(own -> audit.record(event));
        }
    }

    private static Optional<SignedInStaff> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
                ? Optional.of(staff) : Optional.empty();
    }
}
