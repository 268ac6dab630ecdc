package org.safeguard.identity;

/** Why an address is confidential: the person lives in a refuge, or at home behind a sanctuary scheme. */
public enum ConfidentialKind {
    REFUGE("Refuge"),
    SANCTUARY("Sanctuary scheme");

    private final String label;

    ConfidentialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
