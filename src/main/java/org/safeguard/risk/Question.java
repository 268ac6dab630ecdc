package org.safeguard.risk;

import java.util.List;

/**
 * One question of an instrument.
 *
 * @param id      unique across every instrument with another code, stable across versions of one
 * @param topic   the topic it is asked under; the assessment pages show one topic per page
 * @param wording the question as the assessor asks it
 * @param help    guidance for the assessor
 * @param options the answers the victim may give (Yes, No, Not known unless the file says otherwise);
 *                "Not asked" with a reason is always possible
 */
public record Question(String id, String topic, String wording, String help, List<Answer> options) {

    public Question {
        options = List.copyOf(options);
    }

    public boolean accepts(Answer answer) {
        return answer == Answer.NOT_ASKED || options.contains(answer);
    }
}
