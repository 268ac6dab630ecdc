package org.safeguard.risk.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.Answer;
import org.safeguard.risk.MaracCriterion;
import org.safeguard.risk.RiskLevel;

/**
 * The level of risk from the answers, as a pure function (DOMAIN.md, "Risk assessment (DASH)"):
 * <ul>
 *   <li>the count of Yes answers to the main instrument gives the suggested level from the bands
 *       (default 1–9 standard, 10–13 medium, 14 or more high; no Yes at all is standard too);</li>
 *   <li>professional judgement may raise the level, with a written rationale, and never lower it:
 *       "suggested levels only; other factors may increase the level but will not reduce it";</li>
 *   <li>MARAC criteria: visible high risk (Yes count at the threshold, default 14); professional
 *       judgement (the level raised to high by judgement); potential escalation (the call-outs counted by
 *       {@link EscalationRule}).</li>
 * </ul>
 */
public final class RiskScoring {

    private final int mediumFrom;
    private final int highFrom;
    private final int visibleHighRiskFrom;
    private final EscalationRule escalation;

    public RiskScoring(int mediumFrom, int highFrom, int visibleHighRiskFrom, EscalationRule escalation) {
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            throw new IllegalArgumentException("bands must rise: medium from " + mediumFrom + ", high from " + highFrom);
        }
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.visibleHighRiskFrom = visibleHighRiskFrom;
        this.escalation = escalation;
    }

    /** The result: the count, the levels and the criteria met. */
    public record Score(int yesCount, int asked, int questions, RiskLevel suggested, RiskLevel finalLevel,
                        boolean raisedByJudgement, int callOuts, Set<MaracCriterion> criteria) {

        public Score {
            criteria = criteria.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criteria));
        }

        public boolean allAsked() {
            return asked == questions;
        }

        public boolean meets(MaracCriterion criterion) {
            return criteria.contains(criterion);
        }
    }

    public RiskLevel suggestedLevel(int yesCount) {
        if (yesCount >= highFrom) {
            return RiskLevel.HIGH;
        }
        return yesCount >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
    }

    /**
     * Scores the answers to the main instrument's {@code questions} questions (unanswered ones count as
     * neither Yes nor asked). {@code judgement} is the level the assessor chose, or null to take the
     * suggested one; raising it needs {@code rationale}, lowering it is refused.
     */
    public Score score(Collection<Answer> answers, int questions, int callOuts, RiskLevel judgement, String rationale) {
        int yes = (int) answers.stream().filter(a -> a == Answer.YES).count();
        int asked = (int) answers.stream().filter(a -> a != null && a != Answer.NOT_ASKED).count();
        RiskLevel suggested = suggestedLevel(yes);
        RiskLevel chosen = judgement == null ? suggested : judgement;
        if (suggested.isAbove(chosen)) {
            throw InvalidRequest.of("judgementLevel", "The level cannot be lowered below the suggested level ("
                    + suggested.label().toLowerCase() + "). Professional judgement can only raise it.");
        }
        boolean raised = chosen.isAbove(suggested);
        if (raised && (rationale == null || rationale.isBlank())) {
            throw InvalidRequest.of("judgementRationale", "Give the reasons for raising the level to "
                    + chosen.label().toLowerCase());
        }
        Set<MaracCriterion> criteria = EnumSet.noneOf(MaracCriterion.class);
        if (yes >= visibleHighRiskFrom) {
            criteria.add(MaracCriterion.VISIBLE_HIGH_RISK);
        }
        if (raised && chosen == RiskLevel.HIGH) {
            criteria.add(MaracCriterion.PROFESSIONAL_JUDGEMENT);
        }
        if (escalation.met(callOuts)) {
            criteria.add(MaracCriterion.POTENTIAL_ESCALATION);
        }
        return new Score(yes, asked, questions, suggested, chosen, raised, callOuts, criteria);
    }
}
