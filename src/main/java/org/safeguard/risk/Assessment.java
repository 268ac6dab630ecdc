package org.safeguard.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A risk assessment of one victim at one incident, in progress (DRAFT) or completed. The levels,
 * counts and criteria are set when it is completed; {@code finalLevel} is what other modules act on.
 *
 * @param supplements  the supplementary instruments offered with it, e.g. ["SDASH v1", "HBA v1"]
 * @param callOuts     domestic abuse call-outs for the victim in the escalation window, this one included
 * @param answers      every answer given so far, main instrument and supplements
 */
public record Assessment(long id, long incidentId, long victimId, String victimName, String instrumentCode,
                         int instrumentVersion, List<String> supplements, Status status, String victimView,
                         String assessor, String assessorName, String assessorTeam, Instant startedAt,
                         Instant updatedAt, Instant completedAt, Integer yesCount, Integer questionsAsked,
                         Integer questionsTotal, Boolean allAsked, Integer supplementYes, RiskLevel suggestedLevel,
                         RiskLevel finalLevel, String judgementRationale, Set<MaracCriterion> criteria,
                         Integer callOuts, int version, List<GivenAnswer> answers) {

    public enum Status { DRAFT, COMPLETED }

    public Assessment {
        supplements = List.copyOf(supplements);
        criteria = Set.copyOf(criteria);
        answers = List.copyOf(answers);
    }

    /** An answer as recorded; {@code notAskedReason} only for NOT_ASKED. */
    public record GivenAnswer(String instrumentCode, String questionId, Answer answer, String notAskedReason) {
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public Optional<GivenAnswer> answerTo(String questionId) {
        return answers.stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /** "DASH v1". */
    public String instrumentLabel() {
        return instrumentCode + " v" + instrumentVersion;
    }

    /** Whether the level was raised above the suggested one on professional judgement. */
    public boolean raisedByJudgement() {
        return finalLevel != null && suggestedLevel != null && finalLevel.isAbove(suggestedLevel);
    }

    /** The criteria met, in their order, as words. */
    public List<String> criteriaInWords() {
        return criteria.stream().sorted().map(MaracCriterion::label).toList();
    }
}
