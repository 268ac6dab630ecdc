package org.safeguard.marac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.intake.HistoryContributor;
import org.safeguard.intake.HistorySection;
import org.safeguard.intake.HistorySubject;
import org.safeguard.marac.store.CaseStore;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;

/**
 * The "MARAC" section of the history panel and of every incident's checks: for each person found who has been
 * referred to MARAC, when their case was last heard (and whether it was a repeat) and when it is next listed, so
 * the control room knows a high-risk victim is already known to the partnership. Dates only: never research or
 * minutes, which are need to know.
 */
@Component
class MaracHistorySection implements HistoryContributor {

    private static final int MOST_PEOPLE = 500;
    private static final int MOST_CASES = 200;

    private final CaseStore cases;
    private final UkTime ukTime;

    MaracHistorySection(CaseStore cases, UkTime ukTime) {
        this.cases = cases;
        this.ukTime = ukTime;
    }

    @Override
    public String checkName() {
        return "MARAC";
    }

    @Override
    public Optional<HistorySection> contribute(HistorySubject subject) {
        if (subject.personIds().isEmpty()) {
            return Optional.empty();
        }
        List<MaracCase> found = cases.ofVictims(subject.personIds().stream().sorted().limit(MOST_PEOPLE).toList(), MOST_CASES);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<MaracCase>> byVictim = new LinkedHashMap<>();
        found.forEach(c -> byVictim.computeIfAbsent(c.victimId(), k -> new ArrayList<>()).add(c));
        List<String> lines = byVictim.values().stream().map(this::line).toList();
        return Optional.of(new HistorySection("MARAC", lines, byVictim.size() == 1
                ? "1 person known to MARAC" : byVictim.size() + " people known to MARAC"));
    }

    /** "Jo Bloggs: MARAC heard on 10 Mar 2026, repeat; next meeting 14 Apr 2026". */
    private String line(List<MaracCase> ofOneVictim) {
        StringBuilder line = new StringBuilder(ofOneVictim.get(0).victimName()).append(": MARAC");
        ofOneVictim.stream().filter(c -> c.heardAt() != null).max(Comparator.comparing(MaracCase::heardAt))
                .ifPresent(heard -> line.append(" heard on ").append(ukTime.day(heard.heardAt()))
                        .append(heard.repeat() ? ", repeat" : ""));
        Optional<MaracCase> next = ofOneVictim.stream()
                .filter(c -> c.status() == MaracCase.Status.LISTED || c.status() == MaracCase.Status.WAITING)
                .min(Comparator.comparing(c -> c.meetingAt() == null ? java.time.Instant.MAX : c.meetingAt()));
        next.ifPresent(c -> line.append(line.toString().endsWith("MARAC") ? "" : ";").append(c.meetingAt() == null
                ? " referred, waiting for a meeting" : " next meeting " + ukTime.day(c.meetingAt())));
        if (next.isEmpty() && ofOneVictim.stream().allMatch(c -> c.heardAt() == null)) {
            line.append(" referral ").append(ofOneVictim.get(0).status().label().toLowerCase());
        }
        return line.toString();
    }
}
