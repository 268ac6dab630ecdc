package org.safeguard.access;

/** The kinds of agency that work together on domestic abuse. */
public enum AgencyKind {
    POLICE("Police"),
    CHILDRENS_SERVICES("Children's services"),
    ADULT_SOCIAL_CARE("Adult social care"),
    HEALTH("Health"),
    HOUSING("Housing"),
    PROBATION("Probation"),
    IDVA_SERVICE("IDVA service"),
    REFUGE_PROVIDER("Refuge provider"),
    VICTIM_CARE_HUB("Victim care hub");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
