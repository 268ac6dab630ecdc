package org.safeguard.access;

/** Rules that close a person's records beyond what the policy table says; they cannot be opened by the table. */
public enum Restriction {
    /**
     * A member of the organisation's own staff is the victim or the perpetrator: only professional standards and
     * domestic abuse specialists see the records; nobody may break the glass on them.
     */
    STAFF_INVOLVED("Staff involved"),
    /** A specialist restricted the victim's records, with a reason: only the victim's workers and those named see them. */
    RESTRICTED_VICTIM("Restricted by a specialist"),
    /**
     * The person's current address is a refuge or sanctuary address: shown only to their SPOC, IDVA and named
     * specialists, and never printed on an agenda, a briefing or an export.
     */
    CONFIDENTIAL_ADDRESS("Confidential address");

    private final String label;

    Restriction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
