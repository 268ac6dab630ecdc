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
        answers = withoutNulls(answers);
        notAskedReasons = withoutNulls(notAskedReasons);
    }

    /** A question sent with no answer (null) is a question left out: not changed. */
    private static Map<String, String> withoutNulls(Map<String, String> typed) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((question, answer) -> {
                if (question != null && answer != null) {
                    kept.put(question, answer);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    public static AssessmentAnswers none() {
        return new AssessmentAnswers(Map.of(), Map.of(), null);
    }
}
