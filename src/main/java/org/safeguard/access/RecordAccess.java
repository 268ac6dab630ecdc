package org.safeguard.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Need to know, in one place: what the signed-in reader may see of a person's records (the policy table, the
 * reader's relationships from every {@link RelationshipSource}, the restrictions in force, grants and break-glass),
 * access requests to the record's owner, break-glass and its review queue, restrictions, and the notices staff are
 * sent. Every decision that closes something, every request, grant, break-glass and restriction is audited.
 */
@Service
public class RecordAccess {

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("not built yet");
    }

    // ---- Deciding

    /** What the signed-in reader may see of the person's record of this type, on screen. */
    public AccessDecision decide(RecordType type, long personId) {
        return decide(type, personId, Purpose.SCREEN);
    }

    /** What the signed-in reader may see of the person's record of this type, for the purpose. */
    public AccessDecision decide(RecordType type, long personId, Purpose purpose) {
        throw notYet();
    }

    /**
     * The decision, when the reader may see more than that the record exists; otherwise {@link RecordLocked} (the
     * refusal audited as {@code RECORD_ACCESS_REFUSED} in a transaction of its own, so it survives the refusal).
     */
    public AccessDecision requireReadable(RecordType type, long personId) {
        throw notYet();
    }

    /**
     * Of these people, those whose records of this type the reader sees only as existing (for lists, boards, agendas:
     * show "Restricted record" in place of their name). Unrestricted people are never closed by this call.
     */
    public Set<Long> closedAmong(RecordType type, Collection<Long> personIds) {
        throw notYet();
    }

    /** The restrictions in force on each of these people (any linked record), whoever reads: for printing and exports. */
    public Map<Long, Set<Restriction>> restrictionsOf(Collection<Long> personIds) {
        throw notYet();
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
    public PersonRestriction restrict(long personId, Restriction kind, String reason, List<String> namedReaders) {
        throw notYet();
    }

    /** Lifts a restriction with a reason; the restriction stays in the record's history. */
    public void lift(long restrictionId, String reason, int version) {
        throw notYet();
    }

    /** The restrictions in force on the person (any linked record). */
    public List<PersonRestriction> restrictionsOn(long personId) {
        throw notYet();
    }

    // ---- The policy and notices

    /** The access policy as a table (administrators). */
    public List<PolicyRule> policy() {
        throw notYet();
    }

    /** The signed-in user's notices, newest first. */
    public List<StaffNotice> myNotices() {
        throw notYet();
    }
}
