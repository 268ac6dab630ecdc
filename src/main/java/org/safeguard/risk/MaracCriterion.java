package org.safeguard.risk;

/**
 * The SafeLives criteria for referring a victim to MARAC, each recorded on the assessment that met it.
 * Potential escalation is computed from the incident history, never typed.
 */
public enum MaracCriterion {
    VISIBLE_HIGH_RISK("Visible high risk", "The count of Yes answers is at the visible high risk threshold (default 14) or above."),
    PROFESSIONAL_JUDGEMENT("Professional judgement", "The assessor raised the level to high on professional judgement, with a rationale."),
    POTENTIAL_ESCALATION("Potential escalation", "The police were called to domestic abuse against the victim 3 or more times in the last 12 months, this incident included.");

    private final String label;
    private final String definition;

    MaracCriterion(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
