package org.safeguard.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.instrument.InstrumentLibrary;
import org.safeguard.risk.rules.EscalationRule;
import org.safeguard.risk.rules.RiskScoring;
import org.safeguard.risk.store.AssessmentBulkStore;
import org.safeguard.risk.store.AssessmentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed assessments loaded in bulk (the demo generator; a migration from a legacy system) with
 * COPY, one batch per transaction, the batch in the audit log. Each is scored exactly as one completed
 * on a page, potential escalation counted from the incidents already stored (import the incidents
 * first). Imported assessments are history: no {@link RiskAssessed} is published.
 */
@Service
public class RiskImport {

    private final AssessmentBulkStore bulk;
    private final InstrumentLibrary library;
    private final RiskSettings settings;
    private final RiskScoring scoring;
    private final EscalationRule escalation;
    private final IncidentHistory history;
    private final AuditTrail audit;

    RiskImport(AssessmentBulkStore bulk, InstrumentLibrary library, RiskSettings settings, RiskScoring scoring,
               EscalationRule escalation, IncidentHistory history, AuditTrail audit) {
        this.bulk = bulk;
        this.library = library;
        this.settings = settings;
        this.scoring = scoring;
        this.escalation = escalation;
        this.history = history;
        this.audit = audit;
    }

    /** The instrument new assessments use, and its supplements, for a generator to answer. */
    public List<Instrument> instrumentsInUse() {
        List<Instrument> instruments = new ArrayList<>();
        instruments.add(library.latest(settings.instrument()).orElseThrow());
        settings.supplements().forEach(code -> instruments.add(library.latest(code).orElseThrow()));
        return instruments;
    }

    /**
     * Imports the assessments, owned by the agency; returns their ids in the order given. Refused (nothing
     * written) when one answers a question its instruments do not have, leaves a main question unanswered,
     * gives a not-asked answer with no reason, or lowers the level.
     */
    @Transactional
    public long[] importAssessments(List<ImportedAssessment> imported, String owningAgency) {
        if (imported.isEmpty()) {
            return new long[0];
        }
        List<Instrument> inUse = instrumentsInUse();
        List<String> supplementLabels = inUse.subList(1, inUse.size()).stream().map(Instrument::label).toList();
        Set<Long> victims = imported.stream().map(ImportedAssessment::victimId).collect(Collectors.toSet());
        Instant earliest = imported.stream().map(ImportedAssessment::completedAt).min(Comparator.naturalOrder()).orElseThrow();
        Map<Long, List<Instant>> callOuts = history.victimCallOutTimes(victims,
                escalation.windowStart(earliest.minus(java.time.Duration.ofDays(30))));
        List<AssessmentBulkStore.Row> rows = new ArrayList<>(imported.size());
        int row = 0;
        for (ImportedAssessment assessment : imported) {
            Instrument main = library.find(assessment.instrumentCode(), assessment.instrumentVersion())
                    .orElseThrow(() -> InvalidRequest.of("instrument", "No instrument " + assessment.instrumentCode()
                            + " v" + assessment.instrumentVersion()));
            if (main.purpose() != Instrument.Purpose.MAIN) {
                throw InvalidRequest.of("instrument", "Assessment " + row + ": " + main.label() + " is not a main checklist");
            }
            List<Answer> mainAnswers = new ArrayList<>();
            java.util.Set<String> answered = new java.util.HashSet<>();
            int supplementYes = 0;
            for (Assessment.GivenAnswer answer : assessment.answers()) {
                boolean isMain = answer.instrumentCode().equals(main.code());
                Instrument instrument = isMain ? main : inUse.stream().filter(i -> i.code().equals(answer.instrumentCode()))
                        .findFirst().orElse(null);
                if (instrument == null || instrument.question(answer.questionId()).isEmpty()
                        || !instrument.question(answer.questionId()).get().accepts(answer.answer())
                        || !answered.add(answer.instrumentCode() + "/" + answer.questionId())
                        || (answer.answer() == Answer.NOT_ASKED && (answer.notAskedReason() == null || answer.notAskedReason().isBlank()))) {
                    throw InvalidRequest.of("answers", "Assessment " + row + ": answer to " + answer.instrumentCode() + " "
                            + answer.questionId() + " is not a question of its instruments, or not asked with no reason");
                }
                if (isMain) {
                    mainAnswers.add(answer.answer());
                } else if (answer.answer() == Answer.YES) {
                    supplementYes++;
                }
            }
            if (mainAnswers.size() != main.questions().size()) {
                throw InvalidRequest.of("answers", "Assessment " + row + " answers " + mainAnswers.size() + " of "
                        + main.questions().size() + " questions of " + main.label());
            }
            // The incident was received shortly before the assessment; count call-outs up to the assessment.
            int counted = escalation.count(assessment.completedAt(), callOuts.getOrDefault(assessment.victimId(), List.of()));
            RiskScoring.Score score = scoring.score(mainAnswers, main.questions().size(), counted,
                    assessment.judgement(), assessment.judgementRationale());
            rows.add(new AssessmentBulkStore.Row(assessment, supplementLabels, new AssessmentStore.Completion(
                    score.yesCount(), score.asked(), score.questions(), score.allAsked(), supplementYes, score.suggested(),
                    score.finalLevel(), score.raisedByJudgement() ? assessment.judgementRationale() : null,
                    score.criteria(), score.callOuts(), assessment.completedAt())));
            row++;
        }
        long[] ids = bulk.copy(rows, owningAgency);
        audit.record(AuditEvent.of("RISK_ASSESSMENTS_IMPORTED", "assessment", null)
                .because(imported.size() + " assessments for " + owningAgency));
        return ids;
    }
}
