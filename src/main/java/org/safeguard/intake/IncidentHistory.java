package org.safeguard.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.history.CounterAllegations;
import org.safeguard.intake.history.HistoryAssembler;
import org.safeguard.intake.store.HistoryStore;
import org.safeguard.intake.store.OffendingStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history panel's API: everything known about a phone, an address (and the other flats in its
 * building) and a person, as the operator types. Each lookup is in the audit log with what was searched.
 */
@Service
public class IncidentHistory {

    private static final java.time.Duration LOOKUP_TIME_LIMIT = java.time.Duration.ofSeconds(2);

    private final HistoryAssembler assembler;
    private final HistoryStore store;
    private final OffendingStore offending;
    private final CounterAllegations counterAllegations;
    private final AuditTrail audit;
    private final Clock clock;

    IncidentHistory(HistoryAssembler assembler, HistoryStore store, OffendingStore offending, CounterAllegations counterAllegations,
                    AuditTrail audit, Clock clock) {
        this.assembler = assembler;
        this.store = store;
        this.offending = offending;
        this.counterAllegations = counterAllegations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * When each person was the victim of a domestic abuse incident received from {@code since} on: times
     * only, for rules that count call-outs (the risk module's potential escalation). The caller audits
     * the work it does with them.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Instant>> victimCallOutTimes(Collection<Long> personIds, Instant since) {
        return store.victimIncidentTimes(personIds, since, null);
    }

    /**
     * The incidents in which the person is a suspect, newest first (at most 500): for another module to
     * find whom a decision about a suspect affects. The caller audits its use.
     */
    @Transactional(readOnly = true)
    public List<Long> incidentsWithSuspect(long personId) {
        return store.suspectIncidents(personId, 500);
    }

    /**
     * Every suspect's domestic abuse offending received from {@code since} on (one row per incident,
     * suspect and victim), handed to {@code each} as it streams from the database: for a ranking of every
     * perpetrator at once. Person records, not linked people: the caller groups them. The caller audits its use.
     */
    @Transactional(readOnly = true)
    public void eachOffending(Instant since, java.util.function.Consumer<Offending> each) {
        offending.eachOffending(since, each);
    }

    /** The domestic abuse offending of these suspect records received from {@code since} on. The caller audits its use. */
    @Transactional(readOnly = true)
    public List<Offending> offending(Collection<Long> suspectIds, Instant since) {
        return offending.offending(suspectIds, since);
    }

    /**
     * Every incident in which any of these person records is a suspect, newest first (at most {@code limit}),
     * with its victims and offences. The caller audits its use.
     */
    @Transactional(readOnly = true)
    public List<SuspectIncident> incidentsAsSuspect(Collection<Long> suspectRecordIds, int limit) {
        return store.asSuspect(suspectRecordIds, limit);
    }

    /** The history for what has been typed so far; empty when nothing searchable has been typed. */
    @PreAuthorize(Incidents.WORKS_INCIDENTS)
    @Transactional
    public History lookUp(HistoryQuery query) {
        if (query.isEmpty()) {
            return History.EMPTY;
        }
        store.limitStatementTime(LOOKUP_TIME_LIMIT);
        History found = assembler.assemble(query, clock.instant(), null);
        audit.record(AuditEvent.of("HISTORY_LOOKED_UP", "history", null).because(String.join("; ", found.searched())
                + (found.possibleMatches().isEmpty() ? "" : "; possible matches shown: person "
                + found.possibleMatches().stream().map(m -> Long.toString(m.personId())).collect(Collectors.joining(", ")))));
        return found;
    }

    /**
     * Everyone the person (with every record linked to theirs) has reported who has also reported them:
     * each recorded as the victim with the other as the suspect, in different incidents. The latest first.
     */
    @PreAuthorize(Incidents.WORKS_INCIDENTS)
    @Transactional
    public List<CounterAllegation> counterAllegations(long personId) {
        store.limitStatementTime(LOOKUP_TIME_LIMIT);
        List<CounterAllegation> found = counterAllegations.among(List.of(personId)).stream()
                .map(CounterAllegations.Found::allegation).toList();
        audit.record(AuditEvent.of("COUNTER_ALLEGATIONS_LOOKED_UP", "person", personId)
                .because(found.size() == 1 ? "1 counter-allegation" : found.size() + " counter-allegations"));
        return found;
    }
}
