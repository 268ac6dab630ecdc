package org.safeguard.risk;

import java.util.List;

/**
 * An assessment with what it was made with, as its pages show it.
 *
 * @param main         the main instrument version it uses
 * @param supplements  the supplementary instrument versions offered with it
 * @param preview      for a draft, the level the answers so far would give (no judgement); for a
 *                     completed one, its result
 * @param incidentReference the incident's reference, e.g. INC-2026-0000042
 * @param reassessmentDue   a reason the victim's risk must be assessed again, or null
 * @param dipReview         the dip-sample review of this assessment, or null
 * @param levelOnly         whether the reader may see only the levels (no answers, counts or victim's words)
 */
public record AssessmentView(Assessment assessment, Instrument main, List<Instrument> supplements,
                             Preview preview, String incidentReference, String reassessmentDue, DipReview dipReview,
                             boolean levelOnly) {

    public AssessmentView {
        supplements = List.copyOf(supplements);
    }

    /** What the answers give: Yes count, questions asked of how many, suggested level, call-outs and criteria. */
    public record Preview(int yesCount, int asked, int questions, RiskLevel suggested, int callOuts,
                          List<String> criteria, int supplementYes) {

        public Preview {
            criteria = List.copyOf(criteria);
        }
    }

    /** Every instrument of the assessment, main first. */
    public List<Instrument> instruments() {
        List<Instrument> all = new java.util.ArrayList<>();
        all.add(main);
        all.addAll(supplements);
        return all;
    }
}
