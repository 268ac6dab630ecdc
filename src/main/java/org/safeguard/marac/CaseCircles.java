package org.safeguard.marac;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.marac.rules.NeedToKnow;
import org.safeguard.marac.store.ReaderStore;
import org.springframework.stereotype.Component;

/**
 * Whether a member of staff is in a MARAC case's circle: the circle of its own area and meeting, or of a MARAC it was
 * later transferred to (they read the earlier hearings); never the other way (the sending MARAC does not read what
 * the receiving one learns later: the victim may have moved to get away). A case no MARAC covers yet is in every
 * coordinator's circle, since one of them must place it. The victim's IDVA and SPOC are not the circle: they read
 * the case as the victim's workers ({@link MaracReaders}).
 */
@Component
class CaseCircles {

    /** A transfer chain longer than this is a loop or a fault; the areas beyond it are not asked. */
    private static final int MOST_HEARINGS = 50;

    private final ReaderStore store;

    CaseCircles(ReaderStore store) {
        this.store = store;
    }

    boolean includes(ReaderStore.CasePlace place, String username, boolean holdsCoordinatorRole) {
        if (place.areaId() == null) {
            return holdsCoordinatorRole;
        }
        // NeedToKnow.mayReadCase with no IDVA and no SPOC answers for the circle alone.
        for (ReaderStore.CasePlace hearing : chain(place)) {
            if (NeedToKnow.mayReadCase(username, circle(hearing.areaId(), hearing.meetingId()), Optional.empty(),
                    Optional.empty())) {
                return true;
            }
        }
        return false;
    }

    /** The area's circle, with the meeting's attendees when there is a meeting; nobody when there is no area. */
    NeedToKnow.Circle circle(Long areaId, Long meetingId) {
        if (areaId == null) {
            return NeedToKnow.Circle.NOBODY;
        }
        return store.circle(areaId, meetingId == null ? List.of() : List.of(meetingId)).orElse(NeedToKnow.Circle.NOBODY);
    }

    /** The case and the cases later made from it by transfers, whose circles read it. */
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
}
