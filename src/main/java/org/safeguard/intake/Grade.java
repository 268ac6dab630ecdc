package org.safeguard.intake;

/** How urgently the police respond; the target times are configuration ({@code safeguard.intake.response-targets}). */
public enum Grade {
    IMMEDIATE("Immediate"), PRIORITY("Priority"), SCHEDULED("Scheduled"),
    RESOLVED_WITHOUT_DEPLOYMENT("Resolved without deployment");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
