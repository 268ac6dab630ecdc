package org.safeguard.safeguarding;

import java.time.Instant;
import java.util.List;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.Restriction;
import org.safeguard.intake.Incident;

/**
 * Everything on a victim's case page: the case and its SPOC, the incidents (with suspects and
 * children), the SPOC history, the contact log and its warning, the safety plan, the tasks and one
 * timeline of it all.
 *
 * @param contactWarning why the victim may be contacted by too many people, or null
 * @param access         what the reader may see of the victim's case (contacts and the plan come already redacted)
 */
public record CaseFile(VictimCase victimCase, List<Incident> incidents, List<SpocChange> spocChanges,
                       List<CaseContact> contacts, String contactWarning, List<SafetyMeasure> safetyPlan,
                       List<CaseTask> tasks, List<TimelineEntry> timeline, AccessDecision access) {

    public CaseFile {
        incidents = List.copyOf(incidents);
        spocChanges = List.copyOf(spocChanges);
        contacts = List.copyOf(contacts);
        safetyPlan = List.copyOf(safetyPlan);
        tasks = List.copyOf(tasks);
        timeline = List.copyOf(timeline);
    }

    /** Whether the reader sees what was said in each contact. */
    public boolean showsContactDetails() {
        return access.sees(FieldGroup.CONTACT_DETAILS);
    }

    /**
     * The victim's current address in words for this reader: where it is kept (the person record) when they may see
     * it, withheld otherwise, and said to be confidential (a refuge or sanctuary) when it is.
     */
    public String addressInWords() {
        boolean confidential = access.restricted(Restriction.CONFIDENTIAL_ADDRESS);
        if (access.sees(FieldGroup.CURRENT_ADDRESS)) {
            return confidential ? "Confidential address (refuge or sanctuary): on the person record, never to be printed"
                    : "On the person record";
        }
        return confidential ? "Withheld: confidential address" : "Not shown to you";
    }

    /** One thing that happened on the case, newest first on the page. */
    public record TimelineEntry(Instant at, String what) {
    }
}
