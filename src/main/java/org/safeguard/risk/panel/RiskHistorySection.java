package org.safeguard.risk.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.store.AssessmentStore;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;

/**
 * The risk module's part of the history panel and of every incident's checks: for each person found,
 * their current level (the newest completed assessment), when and by whom, the MARAC criteria met, and
 * any re-assessment due. Highest risk first.
 */
@Component
class RiskHistorySection implements HistoryContributor {

    private static final int MOST_PEOPLE = 500;

    private final AssessmentStore store;
    private final UkTime time;

    RiskHistorySection(AssessmentStore store, UkTime time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public String checkName() {
        return "Risk";
    }

    @Override
    public Optional<HistorySection> contribute(HistorySubject subject) {
        List<Long> people = subject.personIds().stream().sorted().limit(MOST_PEOPLE).toList();
        Map<Long, Assessment> current = store.current(people);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> reassessments = store.openReassessments(current.keySet());
        List<Assessment> ordered = current.values().stream()
                .sorted(Comparator.comparing(Assessment::finalLevel).reversed().thenComparing(Assessment::victimName))
                .toList();
        List<String> lines = new ArrayList<>();
        for (Assessment a : ordered) {
            StringBuilder line = new StringBuilder(a.victimName()).append(": ").append(a.finalLevel().label())
                    .append(" risk (").append(a.yesCount()).append(" Yes, ").append(a.instrumentLabel())
                    .append(a.raisedByJudgement() ? ", raised on professional judgement" : "").append("), ")
                    .append(time.moment(a.completedAt())).append(" by ").append(a.assessorName());
            if (!a.criteria().isEmpty()) {
                line.append(". MARAC criteria met: ").append(String.join(", ", a.criteriaInWords()));
            }
            if (reassessments.containsKey(a.victimId())) {
                line.append(". Re-assessment due");
            }
            lines.add(line.toString());
        }
        Assessment highest = ordered.get(0);
        String summary = current.size() + (current.size() == 1 ? " person" : " people") + " assessed; highest "
                + highest.finalLevel().label().toLowerCase() + " (" + highest.victimName() + ")";
        return Optional.of(new HistorySection("Risk", lines, summary));
    }
}
