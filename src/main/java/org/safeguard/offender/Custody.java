package org.safeguard.offender;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.offender.rules.CustodyRules;
import org.safeguard.offender.store.CustodyStore;
import org.safeguard.platform.InvalidRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody events: arrested, charged, bailed, released under investigation, remanded, released from custody
 * or prison. Each recorded event is published as a {@link CustodyDecision}, which safeguarding turns into the
 * victims' Victims' Code tasks. An event for an unknown person, in the future, or under a reference already
 * recorded for another event is refused; the same event sent twice adds nothing.
 */
@Service
public class Custody {

    /** The most events one import may carry: a larger batch is split by the sender. */
    public static final int MAX_IMPORT = 1000;
    private static final int MAX_EVENTS_SHOWN = 500;

    private final CustodyStore store;
    private final PersonRecords people;
    private final PersonLinks links;
    private final ReadableRecords readable;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Custody(CustodyStore store, PersonRecords people, PersonLinks links, ReadableRecords readable, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.links = links;
        this.readable = readable;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An event typed on a page. Without a reference one is made from the event's id; with one already recorded,
     * the same decision about the same person at the same time is the form sent twice and gives the event kept the
     * first time; anything else under that reference is refused.
     */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public CustodyEvent record(NewCustodyEvent typed) {
        Instant now = clock.instant();
        InvalidRequest.Check check = new InvalidRequest.Check();
        CustodyRules.check(typed, "", false, now, known(typed == null ? List.of() : List.of(typed)), check);
        check.throwIfAny();
        String reference = CustodyRules.referenceOf(typed);
        if (reference != null) {
            Optional<CustodyEvent> earlier = repeatOf(typed, reference, CustodyEvent.Source.PAGE, "reference");
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return keep(typed, reference, CustodyEvent.Source.PAGE, "reference", now)
                .orElseGet(() -> repeatOf(typed, reference, CustodyEvent.Source.PAGE, "reference").orElseThrow());
    }

    /**
     * Events from another system (custody, prison, court): all checked first; refused as a whole, nothing kept.
     * An event whose reference is already recorded for the same person, decision and time (this import or an
     * earlier one) is counted as already recorded and passed on to nobody again; anything else under it is refused.
     */
    @PreAuthorize(OffenderAccess.IMPORTS)
    @Transactional
    public ImportReport importEvents(List<NewCustodyEvent> typed) {
        if (typed == null || typed.isEmpty()) {
            throw InvalidRequest.of("events", "Send at least one custody event");
        }
        if (typed.size() > MAX_IMPORT) {
            throw InvalidRequest.of("events", "Send at most " + MAX_IMPORT + " custody events at a time");
        }
        Instant now = clock.instant();
        InvalidRequest.Check check = new InvalidRequest.Check();
        Set<Long> known = known(typed);
        for (int i = 0; i < typed.size(); i++) {
            CustodyRules.check(typed.get(i), field(i, ""), true, now, known, check);
        }
        // Then every reference against those recorded and those earlier in the import, so one answer names all.
        List<String> references = typed.stream().map(e -> e == null ? null : CustodyRules.referenceOf(e)).toList();
        Map<String, CustodyEvent> recorded = store.byReferences(references.stream().filter(Objects::nonNull).distinct().toList());
        Map<Long, Set<Long>> samePerson = links.samePerson(List.copyOf(known));
        Map<String, NewCustodyEvent> firstInImport = new HashMap<>();
        List<Integer> toKeep = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            NewCustodyEvent event = typed.get(i);
            String reference = references.get(i);
            if (reference == null || event.decision() == null || !known.contains(event.personId())) {
                continue;
            }
            Set<Long> records = samePerson.get(event.personId());
            CustodyEvent earlier = recorded.get(reference);
            NewCustodyEvent earlierHere = firstInImport.putIfAbsent(reference, event);
            boolean same = earlier != null ? CustodyRules.alreadyRecorded(event, records, earlier)
                    : earlierHere == null || CustodyRules.alreadyRecorded(event, records, earlierHere.decision(),
                    earlierHere.personId(), earlierHere.decidedAt());
            check.require(same, field(i, "reference"), CustodyRules.referenceTaken(reference, true));
            if (earlier == null && earlierHere == null) {
                toKeep.add(i);
            }
        }
        check.throwIfAny();

        int added = 0;
        for (int i : toKeep) {
            if (keep(typed.get(i), references.get(i), CustodyEvent.Source.IMPORT, field(i, "reference"), now).isPresent()) {
                added++;
            }
        }
        ImportReport report = new ImportReport(added, typed.size() - added);
        audit.record(AuditEvent.of("CUSTODY_EVENTS_IMPORTED", "custody_event", null)
                .because(report.added() + " added, " + report.alreadyRecorded() + " already recorded"));
        return report;
    }

    /** The person's custody events (any linked record), latest first. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<CustodyEvent> eventsOf(long personId) {
        List<CustodyEvent> found = eventsForProfile(personId);
        audit.record(AuditEvent.of("CUSTODY_EVENTS_VIEWED", "person", personId));
        return found;
    }

    /** As {@link #eventsOf}, for the profile, which checks the reader and audits the view once with all it shows. */
    @Transactional(readOnly = true)
    List<CustodyEvent> eventsForProfile(long personId) {
        return store.about(readable.of(personId), MAX_EVENTS_SHOWN);
    }

    /** The latest event: the person's custody status. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public Optional<CustodyEvent> status(long personId) {
        Optional<CustodyEvent> latest = store.about(readable.of(personId), 1).stream().findFirst();
        audit.record(AuditEvent.of("CUSTODY_STATUS_VIEWED", "person", personId));
        return latest;
    }

    /** The person a custody event is being recorded about, as the form is headed. */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public PersonHeading heading(long personId) {
        PersonHeading heading = readable.heading(personId);
        audit.record(AuditEvent.of("CUSTODY_FORM_OPENED", "person", personId));
        return heading;
    }

    /** What an import did: events added and events already recorded under their reference. */
    public record ImportReport(int added, int alreadyRecorded) {
    }

    // ---- Inside

    /**
     * Inserts the checked event, audits it and publishes its {@link CustodyDecision} in this transaction, so the
     * victims' SPOCs hear of it exactly when it is kept. Empty when the reference was recorded meanwhile by
     * someone else for the same event (they published it); refused when for another.
     */
    private Optional<CustodyEvent> keep(NewCustodyEvent typed, String reference, CustodyEvent.Source source,
                                        String referenceField, Instant now) {
        long id = store.nextId();
        String kept = reference != null ? reference : CustodyRules.pageReference(id);
        String detail = typed.detail() == null ? "" : typed.detail().strip();
        if (!store.insert(id, typed.personId(), typed.decision(), typed.decidedAt(), detail, kept, source,
                SignedInStaff.current().username(), now)) {
            repeatOf(typed, kept, source, referenceField);
            return Optional.empty();
        }
        audit.record(AuditEvent.of("CUSTODY_EVENT_RECORDED", "custody_event", id)
                .because(typed.decision().name() + " about person " + typed.personId() + ", reference " + kept));
        events.publishEvent(new CustodyDecision(typed.personId(), typed.decision(), typed.decidedAt(), detail, kept));
        return store.find(id);
    }

    /** The event already recorded under the reference when it is the same event; refused when it is another. */
    private Optional<CustodyEvent> repeatOf(NewCustodyEvent typed, String reference, CustodyEvent.Source source,
                                          String referenceField) {
        Optional<CustodyEvent> earlier = Optional.ofNullable(store.byReferences(List.of(reference)).get(reference));
        if (earlier.isPresent()) {
            Set<Long> records = links.samePerson(List.of(typed.personId())).get(typed.personId());
            if (!CustodyRules.alreadyRecorded(typed, records, earlier.get())) {
                throw InvalidRequest.of(referenceField, CustodyRules.referenceTaken(reference, source == CustodyEvent.Source.IMPORT));
            }
        }
        return earlier;
    }

    /** The person records among the events' that exist. */
    private Set<Long> known(List<NewCustodyEvent> typed) {
        List<Long> ids = typed.stream().filter(Objects::nonNull).map(NewCustodyEvent::personId).filter(Objects::nonNull)
                .distinct().toList();
        Set<Long> found = new HashSet<>();
        people.people(ids).stream().map(PersonSummary::id).forEach(found::add);
        return found;
    }

    private static String field(int index, String name) {
        return "events[" + index + "]." + name;
    }
}
