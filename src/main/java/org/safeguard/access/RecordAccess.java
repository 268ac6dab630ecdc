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
import org.safeguard.access.store.GrantStore;
import org.safeguard.access.store.OrganisationStore;
import org.safeguard.access.store.RestrictionStore;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
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
    private final OrganisationStore organisation;
    private final StaffAccountStore accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<Long, AgencyKind> agencyKinds = new ConcurrentHashMap<>();

    RecordAccess(AccessPolicy policy, ObjectProvider<RelationshipSource> sources, ObjectProvider<LinkedRecords> linkage,
                 RestrictionStore restrictionStore, GrantStore grants, OrganisationStore organisation,
                 StaffAccountStore accounts, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.policy = policy;
        this.sources = sources;
        this.linkage = linkage;
        this.restrictionStore = restrictionStore;
        this.grants = grants;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        // A refusal is audited in a transaction of its own, so it survives the refusal rolling back the caller's.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("not built yet");
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
    public AccessRequest requestAccess(RecordType type, long personId, String reason) {
        throw notYet();
    }

    /** Requests waiting for the signed-in user's answer (theirs as owner; a supervisor's team's and unowned ones). */
    public List<AccessRequest> requestsToAnswer() {
        throw notYet();
    }

    /** The signed-in user's own requests, newest first. */
    public List<AccessRequest> myRequests() {
        throw notYet();
    }

    /** Grants (for the default period) or refuses a request; a stale version is a concurrent edit. */
    public AccessRequest answer(long requestId, boolean grant, String note, int version) {
        throw notYet();
    }

    // ---- Break-glass

    /** Opens the record in an emergency for the default period (1 hour); a reason is required; owner and supervisor told. */
    public BreakGlass breakGlass(RecordType type, long personId, String reason) {
        throw notYet();
    }

    /** Break-glass not yet reviewed, oldest first (supervisors). */
    public List<BreakGlass> reviewQueue() {
        throw notYet();
    }

    /** A supervisor's judgement on a break-glass. */
    public BreakGlass review(long breakGlassId, BreakGlass.Review review, String note, int version) {
        throw notYet();
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
        audit.record(AuditEvent.of("RECORD_RESTRICTED", "person", personId).because(kind.name() + ": " + reason.strip()));
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
                .because(restriction.kind().name() + ": " + reason.strip()));
    }

    /** The restrictions in force on the person (any linked record). */
    @Transactional(readOnly = true)
    public List<PersonRestriction> restrictionsOn(long personId) {
        return restrictionStore.inForce(linkedOrMissing(personId));
    }

    // ---- The policy and notices

    /** The access policy as a table (administrators). */
    public List<PolicyRule> policy() {
        return policy.rules();
    }

    /** The signed-in user's notices, newest first. */
    public List<StaffNotice> myNotices() {
        throw notYet();
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

    private void auditOnItsOwn(AuditEvent event) {
        ownTransaction.executeWithoutResult(status -> audit.record(event));
    }

    private static Optional<SignedInStaff> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
                ? Optional.of(staff) : Optional.empty();
    }
}
