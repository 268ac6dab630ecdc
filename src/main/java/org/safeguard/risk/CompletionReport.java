package org.safeguard.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * How completely assessments were done in a period (audits found forms not fully completed): the share
 * with every question of the main instrument asked, overall and by officer, team and month; and the
 * questions most often not asked, with the reasons given.
 */
public record CompletionReport(LocalDate from, LocalDate to, Line overall, List<Line> byOfficer, List<Line> byTeam,
                               List<Line> byMonth, List<NotAsked> questionsNotAsked) {

    public CompletionReport {
        byOfficer = List.copyOf(byOfficer);
        byTeam = List.copyOf(byTeam);
        byMonth = List.copyOf(byMonth);
        questionsNotAsked = List.copyOf(questionsNotAsked);
    }

    /** Completed assessments and how many had every question asked. */
    public record Line(String name, long assessments, long allAsked) {

        /** Percentage with every question asked, one decimal place; 0 when there are none. */
        public double percentAllAsked() {
            return assessments == 0 ? 0 : Math.round(1000.0 * allAsked / assessments) / 10.0;
        }
    }

    /** A question and how often it was not asked, with the most common reasons. */
    public record NotAsked(String instrument, String questionId, String wording, long times, List<Reason> reasons) {

        public NotAsked {
            reasons = List.copyOf(reasons);
        }
    }

    public record Reason(String reason, long times) {
    }
}
