package org.safeguard.intake;

/** How the incident reached the police. */
public enum Channel {
    EMERGENCY_999("999 call"), NON_EMERGENCY_101("101 call"), FRONT_COUNTER("Front counter"),
    ONLINE_REPORT("Online report"), PARTNER_REFERRAL("Partner referral");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
