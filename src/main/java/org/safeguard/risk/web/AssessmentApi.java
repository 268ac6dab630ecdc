package org.safeguard.risk.web;

import java.util.Map;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.Instrument;
import org.safeguard.risk.Instruments;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskTimeline;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Risk assessments for partner systems: submit one for a victim of an incident (answers keyed by
 * question id, "complete": true to finish it), continue one in progress, read one, a victim's risk over
 * time and the instruments. Refusals are problem JSON naming each field (a question id, or
 * "&lt;id&gt;-reason" for a missing reason); a refused submission keeps nothing.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApi {

    private final RiskAssessments assessments;
    private final Instruments instruments;

    AssessmentApi(RiskAssessments assessments, Instruments instruments) {
        this.assessments = assessments;
        this.instruments = instruments;
    }

    /** What a partner system sends. {@code instrument} is a main instrument's code; blank for the one in use. */
    record Submission(Long victimId, Integer version, String instrument, Map<String, String> answers,
                      Map<String, String> notAskedReasons, String victimView, Boolean complete, String judgementLevel,
                      String judgementRationale) {

        AssessmentAnswers typed() {
            return new AssessmentAnswers(answers, notAskedReasons, victimView);
        }

        boolean completing() {
            return Boolean.TRUE.equals(complete);
        }
    }

    @PostMapping(path = "/incidents/{incidentId}/risk-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Assessment> submit(@PathVariable long incidentId, @RequestBody Submission submission,
                                      UriComponentsBuilder uri) {
        if (submission.victimId() == null) {
            throw InvalidRequest.of("victimId", "Give the person id of the victim being assessed");
        }
        Assessment saved = assessments.submit(incidentId, submission.victimId(), submission.instrument(),
                submission.typed(), submission.completing(), submission.judgementLevel(), submission.judgementRationale());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/risk-assessments/{id}").build(saved.id())).body(saved);
    }

    @PutMapping(path = "/risk-assessments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assessment update(@PathVariable long id, @RequestBody Submission submission) {
        if (submission.version() == null) {
            throw InvalidRequest.of("version", "Give the version of the assessment you read");
        }
        return submission.completing()
                ? assessments.complete(id, submission.version(), submission.typed(), submission.judgementLevel(),
                submission.judgementRationale())
                : assessments.save(id, submission.version(), submission.typed());
    }

    @GetMapping("/risk-assessments/{id}")
    Assessment read(@PathVariable long id) {
        return assessments.view(id).assessment();
    }

    @GetMapping("/people/{personId}/risk")
    RiskTimeline timeline(@PathVariable long personId) {
        return assessments.timeline(personId);
    }

    @GetMapping("/risk-instruments/{code}/{version}")
    Instrument instrument(@PathVariable String code, @PathVariable int version) {
        return instruments.find(code, version);
    }

    @GetMapping("/risk-instruments")
    Object inUse() {
        return Map.of("main", instruments.inUse(), "supplements", instruments.supplements());
    }
}
