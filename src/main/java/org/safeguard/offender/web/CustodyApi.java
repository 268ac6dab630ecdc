package org.safeguard.offender.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.safeguard.offender.Custody;
import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.CustodyEvent;
import org.safeguard.offender.NewCustodyEvent;
import org.safeguard.platform.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custody events from another system (custody suite, prison, court), and a person's events.
 *
 * <p>{@code POST /api/v1/custody-events} takes one object with the list under {@code events} — an object rather
 * than a bare list, so each problem can be named by its place ({@code events[2].decidedAt}) and the body can grow:
 * <pre>
 * { "events": [ { "personId": 123, "decision": "RELEASED_ON_BAIL", "decidedAt": "2026-11-24T21:05:00Z",
 *                 "detail": "Bail to 5 January, not to contact the victim", "reference": "CUS-2026-001234" } ] }
 * </pre>
 * {@code decision} is one of {@link CustodyDecision.Decision}'s names; {@code decidedAt} an ISO-8601 time with its
 * offset; {@code reference} the sending system's id of the decision, required, and the same each time the event is
 * sent. The events are all checked first: any problem refuses the whole import (400, problem JSON, one entry per
 * problem naming the event's place, nothing kept). Otherwise the answer is the {@link Custody.ImportReport}:
 * 201 when an event was added, 200 when every one was already recorded (a repeated import tells nobody again).
 * Only supervisors, specialists and administrators' API clients may import.
 *
 * <p>{@code GET /api/v1/people/{id}/custody-events}: the person's events across their linked records, latest first.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CustodyApi {

    private static final String DECISIONS = Arrays.stream(CustodyDecision.Decision.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Custody custody;

    CustodyApi(Custody custody) {
        this.custody = custody;
    }

    /** The import's body: the events, as sent. Decision and time are read here so a bad one is named by its place. */
    record CustodyImport(List<SentEvent> events) {
    }

    record SentEvent(Long personId, String decision, String decidedAt, String detail, String reference) {
    }

    @PostMapping(path = "/custody-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Custody.ImportReport> importEvents(@RequestBody CustodyImport body) {
        List<SentEvent> sent = body.events() == null ? List.of() : body.events();
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        List<NewCustodyEvent> events = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            SentEvent event = sent.get(i);
            if (event == null) {
                events.add(null);
                continue;
            }
            CustodyDecision.Decision decision = decision(event.decision());
            Instant decidedAt = instant(event.decidedAt());
            unreadable.require(blank(event.decision()) || decision != null, "events[" + i + "].decision",
                            "Unknown decision '" + event.decision() + "': send one of " + DECISIONS)
                    .require(blank(event.decidedAt()) || decidedAt != null, "events[" + i + "].decidedAt",
                            "Send the time of the decision as an ISO-8601 time with its offset, like 2026-11-24T21:05:00Z");
            events.add(new NewCustodyEvent(event.personId(), decision, decidedAt, event.detail(), event.reference()));
        }
        unreadable.throwIfAny();
        Custody.ImportReport report = custody.importEvents(events);
        return ResponseEntity.status(report.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    @GetMapping("/people/{id}/custody-events")
    List<CustodyEvent> eventsOf(@PathVariable long id) {
        return custody.eventsOf(id);
    }

    private static CustodyDecision.Decision decision(String sent) {
        return blank(sent) ? null : Arrays.stream(CustodyDecision.Decision.values())
                .filter(d -> d.name().equals(sent.strip())).findFirst().orElse(null);
    }

    private static Instant instant(String sent) {
        if (blank(sent)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(sent.strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
