package org.safeguard.safeguarding;

import java.util.List;
import java.util.Set;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;

/**
 * What of a case leaves the facade for a reader who may not see every field group: the redaction is done here, before
 * the page, so a template can never show what the reader may not see. What was said in a contact (and so any phone
 * number or arrangement in it) is contact details; the detail of a safety plan measure (a refuge, a safe route) is
 * contact details and current address; the risk level is risk.
 */
final class CaseRedaction {

    static final String RESTRICTED = "Restricted record";

    private CaseRedaction() {
    }

    /** The case with its risk level removed when the reader may not see even the level. */
    static VictimCase caseAsSeen(AccessDecision decision, VictimCase victimCase) {
        if (decision.of(FieldGroup.RISK) != org.safeguard.access.Visibility.EXISTS_ONLY) {
            return victimCase;
        }
        return new VictimCase(victimCase.id(), victimCase.victimId(), victimCase.victimName(), victimCase.status(),
                victimCase.openedAt(), victimCase.closedAt(), victimCase.closedReason(), victimCase.area(), null, null,
                victimCase.spoc(), victimCase.version());
    }

    /** The contacts; without contact details, only who made each and when and how, not what was said. */
    static List<CaseContact> contactsAsSeen(AccessDecision decision, List<CaseContact> contacts) {
        if (decision.sees(FieldGroup.CONTACT_DETAILS)) {
            return contacts;
        }
        return contacts.stream().map(c -> new CaseContact(c.id(), c.madeBy(), c.madeByName(), c.agency(), c.contactedAt(),
                c.channel(), null, null, c.recordedAt())).toList();
    }

    /** The SPOC history; without contact details, the handover notes (which carry safe contact arrangements) withheld. */
    static List<SpocChange> changesAsSeen(AccessDecision decision, List<SpocChange> changes) {
        if (decision.sees(FieldGroup.CONTACT_DETAILS)) {
            return changes;
        }
        return changes.stream().map(c -> new SpocChange(c.id(), c.fromUsername(), c.toUsername(), c.toName(),
                c.changedBy(), c.changedAt(), c.reason(), null, c.automatic())).toList();
    }

    /** The safety plan; without contact details and current address, each measure's kind, owner and status only. */
    static List<SafetyMeasure> planAsSeen(AccessDecision decision, List<SafetyMeasure> plan) {
        if (decision.sees(FieldGroup.CONTACT_DETAILS) && decision.sees(FieldGroup.CURRENT_ADDRESS)) {
            return plan;
        }
        return plan.stream().map(m -> new SafetyMeasure(m.id(), m.kind(), null, m.owner(), m.status(), m.updatedBy(),
                m.updatedAt(), m.version())).toList();
    }

    /** A task as a list shows it: on a case whose victim the reader may not see, the title (which names them) withheld. */
    static CaseTask taskAsSeen(CaseTask task, Set<Long> closedCases) {
        if (!closedCases.contains(task.caseId())) {
            return task;
        }
        return new CaseTask(task.id(), task.caseId(), RESTRICTED, task.kind(), "A task on a restricted record",
                task.owner(), task.ownerTeam(), task.dueAt(), task.status(), task.createdAt(), task.createdBy(),
                task.escalatedAt(), task.escalatedTo(), task.doneAt(), task.doneBy(), null, task.version());
    }
}
