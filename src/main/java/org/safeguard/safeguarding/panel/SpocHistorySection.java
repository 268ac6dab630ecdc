package org.safeguard.safeguarding.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.safeguard.safeguarding.VictimCase;
import org.safeguard.safeguarding.store.CaseStore;
import org.springframework.stereotype.Component;

/**
 * The "Named SPOC" section of the history panel and of every incident's checks: for each person found
 * with an open case, who their single point of contact is and how to reach them, so the control room
 * and the attending officer know whom to tell.
 */
@Component
class SpocHistorySection implements HistoryContributor {

    private static final int MOST_PEOPLE = 500;

    private final CaseStore cases;

    SpocHistorySection(CaseStore cases) {
        this.cases = cases;
    }

    @Override
    public String checkName() {
        return "Named SPOC";
    }

    @Override
    public Optional<HistorySection> contribute(HistorySubject subject) {
        Map<Long, VictimCase> open = cases.openFor(subject.personIds().stream().sorted().limit(MOST_PEOPLE).toList());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        open.values().stream().sorted(Comparator.comparing(VictimCase::victimName))
                .forEach(c -> lines.add(c.victimName() + ": " + c.spoc().inWords()
                        + (c.riskLevel() == null ? "" : " — " + c.riskLevel().label().toLowerCase() + " risk case")));
        return Optional.of(new HistorySection("Named SPOC", lines, open.size() == 1
                ? "1 open case; SPOC " + open.values().iterator().next().spoc().name()
                : open.size() + " open cases, each with a named SPOC"));
    }
}
