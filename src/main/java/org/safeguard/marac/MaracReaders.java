package org.safeguard.marac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * ({@link NeedToKnow}); a refusal is audited. A case joined to others by transfers is read by the circles of every
 * area it passed through.
 */
@Component
public class MaracReaders {

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

    @Transactional(readOnly = true)
    public boolean mayReadMeeting(long meetingId) {
        long areaId = store.areaOfMeeting(meetingId).orElseThrow(() -> new RecordNotFound("meeting", meetingId));
        return store.circle(areaId, List.of(meetingId))
                .map(circle -> NeedToKnow.mayReadMeeting(me(), circle)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayReadCase(long caseId) {
        ReaderStore.CasePlace place = store.placeOf(caseId).orElseThrow(() -> new RecordNotFound("MARAC case", caseId));
        String me = me();
        Optional<String> idva = referrals.assignedWorker(place.victimId(), ServiceKind.IDVA);
        Optional<String> spoc = cases.spocOf(place.victimId());
        for (ReaderStore.CasePlace hearing : chain(place)) {
            List<Long> meetings = hearing.meetingId() == null ? List.of() : List.of(hearing.meetingId());
            Optional<NeedToKnow.Circle> circle = hearing.areaId() == null ? Optional.empty()
                    : store.circle(hearing.areaId(), meetings);
            NeedToKnow.Circle around = circle.orElse(new NeedToKnow.Circle("", "", java.util.Set.of(), java.util.Set.of()));
            if (NeedToKnow.mayReadCase(me, around, idva, spoc)) {
                return true;
            }
        }
        return false;
    }

    /** Throws (and audits) unless the signed-in user may read the meeting. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public void requireMeeting(long meetingId) {
        if (!mayReadMeeting(meetingId)) {
            audit.record(AuditEvent.of("MARAC_ACCESS_REFUSED", "marac-meeting", meetingId));
            throw new AccessDeniedException("Only the MARAC's coordinator, chair, representatives and attendees may read this meeting");
        }
    }

    /** Throws (and audits) unless the signed-in user may read the case's research and minutes. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = AccessDeniedException.class)
    public void requireCase(long caseId) {
        if (!mayReadCase(caseId)) {
            audit.record(AuditEvent.of("MARAC_ACCESS_REFUSED", "marac-case", caseId));
            throw new AccessDeniedException("Only the MARAC's coordinator, chair, representatives and attendees, and the "
                    + "victim's IDVA and SPOC, may read this case");
        }
    }

    /** The case and every case joined to it by transfers, either way (a receiving MARAC reads the earlier hearings). */
    private List<ReaderStore.CasePlace> chain(ReaderStore.CasePlace place) {
        List<ReaderStore.CasePlace> chain = new ArrayList<>();
        java.util.Deque<ReaderStore.CasePlace> next = new java.util.ArrayDeque<>(List.of(place));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (!next.isEmpty() && seen.size() < 50) {
            ReaderStore.CasePlace at = next.pop();
            if (!seen.add(at.caseId())) {
                continue;
            }
            chain.add(at);
            if (at.transferredFrom() != null) {
                store.placeOf(at.transferredFrom()).ifPresent(next::add);
            }
            next.addAll(store.transferredOnFrom(at.caseId()));
        }
        return chain;
    }

    private static String me() {
        return SignedInStaff.current().username();
    }
}
