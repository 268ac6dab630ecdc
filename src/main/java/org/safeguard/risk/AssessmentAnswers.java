package org.safeguard.risk;

import java.util.Map;

/**
 * Answers as typed on a page or sent by a partner system, keyed by question id: "YES", "NO",
 * "NOT_KNOWN" or "NOT_ASKED" (any case; "Not known" too). A question left out is not changed.
 *
 * @param notAskedReasons why a question was not asked, keyed by question id; required for each NOT_ASKED
 * @param victimView      the victim's own view of their risk, in their words; null leaves it as it was
 */
public record AssessmentAnswers(Map<String, String> answers, Map<String, String> notAskedReasons, String victimView) {

    public AssessmentAnswers {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        notAskedReasons = notAskedReasons == null ? Map.of() : Map.copyOf(notAskedReasons);
    }

    public static AssessmentAnswers none() {
        return new AssessmentAnswers(Map.of(), Map.of(), null);
    }
}
