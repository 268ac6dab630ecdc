package org.safeguard.intake.history;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguard.intake.CounterAllegation;
import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.springframework.stereotype.Component;

/**
 * The "Counter-allegations" section of the history panel and of every incident's checks: people found who
 * have each been recorded as the victim with the other as the suspect, so whoever looks at either of them
 * sees that both have reported the other.
 */
@Component
class CounterAllegationSection implements HistoryContributor {

    private static final int MOST_PEOPLE = 100;
    static final String TITLE = "Counter-allegations";

    private final CounterAllegations counterAllegations;

    CounterAllegationSection(CounterAllegations counterAllegations) {
        this.counterAllegations = counterAllegations;
    }

    @Override
    public String checkName() {
        return TITLE;
    }

    @Override
    public Optional<HistorySection> contribute(HistorySubject subject) {
        List<CounterAllegations.Found> found = counterAllegations.among(
                subject.personIds().stream().sorted().limit(MOST_PEOPLE).toList());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = found.stream().map(CounterAllegationSection::line).toList();
        String summary = found.size() == 1 ? "1 counter-allegation: " + pair(found.get(0))
                : found.size() + " counter-allegations: " + found.stream().map(CounterAllegationSection::pair)
                .collect(Collectors.joining("; "));
        return Optional.of(new HistorySection(TITLE, lines, summary));
    }

    /** "Alex Green and Sam Green: each has reported the other (victim in INC-…, suspect in INC-…)". */
    static String line(CounterAllegations.Found found) {
        CounterAllegation a = found.allegation();
        return pair(found) + ": each has reported the other (victim in " + references(a.asVictim())
                + ", suspect in " + references(a.asSuspect()) + ")";
    }

    private static String pair(CounterAllegations.Found found) {
        return found.personName() + " and " + found.allegation().otherName();
    }

    private static String references(List<CounterAllegation.IncidentReference> incidents) {
        return incidents.stream().map(CounterAllegation.IncidentReference::reference).collect(Collectors.joining(", "));
    }
}
