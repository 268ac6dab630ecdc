package org.safeguard.marac;

import org.safeguard.safeguarding.TaskCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where the MARAC hears that an action's owner finished it: safeguarding's {@code TaskCompleted} for a MARAC action
 * task marks the action done with the owner's outcome. Runs after the task's transaction commits, in its own, and is
 * retried from the event registry; a second delivery finds the action done already and changes nothing.
 */
@Component
class ActionEvents {

    private final MaracHearings hearings;

    ActionEvents(MaracHearings hearings) {
        this.hearings = hearings;
    }

    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        hearings.taskCompleted(completed);
    }
}
