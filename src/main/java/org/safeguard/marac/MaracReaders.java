package org.safeguard.marac;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordType;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.Visibility;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.directory.ServiceKind;
import org.safeguard.marac.rules.NeedToKnow;
import org.safeguard.marac.store.ReaderStore;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.referral.Referrals;
import org.safeguard.safeguarding.Cases;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers whether the signed-in user may read a MARAC meeting's agenda, research and minutes, or one case's
 * ({@link NeedToKnow}); a refusal is audited (in its own transaction, so it stays when the refused work rolls back).
 * A case is read by its own circle and by the circles of the MARACs it was later transferred to (they read the
 * earlier hearings); never the other way: the sending MARAC does not read what the receiving one learns later (the
 * victim may have moved to get away). A case no MARAC covers yet is read by the coordinators who must place it.
 * A case's research and minutes are read only when the access policy agrees too (issue 10: the MARAC field group of
 * the victim's MARAC_CASE record is not closed to the reader).
 */
@Component
public class MaracReaders {

    static final String NOT_THE_CASES_CIRCLE = "Only the MARAC's coordinator, chair, representatives and attendees, and the "
            + "victim's IDVA and SPOC, may read this case";

    private final ReaderStore store;
    private final CaseCircles circles;
    private final Referrals referrals;
    private final Cases cases;
    private final RecordAccess access;
    private final AuditTrail audit;

    MaracReaders(ReaderStore store, CaseCircles circles, Referrals referrals, Cases cases, RecordAccess access,
                 AuditTrail audit) {
        this.store = store;
        this.circles = circles;
        this.referrals = referrals;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    /** The victim's IDVA (their accepted IDVA referral's worker) and the SPOC of their open case, where they have them. */
    record VictimsWorkers(Optional<String> idva, Optional<String> spoc) {
    }

    @Transactional(readOnly = true)
    public boolean mayReadMeeting(long meetingId) {
        long areaId = store.areaOfMeeting(meetingId).orElseThrow(() -> new RecordNotFound("meeting", meetingId));
        return NeedToKnow.mayReadMeeting(me(), circle(areaId, meetingId));
    }

    @Transactional(readOnly = true)
    public boolean mayReadCase(long caseId) {
        ReaderStore.CasePlace place = place(caseId);
        SignedInStaff me = SignedInStaff.current();
        // The circles first: they are this module's own rows; the victim's workers are other modules' answers.
        if (circles.includes(place, me.username(), me.holds(Role.MARAC_COORDINATOR))) {
            return true;
        }
        VictimsWorkers workers = workersOf(place.victimId());
        return NeedToKnow.mayReadCase(me.username(), NeedToKnow.Circle.NOBODY, workers.idva(), workers.spoc());
    }

    /** Throws (and audits) unless the signed-in user may read the meeting. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public void requireMeeting(long meetingId) {
        if (!mayReadMeeting(meetingId)) {
            refuse("marac-meeting", meetingId, "Only the MARAC's coordinator, chair, representatives and attendees may "
                    + "read this meeting");
        }
    }

    /**
     * Throws (and audits) unless the signed-in user may read the case's research and minutes: both this module's
     * circle ({@link NeedToKnow}) and the access policy (the MARAC field group of the victim's MARAC_CASE record) must
     * agree. Someone who may see only that the victim's record exists is shown the locked-down record, with the way
     * to ask for access. Returns the access decision, for what the page shows of the victim.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public AccessDecision requireCase(long caseId) {
        long victimId = place(caseId).victimId();
        boolean inCircle = mayReadCase(caseId);
        AccessDecision decision = access.decide(RecordType.MARAC_CASE, victimId);
        if (!inCircle) {
            audit.record(AuditEvent.of("MARAC_ACCESS_REFUSED", "marac-case", caseId));
            if (decision.locked()) {
                access.requireReadable(RecordType.MARAC_CASE, victimId);
            }
            throw new AccessDeniedException(NOT_THE_CASES_CIRCLE);
        }
        if (decision.locked()) {
            access.requireReadable(RecordType.MARAC_CASE, victimId);
        }
        if (decision.of(FieldGroup.MARAC) == Visibility.EXISTS_ONLY) {
            refuse("marac-case", caseId, "the access policy", "The victim's record is restricted: its MARAC research "
                    + "and minutes are not open to you");
        }
        return decision;
    }

    // ---- For this module's facades

    /** The area's circle, with the meeting's attendees when there is a meeting; nobody when there is no area. */
    NeedToKnow.Circle circle(Long areaId, Long meetingId) {
        return circles.circle(areaId, meetingId);
    }

    VictimsWorkers workersOf(long victimId) {
        return new VictimsWorkers(referrals.assignedWorker(victimId, ServiceKind.IDVA), cases.spocOf(victimId));
    }

    /** The other way round: the victims whose IDVA or SPOC the user is (those {@link #workersOf} names them for). */
    Set<Long> victimsWorkedBy(String username) {
        Set<Long> victims = new HashSet<>(referrals.victimsAssignedTo(username, ServiceKind.IDVA));
        victims.addAll(cases.victimsWithSpoc(username));
        return victims;
    }

    /** Throws (and audits) unless the signed-in user is the area's coordinator or chair. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    void requireRunBy(NeedToKnow.Circle circle, String subjectType, long subjectId, String what) {
        if (!circle.runBy(me())) {
            refuse(subjectType, subjectId, "Only the MARAC's coordinator or chair can " + what);
        }
    }

    /** Audits the refusal, then throws it. The audit row is kept even though the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    void refuse(String subjectType, long subjectId, String message) {
        refuse(subjectType, subjectId, null, message);
    }

    /** As {@link #refuse(String, long, String)}, with why it was refused (a fixed phrase, never typed text). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    void refuse(String subjectType, long subjectId, String why, String message) {
        AuditEvent event = AuditEvent.of("MARAC_ACCESS_REFUSED", subjectType, subjectId);
        audit.record(why == null ? event : event.because(why));
        throw new AccessDeniedException(message);
    }

    private ReaderStore.CasePlace place(long caseId) {
        return store.placeOf(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
