package org.safeguard.intake.web;

import java.time.LocalDate;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.safeguard.intake.Incident;
import org.safeguard.intake.History;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Incidents for partner and control-room systems: record one (problem JSON with field errors when
 * refused, nothing saved), read one with its checks, and look up the history of a phone, address or person.
 * An incident is answered in full or not at all: when the caller may not see every party's identity and contact
 * details (and a party's confidential address) the answer is problem JSON 403, never a partial record.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentApi {

    private final Incidents incidents;
    private final IncidentHistory history;
    private final RecordAccess access;

    IncidentApi(Incidents incidents, IncidentHistory history, RecordAccess access) {
        this.incidents = incidents;
        this.history = history;
        this.access = access;
    }

    @PostMapping(path = "/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IncidentFile> record(@RequestBody NewIncident incident, UriComponentsBuilder uri) {
        IncidentFile saved = incidents.record(incident);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/incidents/{id}").build(saved.incident().id()))
                .body(saved);
    }

    @GetMapping("/incidents/{id}")
    IncidentFile file(@PathVariable long id) {
        IncidentFile file = incidents.file(id);
        for (Incident.Party party : file.incident().parties()) {
            AccessDecision decision = access.requireReadable(RecordType.INCIDENT, party.personId());
            boolean addressClosed = decision.restricted(Restriction.CONFIDENTIAL_ADDRESS)
                    && !decision.sees(FieldGroup.CURRENT_ADDRESS);
            if (!decision.sees(FieldGroup.IDENTITY) || !decision.sees(FieldGroup.CONTACT_DETAILS) || addressClosed) {
                throw new RecordLocked(decision);
            }
        }
        return file;
    }

    /** Records an offence on the incident: {@code {"offence": "COMMON_ASSAULT"}}; answers with every offence recorded. */
    @PostMapping(path = "/incidents/{id}/offences", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecordedOffences recordOffence(@PathVariable long id, @RequestBody OffenceTyped typed) {
        return new RecordedOffences(incidents.recordOffence(id, typed.offence()));
    }

    record OffenceTyped(OffenceGroup offence) {
    }

    record RecordedOffences(java.util.Set<OffenceGroup> offences) {
    }

    @GetMapping("/history")
    History history(@RequestParam(required = false) String phone, @RequestParam(required = false) String addressLine,
                    @RequestParam(required = false) String postcode, @RequestParam(required = false) String givenName,
                    @RequestParam(required = false) String familyName,
                    @RequestParam(required = false) LocalDate dateOfBirth) {
        return history.lookUp(new HistoryQuery(phone, addressLine, postcode, givenName, familyName, dateOfBirth));
    }
}
