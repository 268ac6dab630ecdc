package org.safeguard.risk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.instrument.InstrumentLibrary;
import org.safeguard.risk.store.AssessmentStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion audit: audits found DASH forms not fully completed, so this shows, for assessments
 * completed in a period, the share with every question of the main instrument asked — overall and by
 * officer, team and month — and the questions most often not asked, with the reasons given.
 */
@Service
public class RiskReports {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MOST_LINES = 200;

    private final AssessmentStore store;
    private final InstrumentLibrary library;
    private final AuditTrail audit;

    RiskReports(AssessmentStore store, InstrumentLibrary library, AuditTrail audit) {
        this.store = store;
        this.library = library;
        this.audit = audit;
    }

    /** Assessments completed from the start of {@code from} to the end of {@code to}, UK dates. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','DA_SPECIALIST','ADMIN')")
    @Transactional
    public CompletionReport completion(LocalDate from, LocalDate to) {
        new InvalidRequest.Check()
                .require(from != null, "from", "Enter the first day, like 1/11/2026")
                .require(to != null, "to", "Enter the last day, like 30/11/2026")
                .throwIfAny();
        new InvalidRequest.Check()
                .require(!to.isBefore(from), "to", "The last day must be on or after the first day")
                .require(!to.isAfter(from.plusYears(5)), "to", "Choose a period of 5 years or less")
                .throwIfAny();
        var start = from.atStartOfDay(LONDON).toInstant();
        var end = to.plusDays(1).atStartOfDay(LONDON).toInstant();
        List<AssessmentStore.CompletionCount> overall = store.completion(AssessmentStore.Grouping.OVERALL, start, end, 1);
        CompletionReport.Line total = overall.isEmpty() ? new CompletionReport.Line("All assessments", 0, 0) : line(overall.get(0));
        List<CompletionReport.NotAsked> notAsked = store.mostNotAsked(start, end, 10).stream()
                .map(n -> new CompletionReport.NotAsked(n.instrumentCode(), n.questionId(),
                        library.find(n.instrumentCode(), n.instrumentVersion())
                                .flatMap(i -> i.question(n.questionId())).map(Question::wording).orElse(n.questionId()),
                        n.times(), store.notAskedReasons(n.instrumentCode(), n.questionId(), start, end, 3).stream()
                        .map(r -> new CompletionReport.Reason(r.getKey(), r.getValue())).toList()))
                .toList();
        audit.record(AuditEvent.of("RISK_COMPLETION_REPORT_VIEWED", "assessment", null).because(from + " to " + to));
        return new CompletionReport(from, to, total, lines(AssessmentStore.Grouping.OFFICER, start, end),
                lines(AssessmentStore.Grouping.TEAM, start, end), lines(AssessmentStore.Grouping.MONTH, start, end), notAsked);
    }

    private List<CompletionReport.Line> lines(AssessmentStore.Grouping grouping, java.time.Instant start, java.time.Instant end) {
        return store.completion(grouping, start, end, MOST_LINES).stream().map(RiskReports::line).toList();
    }

    private static CompletionReport.Line line(AssessmentStore.CompletionCount count) {
        return new CompletionReport.Line(count.name(), count.assessments(), count.allAsked());
    }
}
