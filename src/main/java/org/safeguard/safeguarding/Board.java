package org.safeguard.safeguarding;

import java.util.List;

/**
 * A member of staff's board: the cases they are SPOC for, their open tasks (overdue first), their team's
 * overdue tasks, tasks escalated to them as supervisor, and victims of their cases contacted by too many
 * people.
 */
public record Board(List<VictimCase> myCases, List<CaseTask> myTasks, List<CaseTask> teamOverdue,
                    List<CaseTask> escalatedToMe, List<Warning> warnings) {

    public Board {
        myCases = List.copyOf(myCases);
        myTasks = List.copyOf(myTasks);
        teamOverdue = List.copyOf(teamOverdue);
        escalatedToMe = List.copyOf(escalatedToMe);
        warnings = List.copyOf(warnings);
    }

    /** A case whose victim too many people have contacted. */
    public record Warning(long caseId, String victimName, String message) {
    }
}
