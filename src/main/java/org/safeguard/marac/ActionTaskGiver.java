package org.safeguard.marac;

import java.util.List;

import org.safeguard.marac.store.ActionStore;
import org.safeguard.marac.store.HearingStore;
import org.safeguard.marac.store.ReaderStore;
import org.safeguard.safeguarding.CaseTask;
import org.safeguard.safeguarding.TaskGiver;
import org.springframework.stereotype.Component;

/**
 * Tells safeguarding that a MARAC action's task may be cancelled by the MARAC's coordinator or chair today, whichever
 * of them agreed the action (the task's creator) — so cancelling an action always takes it off the owner's board.
 * Reads the stores only: it is asked from inside safeguarding's own facade.
 */
@Component
class ActionTaskGiver implements TaskGiver {

    private final ActionStore actions;
    private final HearingStore hearings;
    private final ReaderStore circles;

    ActionTaskGiver(ActionStore actions, HearingStore hearings, ReaderStore circles) {
        this.actions = actions;
        this.hearings = hearings;
        this.circles = circles;
    }

    @Override
    public boolean mayCancel(CaseTask task, String username) {
        if (task.kind() != CaseTask.Kind.MARAC_ACTION) {
            return false;
        }
        return actions.findByTask(task.id())
                .flatMap(action -> hearings.caseAtMeeting(action.caseId()))
                .filter(heard -> heard.areaId() != null)
                .flatMap(heard -> circles.circle(heard.areaId(),
                        heard.meetingId() == null ? List.of() : List.of(heard.meetingId())))
                .map(circle -> circle.runBy(username))
                .orElse(false);
    }
}
