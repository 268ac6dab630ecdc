package org.safeguard.intake;

/** A person's part in an incident. A child is a victim in their own right (DA Act 2021, s.3) but is recorded as a child. */
public enum PartyRole {
    VICTIM("Victim"), SUSPECT("Suspect"), WITNESS("Witness"), CHILD("Child");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
