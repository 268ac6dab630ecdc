package org.safeguard.offender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.identity.PersonLinks;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.PersonSummary;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.Offending;
import org.safeguard.offender.rules.OrderRules;
import org.safeguard.offender.store.OrderStore;
import org.safeguard.offender.store.OrderStore.StoredOrder;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders, notices and bail conditions, their breaches, and the calendar of endings. Refuses an order that
 * ends before it starts, bail with no end, a length the law does not allow, and a DVPO (or DVPN, DAPN, DAPO)
 * overlapping another of the same kind between the same two people (every linked record counts as the
 * person). Every read and write is audited; records involving the organisation's own staff are shown only to
 * those {@code rules.StaffRestriction} allows.
 */
@Service
public class Orders {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_REASON = 1000;
    private static final int MAX_BREACH_DETAIL = 2000;
    private static final int CALENDAR_LIMIT = 1000;
    private static final int ANNOUNCE_BATCH = 500;
    private static final String UNNAMED_PERPETRATOR = "the perpetrator";

    private final OrderStore orders;
    private final OrderReading reading;
    private final ReadableRecords readable;
    private final PersonRecords people;
    private final PersonLinks linkage;
    private final Incidents incidents;
    private final IncidentHistory history;
    private final ApplicationEventPublisher events;
    private final OrderSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Orders(OrderStore orders, OrderReading reading, ReadableRecords readable, PersonRecords people, PersonLinks linkage,
           Incidents incidents, IncidentHistory history, ApplicationEventPublisher events, OrderSettings settings,
           AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.reading = reading;
        this.readable = readable;
        this.people = people;
        this.linkage = linkage;
        this.incidents = incidents;
        this.history = history;
        this.events = events;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whom an order against the perpetrator could protect: their victims, the latest first. */
    public record Parties(long perpetratorId, String perpetratorName, List<Victim> victims) {
    }

    /**
     * A person the order could protect: a victim of a domestic abuse incident in which the perpetrator was a suspect.
     * A member of staff the reader may not see is named "Restricted record" ({@code restricted}).
     */
    public record Victim(long personId, String name, Instant latestIncidentAt, boolean restricted) {
    }

    /**
     * Records the order with its conditions, in one transaction, or refuses it with every problem and saves
     * nothing. Orders against one person are recorded one at a time (a lock on their person key), so two
     * overlapping DVPOs typed at once cannot both pass the overlap rule.
     */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public ProtectiveOrder record(NewOrder typed) {
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        String incidentReference = blankToNull(typed.incidentReference());
        Optional<Incident> incident = incidentReference == null ? Optional.empty() : incidents.withReference(incidentReference);
        if (incidentReference != null && incident.isEmpty()) {
            problems.add(new InvalidRequest.FieldProblem("incidentReference", "There is no incident with reference "
                    + truncate(incidentReference, 30)));
        }
        Set<Long> perpetrator = recordsOf(typed.perpetratorId());
        Set<Long> protectedPerson = recordsOf(typed.protectedId());
        Set<Long> known = knownAmong(typed.perpetratorId(), typed.protectedId());
        boolean perpetratorKnown = typed.perpetratorId() != null && known.contains(typed.perpetratorId());
        boolean protectedKnown = typed.protectedId() != null && known.contains(typed.protectedId());
        if (perpetratorKnown) {
            orders.lockPerpetrator(Collections.min(perpetrator));
        }
        List<OrderRules.Existing> sameKind = typed.kind() != null && perpetratorKnown && protectedKnown
                && OrderRules.oneAtATime(typed.kind())
                ? orders.sameKindBetween(typed.kind(), perpetrator, protectedPerson).stream()
                .map(o -> new OrderRules.Existing(o.id(), o.reference(), o.startsAt(), o.lastsUntil())).toList()
                : List.of();
        OrderRules.People parties = new OrderRules.People(perpetratorKnown, protectedKnown,
                typed.protectedId() != null && perpetrator.contains(typed.protectedId()));
        try {
            OrderRules.check(typed, parties, sameKind);
        } catch (InvalidRequest refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        long id = orders.insert(new OrderStore.NewRow(typed.kind(), typed.perpetratorId(), typed.protectedId(),
                incident.map(Incident::id).orElse(null), incident.map(Incident::reference).orElse(null),
                blankToNull(typed.reference()), typed.startsAt(), typed.endsAt(), OrderReading.signedInUsername(),
                clock.instant()), typed.conditions().stream()
                .map(c -> new ProtectiveOrder.Condition(c.kind(), c.detail() == null ? "" : c.detail().strip())).toList());
        audit.record(AuditEvent.of("ORDER_RECORDED", "order", id).because(typed.kind().name() + " against person "
                + typed.perpetratorId() + (typed.protectedId() == null ? "" : ", protecting person " + typed.protectedId())
                + incident.map(i -> ", after incident " + i.reference()).orElse("")));
        return reading.assemble(List.of(orders.find(id).orElseThrow()), true).get(0);
    }

    /** The order with its conditions and breaches. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public ProtectiveOrder order(long orderId) {
        StoredOrder stored = orders.find(orderId).orElseThrow(() -> new RecordNotFound("order", orderId));
        reading.refuseIfRestricted(stored);
        audit.record(AuditEvent.of("ORDER_VIEWED", "order", orderId));
        return reading.assemble(List.of(stored), false).get(0);
    }

    /**
     * Ends an order before its end (discharged, withdrawn, varied), with the reason, and publishes
     * {@link OrderEndedEarly} in the same transaction: the protection stops at once, so the victim must be told.
     */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public ProtectiveOrder endEarly(long orderId, String reason, int version) {
        new InvalidRequest.Check()
                .require(reason != null && !reason.isBlank(), "reason",
                        "Say why the order is ending early: discharged, withdrawn or varied by the court, for example")
                .require(reason == null || reason.strip().length() <= MAX_REASON, "reason",
                        "The reason must be 1,000 characters or fewer")
                .throwIfAny();
        StoredOrder locked = orders.lock(orderId).orElseThrow(() -> new RecordNotFound("order", orderId));
        reading.refuseIfRestricted(locked);
        if (locked.version() != version) {
            throw new ConcurrentEdit("This order");
        }
        Instant now = clock.instant();
        if (!now.isBefore(locked.endsAt())) {
            throw InvalidRequest.of("reason", "This order has already ended: there is nothing to end early");
        }
        if (!orders.endEarly(orderId, version, now, reason.strip())) {
            throw new ConcurrentEdit("This order");
        }
        events.publishEvent(new OrderEndedEarly(orderId, locked.kind(), locked.perpetratorId(),
                namesForCaseWorkers(List.of(locked)).get(orderId), locked.protectedId(), now, locked.reference()));
        audit.record(AuditEvent.of("ORDER_ENDED_EARLY", "order", orderId));
        return reading.assemble(List.of(orders.find(orderId).orElseThrow()), false).get(0);
    }

    /** Records a breach of the order, linked to the incident (by its reference) that recorded it. */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public ProtectiveOrder recordBreach(long orderId, String incidentReference, Instant occurredAt, String detail) {
        StoredOrder locked = orders.lock(orderId).orElseThrow(() -> new RecordNotFound("order", orderId));
        reading.refuseIfRestricted(locked);
        String reference = blankToNull(incidentReference);
        Optional<Incident> incident = reference == null ? Optional.empty() : incidents.withReference(reference);
        InvalidRequest.Check check = new InvalidRequest.Check()
                .require(reference != null, "incidentReference", "Enter the reference of the incident that recorded the breach")
                .require(reference == null || incident.isPresent(), "incidentReference",
                        "There is no incident with reference " + truncate(String.valueOf(reference), 30))
                .require(occurredAt != null, "occurredAt", "Enter when the breach happened");
        if (occurredAt != null) {
            OrderRules.breachWithinItsLife(locked.startsAt(), locked.lastsUntil(), occurredAt, clock.instant())
                    .ifPresent(reason -> check.require(false, "occurredAt", reason));
        }
        check.require(detail != null && !detail.isBlank(), "detail", "Say what the perpetrator did that breached the order")
                .require(detail == null || detail.strip().length() <= MAX_BREACH_DETAIL, "detail",
                        "The detail must be 2,000 characters or fewer")
                .throwIfAny();
        if (!orders.insertBreach(orderId, incident.get().id(), incident.get().reference(), occurredAt, detail.strip(),
                OrderReading.signedInUsername(), clock.instant())) {
            throw InvalidRequest.of("incidentReference", "A breach of this order is already recorded for incident "
                    + incident.get().reference());
        }
        audit.record(AuditEvent.of("ORDER_BREACH_RECORDED", "order", orderId).because("incident " + incident.get().reference()));
        return reading.assemble(List.of(orders.find(orderId).orElseThrow()), false).get(0);
    }

    /** Every order against the person (any of their linked records), latest end first. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<ProtectiveOrder> againstPerson(long personId) {
        List<ProtectiveOrder> found = againstPersonForProfile(personId);
        audit.record(AuditEvent.of("ORDERS_VIEWED", "person", personId).because("orders against the person: " + ids(found)));
        return found;
    }

    /** As {@link #againstPerson}, for the profile, which checks the reader and audits the view once with all it shows. */
    @Transactional(readOnly = true)
    List<ProtectiveOrder> againstPersonForProfile(long personId) {
        return reading.assemble(orders.against(recordsOf(personId)), true);
    }

    /** Every order protecting the person (any of their linked records), latest end first. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<ProtectiveOrder> protecting(long personId) {
        List<ProtectiveOrder> found = reading.assemble(orders.protecting(recordsOf(personId)), true);
        audit.record(AuditEvent.of("ORDERS_VIEWED", "person", personId).because("orders protecting the person: " + ids(found)));
        return found;
    }

    /** Orders ending between the two days (UK dates, inclusive), soonest first: the calendar of expiries. */
    @PreAuthorize(OffenderAccess.READS)
    @Transactional
    public List<ProtectiveOrder> ending(LocalDate from, LocalDate to) {
        new InvalidRequest.Check()
                .require(from != null, "from", "Enter the first day")
                .require(to != null, "to", "Enter the last day")
                .require(from == null || to == null || !to.isBefore(from), "to", "The last day must be on or after the first")
                .require(from == null || to == null || !to.isAfter(from.plusYears(1)), "to", "Choose at most a year")
                .throwIfAny();
        List<ProtectiveOrder> found = reading.assemble(orders.ending(from.atStartOfDay(LONDON).toInstant(),
                to.plusDays(1).atStartOfDay(LONDON).toInstant(), CALENDAR_LIMIT), true);
        audit.record(AuditEvent.of("ORDER_CALENDAR_VIEWED", "order", null).because(from + " to " + to + ": " + ids(found)));
        return found;
    }

    /**
     * The people the order against this person could protect: the victims of domestic abuse incidents in which
     * they (any of their records) were a suspect, the latest first. Refused for a perpetrator who is a member of
     * staff when the reader may not see them; a victim who is one is shown as a restricted record.
     */
    @PreAuthorize(OffenderAccess.RECORDS)
    @Transactional
    public Parties partiesFor(long personId) {
        Set<Long> records = readable.of(personId);
        PersonSummary perpetrator = people.people(List.of(personId)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("person", personId));
        Map<Long, Instant> latest = history.offending(records, Instant.EPOCH).stream()
                .filter(o -> o.victimId() != null && !records.contains(o.victimId()))
                .collect(Collectors.toMap(Offending::victimId, Offending::receivedAt, (a, b) -> a.isAfter(b) ? a : b));
        Set<Long> hidden = readable.restrictedAmong(latest.keySet());
        List<Victim> victims = people.people(latest.keySet()).stream()
                .map(p -> hidden.contains(p.id()) ? new Victim(p.id(), OrderReading.RESTRICTED, latest.get(p.id()), true)
                        : new Victim(p.id(), p.fullName(), latest.get(p.id()), false))
                .sorted(Comparator.comparing(Victim::latestIncidentAt).reversed()).toList();
        audit.record(AuditEvent.of("PERPETRATOR_VICTIMS_VIEWED", "person", personId)
                .because("to choose whom an order protects: " + victims.stream().map(v -> Long.toString(v.personId()))
                        .collect(Collectors.joining(", "))));
        return new Parties(personId, perpetrator.fullName(), victims);
    }

    /**
     * Publishes {@link OrderExpiring} once for each live order ending within the notice period, marking it
     * announced in the same transaction; another node running at the same moment skips the orders this one
     * holds. System work with no signed-in user (see {@code OrderJobs}); running it again announces nothing
     * twice. Returns how many.
     */
    @Transactional
    public int announceEnding() {
        Instant now = clock.instant();
        List<StoredOrder> due = orders.claimEnding(now, now.plus(settings.expiryNotice()), ANNOUNCE_BATCH);
        Map<Long, String> names = namesForCaseWorkers(due);
        for (StoredOrder order : due) {
            events.publishEvent(new OrderExpiring(order.id(), order.kind(), order.perpetratorId(),
                    names.get(order.id()), order.protectedId(), order.endsAt(), order.reference(), now));
            orders.markAnnounced(order.id(), now);
            audit.record(AuditEvent.of("ORDER_EXPIRY_ANNOUNCED", "order", order.id()).because("ends " + order.endsAt()));
        }
        return due.size();
    }

    // ---- Inside

    /**
     * For each order, the perpetrator's name as the victims' case workers (SPOCs, IDVAs, partners) may read it in
     * their tasks: "the perpetrator" when either person is a member of the organisation's staff.
     */
    private Map<Long, String> namesForCaseWorkers(List<StoredOrder> stored) {
        Set<Long> involved = new HashSet<>();
        stored.forEach(o -> {
            involved.add(o.perpetratorId());
            if (o.protectedId() != null) {
                involved.add(o.protectedId());
            }
        });
        Set<Long> staff = readable.staffAmong(involved);
        Map<Long, String> names = reading.names(stored.stream().map(StoredOrder::perpetratorId).toList());
        return stored.stream().collect(Collectors.toMap(StoredOrder::id, o ->
                staff.contains(o.perpetratorId()) || (o.protectedId() != null && staff.contains(o.protectedId()))
                        ? UNNAMED_PERPETRATOR : names.getOrDefault(o.perpetratorId(), UNNAMED_PERPETRATOR), (a, b) -> a));
    }

    /** Every record of the person (the record itself when none is linked); none for no id. */
    private Set<Long> recordsOf(Long personId) {
        if (personId == null) {
            return Set.of();
        }
        return new HashSet<>(linkage.samePerson(List.of(personId)).getOrDefault(personId, Set.of(personId)));
    }

    private Set<Long> knownAmong(Long... ids) {
        List<Long> asked = java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
        return asked.isEmpty() ? Set.of() : people.people(asked).stream().map(PersonSummary::id).collect(Collectors.toSet());
    }

    private static String ids(Collection<ProtectiveOrder> found) {
        return found.isEmpty() ? "none" : found.stream().limit(150).map(o -> Long.toString(o.id()))
                .collect(Collectors.joining(", ")) + (found.size() > 150 ? " and " + (found.size() - 150) + " more" : "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
