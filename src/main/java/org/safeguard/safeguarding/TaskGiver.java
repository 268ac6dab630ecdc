package org.safeguard.safeguarding;

/**
 * A module that puts tasks on staff boards (the MARAC, for its actions) and says who else may cancel a task it gave,
 * beyond the task's creator, a supervisor and a specialist: a MARAC's coordinator and chair run its action plan
 * together and either may have made the task. Declare a bean implementing this; safeguarding asks it, in the
 * cancelling transaction, without knowing the module. It never widens who may mark a task done.
 */
public interface TaskGiver {

    /** Whether this user may cancel the task because they run, in the giving module, the work it came from. */
    boolean mayCancel(CaseTask task, String username);
}
