package org.safeguard.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.AddressSummary;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.intake.rules.RepeatVictimRule;
import org.safeguard.intake.store.HistoryStore;
import org.safeguard.intake.store.IncidentBulkStore;
import org.safeguard.intake.store.IncidentStore;
import org.safeguard.intake.store.ResponseBulkStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents loaded in bulk (the demo generator; a migration from a legacy system) with COPY, one
 * batch per transaction, each batch in the audit log. What intake works out for a recorded incident
 * it works out here too, the same way: the caller's phone as digits, the area (the address's town)
 * and the repeat-victim flags under the force's rule, counting the victims' incidents already stored
 * and those in the batch. Import each person's incidents oldest first, so earlier ones are there to
 * count. Imported incidents are history rather than new calls: no {@link IncidentRecorded} is published
 * and no intelligence checks run. Their attendances and crime outcomes follow with {@link #importResponses}, with
 * no events either: whatever keeps figures from the events (the dashboard) is rebuilt after a bulk load.
 */
@Service
public class IncidentImport {

    private final IncidentBulkStore bulk;
    private final ResponseBulkStore responses;
    private final IncidentStore incidents;
    private final HistoryStore history;
    private final PersonRecords identity;
    private final RepeatVictimRule repeatRule;
    private final AuditTrail audit;

    IncidentImport(IncidentBulkStore bulk, ResponseBulkStore responses, IncidentStore incidents, HistoryStore history,
                   PersonRecords identity, RepeatVictimRule repeatRule, AuditTrail audit) {
        this.bulk = bulk;
        this.responses = responses;
        this.incidents = incidents;
        this.history = history;
        this.identity = identity;
        this.repeatRule = repeatRule;
        this.audit = audit;
    }

    /** Imports incidents owned by the agency; returns their new ids in the order given. */
    @Transactional
    public long[] importIncidents(List<ImportedIncident> imported, String owningAgency) {
        if (imported.isEmpty()) {
            return new long[0];
        }
        Map<Long, String> areas = areas(imported);
        Map<Long, List<Instant>> victimTimes = victimTimes(imported);
        List<IncidentBulkStore.Row> rows = new ArrayList<>(imported.size());
        for (ImportedIncident incident : imported) {
            Set<Long> repeatVictims = new HashSet<>();
            RepeatVictimRule.Status repeat = repeatStatus(incident, victimTimes, repeatVictims);
            String phone = PhoneNumbers.normalise(incident.callerPhone());
            rows.add(new IncidentBulkStore.Row(incident, phone.isEmpty() ? null : phone,
                    incident.addressId() == null ? null : areas.get(incident.addressId()),
                    repeat.repeatVictim(), repeat.specialistReview(), repeatVictims));
        }
        long[] ids = bulk.copy(rows, owningAgency);
        audit.record(AuditEvent.of("INCIDENTS_IMPORTED", "incident", null)
                .because(imported.size() + " incidents for " + owningAgency));
        return ids;
    }

    /**
     * Imports the attendance and crime outcomes of incidents already imported (by id). Refused, with nothing saved,
     * when an incident already has an attendance or an outcome names an offence not recorded on its incident.
     */
    @Transactional
    public Imported importResponses(List<ImportedResponse> imported) {
        if (imported.isEmpty()) {
            return new Imported(0, 0);
        }
        int attendances = responses.copyAttendances(imported);
        int outcomes = imported.stream().mapToInt(r -> r.outcomes().size()).sum();
        int found = responses.copyOutcomes(imported);
        if (found != outcomes) {
            throw new IllegalArgumentException((outcomes - found) + " of " + outcomes
                    + " imported outcomes name an offence not recorded on their incident (or name it twice)");
        }
        audit.record(AuditEvent.of("RESPONSES_IMPORTED", "incident", null)
                .because(attendances + " attendances and " + outcomes + " crime outcomes"));
        return new Imported(attendances, outcomes);
    }

    /** What {@link #importResponses} wrote. */
    public record Imported(int attendances, int outcomes) {
    }

    @Transactional(readOnly = true)
    public long count() {
        return incidents.countAll();
    }

    /** As for a recorded incident: the town of the address, or its postcode district when the town is blank. */
    private Map<Long, String> areas(List<ImportedIncident> imported) {
        Set<Long> addressIds = imported.stream().map(ImportedIncident::addressId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> areas = new HashMap<>();
        for (AddressSummary address : identity.addresses(addressIds)) {
            areas.put(address.id(), address.town() == null || address.town().isBlank()
                    ? address.postcode().split(" ")[0] : address.town());
        }
        return areas;
    }

    /** When each victim of a domestic abuse incident in the batch was a victim before: stored, and in the batch. */
    private Map<Long, List<Instant>> victimTimes(List<ImportedIncident> imported) {
        List<ImportedIncident> domestic = imported.stream().filter(ImportedIncident::domesticAbuse).toList();
        if (domestic.isEmpty()) {
            return Map.of();
        }
        Set<Long> victims = domestic.stream().flatMap(i -> victimsOf(i).stream()).collect(Collectors.toSet());
        Instant earliest = domestic.stream().map(ImportedIncident::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
        Map<Long, List<Instant>> times = new HashMap<>(history.victimIncidentTimes(victims, repeatRule.windowStart(earliest), null));
        for (ImportedIncident incident : domestic) {
            for (Long victim : victimsOf(incident)) {
                times.computeIfAbsent(victim, v -> new ArrayList<>()).add(incident.receivedAt());
            }
        }
        return times;
    }

    /**
     * Any victim who is a repeat victim makes the incident a repeat, as when an incident is recorded; each such victim
     * is added to {@code repeatVictims}.
     */
    private RepeatVictimRule.Status repeatStatus(ImportedIncident incident, Map<Long, List<Instant>> victimTimes,
                                                 Set<Long> repeatVictims) {
        if (!incident.domesticAbuse()) {
            return new RepeatVictimRule.Status(0, false, false);
        }
        int earlier = 0;
        boolean repeatVictim = false;
        boolean review = false;
        for (Long victim : victimsOf(incident)) {
            // The rule counts only incidents before this one, so the victim's later ones in the batch are ignored.
            RepeatVictimRule.Status status = repeatRule.apply(incident.receivedAt(), victimTimes.getOrDefault(victim, List.of()));
            earlier = Math.max(earlier, status.earlierInWindow());
            repeatVictim |= status.repeatVictim();
            if (status.repeatVictim()) {
                repeatVictims.add(victim);
            }
            review |= status.specialistReview();
        }
        return new RepeatVictimRule.Status(earlier, repeatVictim, review);
    }

    private static List<Long> victimsOf(ImportedIncident incident) {
        return incident.parties().stream().filter(p -> p.role() == PartyRole.VICTIM)
                .map(ImportedIncident.Party::personId).distinct().toList();
    }
}
