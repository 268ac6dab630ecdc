package org.safeguard.risk;

/** A victim's level of risk, lowest first: the order is what "raise" and "lower" mean. */
public enum RiskLevel {
    STANDARD("Standard"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }

    /** The level named by a user or partner system ("high", "HIGH", "High"); null when it names none. */
    public static RiskLevel named(String typed) {
        if (typed == null) {
            return null;
        }
        for (RiskLevel level : values()) {
            if (level.name().equalsIgnoreCase(typed.strip())) {
                return level;
            }
        }
        return null;
    }
}
