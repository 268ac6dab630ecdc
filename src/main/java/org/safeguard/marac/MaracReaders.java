package org.safeguard.marac;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
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
 */
@Component
public class MaracReaders {

    /** A transfer chain longer than this is a loop or a fault; the areas beyond it are not asked. */
    private static final int MOST_HEARINGS = 50;

    private final ReaderStore store;
    private final Referrals referrals;
    private final Cases cases;
    private final AuditTrail audit;

    MaracReaders(ReaderStore store, Referrals referrals, Cases cases, AuditTrail audit) {
        this.store = store;
        this.referrals = referrals;
        this.cases = cases;
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
        ReaderStore.CasePlace place = store.placeOf(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        String me = me();
        if (place.areaId() == null) {
            VictimsWorkers workers = workersOf(place.victimId());
            return NeedToKnow.mayReadUnplacedCase(me, SignedInStaff.current().holds(Role.MARAC_COORDINATOR), workers.idva(),
                    workers.spoc());
        }
        List<ReaderStore.CasePlace> hearings = chain(place);
        // The circles first: they are this module's own rows; the victim's workers are other modules' answers.
        for (ReaderStore.CasePlace hearing : hearings) {
            if (NeedToKnow.mayReadCase(me, circle(hearing.areaId(), hearing.meetingId()), Optional.empty(), Optional.empty())) {
                return true;
            }
        }
        VictimsWorkers workers = workersOf(place.victimId());
        return NeedToKnow.mayReadCase(me, NeedToKnow.Circle.NOBODY, workers.idva(), workers.spoc());
    }

    /** Throws (and audits) unless the signed-in user may read the meeting. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public void requireMeeting(long meetingId) {
        if (!mayReadMeeting(meetingId)) {
            refuse("marac-meeting", meetingId, "Only the MARAC's coordinator, chair, representatives and attendees may "
                    + "read this meeting");
        }
    }

    /** Throws (and audits) unless the signed-in user may read the case's research and minutes. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public void requireCase(long caseId) {
        if (!mayReadCase(caseId)) {
            refuse("marac-case", caseId, "Only the MARAC's coordinator, chair, representatives and attendees, and the "
                    + "victim's IDVA and SPOC, may read this case");
        }
    }

    // ---- For this module's facades

    /** The area's circle, with the meeting's attendees when there is a meeting; nobody when there is no area. */
    NeedToKnow.Circle circle(Long areaId, Long meetingId) {
        if (areaId == null) {
            return NeedToKnow.Circle.NOBODY;
        }
        return store.circle(areaId, meetingId == null ? List.of() : List.of(meetingId)).orElse(NeedToKnow.Circle.NOBODY);
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

    /**
     * The case and the cases later made from it by transfers (the victim moved on): their circles read this earlier
     * case, so a receiving MARAC reads the hearings before it came; a case's own circle never reads a later one, which
     * is not in its chain.
     */
    private List<ReaderStore.CasePlace> chain(ReaderStore.CasePlace place) {
        List<ReaderStore.CasePlace> chain = new ArrayList<>();
        Deque<ReaderStore.CasePlace> next = new ArrayDeque<>(List.of(place));
        Set<Long> seen = new HashSet<>();
        while (!next.isEmpty() && seen.size() < MOST_HEARINGS) {
            ReaderStore.CasePlace at = next.pop();
            if (seen.add(at.caseId())) {
                chain.add(at);
                next.addAll(store.transferredOnFrom(at.caseId()));
            }
        }
        return chain;
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
