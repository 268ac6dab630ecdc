package org.safeguard.safeguarding;

import java.time.Instant;
import java.util.List;
import org.safeguard.intake.Incident;

/**
 * Everything on a victim's case page: the case and its SPOC, the incidents (with suspects and
 * children), the SPOC history, the contact log and its warning, the safety plan, the tasks and one
 * timeline of it all.
 *
 * @param contactWarning why the victim may be contacted by too many people, or null
 */
public record CaseFile(VictimCase victimCase, List<Incident> incidents, List<SpocChange> spocChanges,
                       List<CaseContact> contacts, String contactWarning, List<SafetyMeasure> safetyPlan,
                       List<CaseTask> tasks, List<TimelineEntry> timeline) {

    public CaseFile {
        incidents = List.copyOf(incidents);
        spocChanges = List.copyOf(spocChanges);
        contacts = List.copyOf(contacts);
        safetyPlan = List.copyOf(safetyPlan);
        tasks = List.copyOf(tasks);
        timeline = List.copyOf(timeline);
    }

    /** One thing that happened on the case, newest first on the page. */
    public record TimelineEntry(Instant at, String what) {
    }
}
