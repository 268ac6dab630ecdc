package org.safeguard.safeguarding;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.safeguarding.store.CaseBulkStore;
import org.safeguard.safeguarding.store.CaseStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victims' cases loaded in bulk (the demo generator; a migration from a legacy system) with COPY, one
 * batch per transaction, the batch in the audit log once. Each case comes with its whole history: the
 * incidents, every SPOC it has had, contacts and tasks. The batch is checked first against the rules the
 * database keeps (one open case per victim, a named SPOC with a reason and a handover note for every
 * change, a closed case has when and why, every task an owner, a done task when and by whom), so a bad
 * case refuses the batch with a message rather than a failed COPY. Imported cases are history: no events,
 * no allocation, no tasks made from them. Called by code, not by users, so no role is checked.
 */
@Service
public class CaseImport {

    private final CaseBulkStore bulk;
    private final CaseStore cases;
    private final AuditTrail audit;

    CaseImport(CaseBulkStore bulk, CaseStore cases, AuditTrail audit) {
        this.bulk = bulk;
        this.cases = cases;
        this.audit = audit;
    }

    /**
     * Imports the cases; returns their ids in the order given. Refused (nothing written) when one breaks a
     * rule above, or opens a second open case for a victim, in the batch or with a case already stored.
     */
    @Transactional
    public long[] importCases(List<ImportedCase> imported) {
        if (imported.isEmpty()) {
            return new long[0];
        }
        Set<Long> openVictims = new HashSet<>();
        for (int n = 0; n < imported.size(); n++) {
            ImportedCase c = imported.get(n);
            check(n, c);
            if (c.open() && !openVictims.add(c.victimId())) {
                throw refused(n, "victimId", "victim " + c.victimId() + " has another open case in the batch");
            }
        }
        Map<Long, VictimCase> alreadyOpen = cases.openFor(openVictims);
        if (!alreadyOpen.isEmpty()) {
            VictimCase open = alreadyOpen.values().iterator().next();
            throw InvalidRequest.of("victimId", "Victim " + open.victimId() + " already has an open case (" + open.id()
                    + "); a victim has one open case at a time");
        }
        long[] ids = bulk.copy(imported);
        long open = imported.stream().filter(ImportedCase::open).count();
        audit.record(AuditEvent.of("CASES_IMPORTED", "case", null)
                .because(imported.size() + " cases (" + open + " open)"));
        return ids;
    }

    private static void check(int n, ImportedCase c) {
        text(n, "victimName", c.victimName(), 200);
        text(n, "owningAgency", c.owningAgency(), 40);
        require(n, c.area() == null || c.area().length() <= 100, "area", "the area is longer than 100 characters");
        require(n, c.openedAt() != null, "openedAt", "no time the case opened");
        require(n, (c.riskLevel() == null) == (c.riskAssessedAt() == null), "riskLevel",
                "a level of risk needs the time it was assessed, and only a level has one");
        Set<Long> linked = new HashSet<>();
        for (ImportedCase.LinkedIncident incident : c.incidents()) {
            require(n, incident.receivedAt() != null, "incidents", "an incident with no time received");
            require(n, linked.add(incident.incidentId()), "incidents", "incident " + incident.incidentId() + " twice");
        }
        checkSpocs(n, c);
        if (c.open()) {
            require(n, c.closedReason() == null && c.closedBy() == null, "closedAt",
                    "a reason or closer for closing, but no time it closed");
        } else {
            require(n, !c.closedAt().isBefore(c.openedAt()), "closedAt", "closed before it opened");
            text(n, "closedReason", c.closedReason(), 1000);
            require(n, c.closedBy() == null || c.closedBy().length() <= 100, "closedBy",
                    "the closer's username is longer than 100 characters");
        }
        for (ImportedCase.Contact contact : c.contacts()) {
            text(n, "contacts", contact.madeBy(), 100);
            text(n, "contacts", contact.madeByName(), 200);
            text(n, "contacts", contact.agency(), 200);
            text(n, "contacts", contact.owningAgency(), 40);
            text(n, "contacts", contact.purpose(), 500);
            text(n, "contacts", contact.outcome(), 2000);
            require(n, contact.contactedAt() != null && contact.recordedAt() != null && contact.channel() != null,
                    "contacts", "a contact needs when it was made, when it was recorded and how it was made");
        }
        for (ImportedCase.Task task : c.tasks()) {
            require(n, task.kind() != null, "tasks", "a task with no kind");
            text(n, "tasks", task.title(), 300);
            require(n, task.owner() != null && !task.owner().isBlank() && task.owner().length() <= 100, "tasks",
                    "every task has one owner");
            require(n, task.ownerTeam() == null || task.ownerTeam().length() <= 200, "tasks",
                    "the owner's team is longer than 200 characters");
            text(n, "tasks", task.createdBy(), 100);
            require(n, task.createdAt() != null && task.dueAt() != null, "tasks", "a task needs when it was set and when it is due");
            if (task.done() != null) {
                require(n, task.done().doneAt() != null, "tasks", "a done task needs when it was done");
                text(n, "tasks", task.done().doneBy(), 100);
                text(n, "tasks", task.done().outcome(), 2000);
            }
        }
    }

    /** A named SPOC throughout, changes in time order from the opening, each with who, why and a handover note. */
    private static void checkSpocs(int n, ImportedCase c) {
        require(n, !c.spocHistory().isEmpty(), "spocHistory", "a case always has a SPOC");
        Instant previous = c.openedAt();
        for (ImportedCase.SpocEntry entry : c.spocHistory()) {
            text(n, "spocHistory", entry.username(), 100);
            text(n, "spocHistory", entry.name(), 200);
            text(n, "spocHistory", entry.changedBy(), 100);
            text(n, "spocHistory", entry.reason(), 1000);
            text(n, "spocHistory", entry.handoverNote(), 4000);
            require(n, entry.team() == null || entry.team().length() <= 200, "spocHistory", "a SPOC's team is too long");
            require(n, entry.contactRoute() == null || entry.contactRoute().length() <= 300, "spocHistory",
                    "a SPOC's contact route is too long");
            require(n, entry.since() != null && !entry.since().isBefore(previous), "spocHistory",
                    "the SPOC changes must be in time order, none before the case opened");
            previous = entry.since();
        }
        require(n, c.open() || !previous.isAfter(c.closedAt()), "spocHistory", "a SPOC change after the case closed");
    }

    private static void text(int n, String field, String value, int max) {
        require(n, value != null && !value.isBlank(), field, "a required text is blank");
        require(n, value.length() <= max, field, "a text is longer than " + max + " characters");
    }

    private static void require(int n, boolean condition, String field, String problem) {
        if (!condition) {
            throw refused(n, field, problem);
        }
    }

    private static InvalidRequest refused(int n, String field, String problem) {
        return InvalidRequest.of(field, "Case " + n + " of the batch: " + problem);
    }
}
